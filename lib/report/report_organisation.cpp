// Sections 4 and 6: the organisation (the consultation groups against the establishment
// criteria, the secretariat, the legacy forums' transition) and the municipalities'
// representation in the regional bodies.
#include <algorithm>
#include <map>
#include <set>

#include "core/text_order.hpp"
#include "gaps/gap_support.hpp"
#include "report/dated_state.hpp"
#include "report/report_context.hpp"

namespace hok {

namespace {

Section consultation_groups(const ReportContext& context) {
  Section section;
  section.heading = context.text("consultation_groups");
  section.anchor = "organisation-groups";
  const Registry& registry = context.registry();
  Table table;
  table.headers = {context.text("column_group"),
                   context.text("column_status"),
                   context.text("criterion_mandate"),
                   context.text("criterion_both_sides"),
                   context.text("criterion_chair"),
                   context.text("criterion_process_lead"),
                   context.text("criterion_secretariat_node"),
                   context.year_text("criterion_annual_plan"),
                   context.text("criterion_established")};
  Share established;  // of the groups that exist
  // Each group's mandate document (dated by the mandate's adoption) and its other documents.
  std::vector<std::pair<std::string, Cell>> documents;
  for (const Group& group : registry.groups) {
    if (group.type != "consultation-group") continue;
    const bool exists = group_exists_on(group, context.as_of());
    if (!exists && group.status != "planned") continue;
    EstablishmentCriteria criteria = establishment_criteria(registry, group, context.as_of(), context.year());
    if (exists) established.add(criteria.established());
    table.rows.push_back({text_cell(context.name(group.id)),
                          text_cell(context.label("group_status", group.status)),
                          context.recorded(criteria.mandate), context.recorded(criteria.both_sides),
                          context.recorded(criteria.chair), context.recorded(criteria.process_lead),
                          context.recorded(criteria.secretariat_node), context.recorded(criteria.annual_plan),
                          context.recorded(exists ? criteria.established() : Known::no)});
    std::vector<Document> group_documents;
    if (group.mandate && group.mandate->document) {
      group_documents.push_back({context.text("mandate_document"), *group.mandate->document, group.mandate->adopted});
    }
    group_documents.insert(group_documents.end(), group.documents.begin(), group.documents.end());
    documents.emplace_back(context.name(group.id), context.documents(group_documents));
  }
  if (table.rows.empty()) {
    section.note(context.text("no_consultation_groups"));
    return section;
  }
  // A group that does not meet every criterion in the registry lacks a record of one of them,
  // which is not the same as lacking the thing itself.
  // All four states of the sentence: every group meets them; the rest are recorded as not yet;
  // some are not recorded, with or without groups recorded as not yet.
  const char* intro = established.count == established.of ? "consultation_groups_intro"
                      : established.unknown() == 0        ? "consultation_groups_intro_known"
                      : established.unknown() == established.of ? "consultation_groups_intro_all_unknown"
                      : established.no == 0               ? "consultation_groups_intro_unknown"
                                                          : "consultation_groups_intro_unknown_no";
  section.paragraph(context.text(intro, {{"count", std::to_string(established.count)},
                                         {"of", std::to_string(established.of)},
                                         {"no", std::to_string(established.no)},
                                         {"unknown", std::to_string(established.unknown())}}));
  section.add(std::move(table));
  section.note(context.text("criteria_note"));
  context.add_documents(section, "group_documents_intro", documents);
  return section;
}

const Group* secretariat(const Registry& registry) {
  if (registry.settings.secretariat) {
    if (const Group* group = registry.group(*registry.settings.secretariat)) return group;
  }
  for (const Group& group : registry.groups) {
    if (group.type == "secretariat") return &group;
  }
  return nullptr;
}

Section secretariat_section(const ReportContext& context) {
  Section section;
  section.heading = context.text("secretariat");
  section.anchor = "organisation-secretariat";
  const Registry& registry = context.registry();
  const Group* group = secretariat(registry);
  if (!group) {
    section.note(context.text("no_secretariat"));
    return section;
  }
  if (group->core.empty()) {
    section.note(context.text("no_core", {{"name", context.name(group->id)}}));
    return section;
  }
  std::map<std::string, int> by_side;
  for (const Seat& seat : group->core) by_side[side_of(registry, seat.org)] += seat.count;
  section.paragraph(context.text("core_intro", {{"name", context.name(group->id)},
                                                {"region", std::to_string(by_side["region"])},
                                                {"municipal", std::to_string(by_side["municipal"])}}));
  Table sides;
  sides.headers = {context.text("column_side"), context.text("column_core_seats")};
  for (const char* side : {"region", "municipal", "joint", "other"}) {
    if (by_side[side] > 0)
      sides.rows.push_back(
          {text_cell(context.label("side", side)), number_cell(std::to_string(by_side[side]))});
  }
  section.add(std::move(sides));
  Table seats;
  seats.headers = {context.text("column_organisation"), context.text("column_role"),
                   context.text("column_count")};
  if (context.show_people()) seats.headers.insert(seats.headers.begin() + 1, context.text("column_person"));
  for (const Seat& seat : group->core) {
    std::vector<Cell> row = {text_cell(context.name(seat.org)),
                             seat.role ? text_cell(*seat.role) : muted_cell(context.text("not_recorded")),
                             number_cell(std::to_string(seat.count))};
    if (context.show_people()) {
      row.insert(row.begin() + 1, seat.person ? text_cell(context.name(*seat.person))
                                              : muted_cell(context.text("not_recorded")));
    }
    seats.rows.push_back(std::move(row));
  }
  section.add(std::move(seats));
  return section;
}

Section legacy_section(const ReportContext& context) {
  Section section;
  section.heading = context.text("legacy_forums");
  section.anchor = "organisation-legacy";
  Table table;
  table.headers = {context.text("column_forum"), context.text("column_status"),
                   context.text("column_responsibility"), context.text("column_agreement"),
                   context.text("column_taken_over_by")};
  int total = 0;
  int taken = 0;
  for (const Group& group : context.registry().groups) {
    if (group.type != "legacy-forum") continue;
    if (group.responsibilities.empty()) {
      table.rows.push_back({text_cell(context.name(group.id)),
                            text_cell(context.label("group_status", group.status)),
                            muted_cell(context.text("no_responsibilities")), text_cell(""), text_cell("")});
    }
    for (const Responsibility& responsibility : group.responsibilities) {
      ++total;
      taken += responsibility.taken_over_by.has_value();
      table.rows.push_back(
          {text_cell(context.name(group.id)), text_cell(context.label("group_status", group.status)),
           text_cell(responsibility.name),
           responsibility.agreement ? text_cell(context.name(*responsibility.agreement)) : text_cell(""),
           responsibility.taken_over_by ? text_cell(context.name(*responsibility.taken_over_by))
                                        : muted_cell(context.text("not_taken_over"))});
    }
  }
  if (table.rows.empty()) {
    section.note(context.text("no_legacy_forums"));
    return section;
  }
  section.paragraph(context.text("legacy_intro", {{"share", context.share(taken, total)}}));
  section.add(std::move(table));
  return section;
}

}  // namespace

Section organisation_section(const ReportContext& context) {
  Section section = context.section("organisation", "organisation");
  section.subsections.push_back(consultation_groups(context));
  section.subsections.push_back(secretariat_section(context));
  section.subsections.push_back(legacy_section(context));
  return section;
}

namespace {

// The bodies at work on the report date.
bool at_work(const Group& group, const Date& day) {
  return is_active_group(group) && group_exists_on(group, day);
}

std::vector<const std::vector<Seat>*> seat_lists(const Group& group) {
  return {&group.chair, &group.process_lead, &group.members, &group.secretariat_nodes, &group.core};
}

}  // namespace

Section representation_section(const ReportContext& context) {
  Section section = context.section("representation", "representation");
  const Registry& registry = context.registry();
  if (registry.municipalities.empty()) {
    section.note(context.text("no_municipalities"));
    return section;
  }
  std::map<std::string, std::set<std::string>> bodies_of;  // municipality → regional bodies
  Table by_body;
  by_body.headers = {context.text("column_body"), context.text("column_municipalities_seated")};
  for (const Group& group : registry.groups) {
    if (!is_regional_body(group) || !at_work(group, context.as_of())) continue;
    std::set<std::string> seated;
    for (const std::vector<Seat>* seats : seat_lists(group)) {
      for (const Seat& seat : *seats) {
        if (registry.municipality(seat.org)) seated.insert(seat.org);
      }
    }
    for (const std::string& municipality : seated) bodies_of[municipality].insert(group.id);
    // A municipality without a recorded seat may have one nobody has recorded: "ingen
    // registrerad", never "0 av 26".
    by_body.rows.push_back({text_cell(context.name(group.id)),
                            seated.empty() ? muted_cell(context.text("none_seated_recorded"))
                                           : number_cell(context.share(static_cast<int>(seated.size()),
                                                                       static_cast<int>(registry.municipalities.size())))});
  }
  const int total = static_cast<int>(registry.municipalities.size());
  section.paragraph(context.text(bodies_of.empty() ? "representation_intro_none" : "representation_intro",
                                 {{"share", context.share(static_cast<int>(bodies_of.size()), total)}}));
  if (!by_body.rows.empty()) section.add(std::move(by_body));
  std::vector<std::string> unseated;
  for (const Municipality& municipality : registry.municipalities) {
    if (!bodies_of.contains(municipality.id)) unseated.push_back(context.name(municipality.id));
  }
  if (!unseated.empty() && unseated.size() < registry.municipalities.size()) {
    std::sort(unseated.begin(), unseated.end(), SwedishLess{});
    std::string names;
    for (const std::string& name : unseated) names += (names.empty() ? "" : ", ") + name;
    section.paragraph(context.text("representation_unseated", {{"names", names}}));
  }

  // People: who sits in more than one body at work (any type).
  std::map<std::string, std::set<std::string>> groups_of_person;
  for (const Group& group : registry.groups) {
    if (!at_work(group, context.as_of())) continue;
    for (const std::vector<Seat>* seats : seat_lists(group)) {
      for (const Seat& seat : *seats) {
        if (seat.person) groups_of_person[*seat.person].insert(group.id);
      }
    }
  }
  if (groups_of_person.empty()) {
    section.note(context.text("no_people_seated"));
    return section;
  }
  std::vector<std::pair<std::string, const std::set<std::string>*>> several;
  for (const auto& [person, groups] : groups_of_person) {
    if (groups.size() > 1) several.emplace_back(person, &groups);
  }
  // One person cannot sit in more than one body "of them": a sentence of its own, in the singular.
  section.paragraph(context.text(groups_of_person.size() == 1 ? "people_intro_one" : "people_intro",
                                 {{"people", std::to_string(groups_of_person.size())},
                                                  {"several", std::to_string(several.size())}}));
  if (several.empty()) return section;
  if (!context.show_people()) {
    section.note(context.text("people_not_published"));
    return section;
  }
  Table people;
  people.headers = {context.text("column_person"), context.text("column_bodies")};
  for (const auto& [person, groups] : several) {
    std::string names;
    for (const std::string& group : *groups) names += (names.empty() ? "" : ", ") + context.name(group);
    people.rows.push_back({text_cell(context.name(person)), text_cell(names)});
  }
  section.add(std::move(people));
  return section;
}

}  // namespace hok
