// A group's page: its place in the line of `reports_to` up to VIS, mandate, seats (chair and
// process lead first), the agreements it owns, the groups that report to it.
#include <set>

#include "digest/record_pages.hpp"

namespace hok {

namespace {

// Whom the group reports to, and the way on from there up to the top (VIS), as a municipal
// official would say it: "Samrådsgrupp äldre, och därifrån vidare till VIS tjänstestyrgrupp och
// VIS politisk styrgrupp". Stops at a repeated id: validate rejects cycles, but a page must never
// loop. Empty for the group at the top (political steering reports to nobody); "uppgift saknas"
// for any other group that names no one.
Cell reporting_line(const SiteContext& site, const Group& group) {
  std::vector<std::string> line;
  std::set<std::string> seen = {group.id};
  const Group* current = group.reports_to ? site.registry().group(*group.reports_to) : nullptr;
  while (current != nullptr && seen.insert(current->id).second) {
    line.push_back(current->id);
    current = current->reports_to ? site.registry().group(*current->reports_to) : nullptr;
  }
  if (line.empty()) {
    const bool top = !group.reports_to && group.type == "political-steering";
    return top ? Cell{} : site.muted("unknown");
  }
  Cell cell = site.record(line.front());
  for (std::size_t i = 1; i < line.size(); ++i) {
    const std::string joint = i == 1 ? ", " + site.text("reporting_onward") + " "
                              : i + 1 == line.size() ? " " + site.text("and") + " "
                                                     : ", ";
    cell.push_back(text_run(joint));
    Cell next = site.record(line[i]);
    cell.insert(cell.end(), next.begin(), next.end());
  }
  return cell;
}

Section overview(const SiteContext& site, const Group& group) {
  Section section = site.section("overview", "overview");
  site.add_field(section, "field_short_name", site.optional_text(group.short_name));
  site.add_field(section, "field_type", site.enum_value("group_type", group.type));
  site.add_field(section, "field_status", site.enum_value("group_status", group.status));
  site.add_field(section, "field_reporting_line", reporting_line(site, group));
  site.add_field(section, "field_established", site.optional_text(group.established));
  site.add_field(section, "field_decommissioned", site.optional_text(group.decommissioned));
  if (group.area) site.add_field(section, "field_area", site.record(*group.area));
  if (group.subregion) site.add_field(section, "field_subregion", site.record(*group.subregion));
  site.add_field(section, "field_target_group", site.optional_text(group.target_group));
  if (group.meetings_per_year) {
    site.add_field(section, "field_meetings_per_year", site.plain(std::to_string(*group.meetings_per_year)));
  }
  if (group.successor) site.add_field(section, "field_successor", site.record(*group.successor));
  site.add_field(section, "field_contact", site.contact(group.contact));
  return section;
}

Section mandate(const SiteContext& site, const Group& group) {
  Section section = site.section("mandate", "mandate");
  // A mandate the group is recorded to lack is a known "no"; one not recorded is unknown.
  section.empty_note = site.text(group.lacks_recorded("mandate") ? "mandate_lacking" : "no_mandate");
  if (!group.mandate) return section;
  site.add_field(section, "field_mandate_adopted", site.optional_text(group.mandate->adopted));
  if (group.mandate->document) {
    site.add_field(section, "field_mandate_document", site.url(*group.mandate->document, site.text("mandate_document")));
  }
  for (const std::string& purpose : group.mandate->purposes) section.item(site.enum_value("purpose", purpose));
  return section;
}

Section seats(const SiteContext& site, const Group& group) {
  Section section = site.section("seats", "seats");
  std::vector<Cell> chair, lead;
  for (const Seat& seat : group.chair) chair.push_back(site.record(seat.org));
  for (const Seat& seat : group.process_lead) lead.push_back(site.record(seat.org));
  auto joined = [](const std::vector<Cell>& cells) {
    Cell result;
    for (const Cell& cell : cells) {
      if (!result.empty()) result.push_back(text_run(", "));
      result.insert(result.end(), cell.begin(), cell.end());
    }
    return result;
  };
  // Nobody in a seat: "ingen utsedd" where the group is recorded to lack it, else not recorded.
  auto empty = [&](const char* field) {
    return group.lacks_recorded(field) ? site.plain(site.text("none_appointed")) : site.muted("not_recorded");
  };
  site.add_field(section, "field_chair", chair.empty() ? empty("chair") : joined(chair));
  site.add_field(section, "field_process_lead", lead.empty() ? empty("process_lead") : joined(lead));
  if (group.secretariat_nodes.empty() && group.lacks_recorded("secretariat_nodes")) {
    site.add_field(section, "field_secretariat_node", empty("secretariat_nodes"));
  }
  Table table;
  table.headers = {site.text("column_seat"), site.text("column_organisation")};
  if (site.show_people()) table.headers.push_back(site.text("column_person"));
  table.headers.push_back(site.text("column_role"));
  table.headers.push_back(site.text("column_count"));
  table.rows = site.seats_in(group);
  if (!table.rows.empty()) section.add(records_table(std::move(table)));
  section.empty_note = site.text("no_seats");
  return section;
}

Section agreements(const SiteContext& site, const Group& group) {
  Section section = site.section("agreements_owned", "agreements");
  Table table{{site.text("column_agreement"), site.text("column_role"), site.text("column_status")}, {}};
  for (const Agreement& agreement : site.registry().agreements) {
    const bool owns = agreement.owner == group.id;
    const bool related = std::find(agreement.related_groups.begin(), agreement.related_groups.end(), group.id) !=
                         agreement.related_groups.end();
    if (!owns && !related) continue;
    table.rows.push_back({site.record(agreement.id), site.plain(site.text(owns ? "role_owner" : "role_related")),
                          site.enum_value("agreement_status", agreement.status)});
  }
  if (!table.rows.empty()) section.add(records_table(std::move(table)));
  // A former forum owns none, but may still carry agreements among its responsibilities: not "no
  // agreement concerns the group" above the list of them.
  const bool carries = std::any_of(group.responsibilities.begin(), group.responsibilities.end(),
                                   [](const Responsibility& held) { return held.agreement.has_value(); });
  section.empty_note = site.text(carries ? "no_agreements_owned_but_carried" : "no_agreements_owned");
  return section;
}

Section reporting_groups(const SiteContext& site, const Group& group) {
  Section section = site.section("reporting_groups", "reporting-groups");
  for (const Group& other : site.registry().groups) {
    if (other.reports_to == group.id) section.item(site.record(other.id));
  }
  section.empty_note = site.text("none_recorded");
  return section;
}

Section annual_plans(const SiteContext& site, const Group& group) {
  Section section = site.section("annual_plans", "annual-plans");
  Table table{{site.text("column_year"), site.text("column_adopted"), site.text("column_document")}, {}};
  for (const AnnualPlan& plan : group.annual_plans) {
    table.rows.push_back({site.plain(std::to_string(plan.year)), site.optional_text(plan.adopted),
                          plan.document ? site.url(*plan.document, site.text("document")) : Cell{}});
  }
  if (!table.rows.empty()) section.add(records_table(std::move(table)));
  section.empty_note = site.text("no_annual_plans");
  return section;
}

Section responsibilities(const SiteContext& site, const Group& group) {
  Section section = site.section("responsibilities", "responsibilities");
  Table table{{site.text("column_responsibility"), site.text("column_agreement"), site.text("column_taken_over_by")}, {}};
  for (const Responsibility& responsibility : group.responsibilities) {
    table.rows.push_back({site.plain(responsibility.name),
                          responsibility.agreement ? site.record(*responsibility.agreement) : Cell{},
                          responsibility.taken_over_by ? site.record(*responsibility.taken_over_by)
                                                       : site.muted("not_taken_over")});
  }
  if (!table.rows.empty()) section.add(records_table(std::move(table)));
  return section;
}

}  // namespace

Page group_page(const SiteContext& site, const Group& group) {
  Page page = record_page_frame(site, group);
  page.sections.push_back(overview(site, group));
  page.sections.push_back(mandate(site, group));
  if (!group.documents.empty()) page.sections.push_back(site.documents(group.documents, "no_documents"));
  page.sections.push_back(seats(site, group));
  page.sections.push_back(agreements(site, group));
  page.sections.push_back(reporting_groups(site, group));
  page.sections.push_back(annual_plans(site, group));
  if (!group.responsibilities.empty()) page.sections.push_back(responsibilities(site, group));
  finish_record_page(site, group, page);
  return page;
}

}  // namespace hok
