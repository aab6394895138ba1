#include "digest/site_builder.hpp"

#include <algorithm>
#include <functional>
#include <map>

#include "core/dates.hpp"
#include "digest/organisation_chart.hpp"
#include "digest/record_pages.hpp"
#include "digest/site_context.hpp"
#include "digest/source_citations.hpp"
#include "digest/start_page.hpp"

namespace hok {

namespace {

// A list page: one row per record, the name first, then the kind's key columns.
struct ListSpec {
  Kind kind;
  std::vector<std::string> column_keys;
  std::function<std::vector<Cell>(const SiteContext&, const RecordBase&)> columns;
};

std::vector<ListSpec> list_specs() {
  return {
      {Kind::Agreement, {"column_type", "column_status", "column_owner"},
       [](const SiteContext& site, const RecordBase& record) {
         const auto& agreement = static_cast<const Agreement&>(record);
         return std::vector<Cell>{site.enum_value("agreement_type", agreement.type),
                                  site.enum_value("agreement_status", agreement.status),
                                  agreement.owner ? site.record(*agreement.owner) : site.muted("no_owner")};
       }},
      {Kind::Group, {"column_type", "column_status", "column_reports_to"},
       [](const SiteContext& site, const RecordBase& record) {
         const auto& group = static_cast<const Group&>(record);
         return std::vector<Cell>{site.enum_value("group_type", group.type),
                                  site.enum_value("group_status", group.status),
                                  group.reports_to ? site.record(*group.reports_to) : Cell{}};
       }},
      {Kind::Municipality, {"column_code", "column_subregion", "column_districts"},
       [](const SiteContext& site, const RecordBase& record) {
         const auto& municipality = static_cast<const Municipality&>(record);
         std::vector<std::string> districts;
         for (const District* district : site.districts_of(municipality.id)) districts.push_back(district->id);
         return std::vector<Cell>{site.plain(municipality.code), site.record(municipality.subregion),
                                  site.records(districts)};
       }},
      {Kind::District, {"column_municipality"},
       [](const SiteContext& site, const RecordBase& record) {
         return std::vector<Cell>{site.record(static_cast<const District&>(record).municipality)};
       }},
      {Kind::Subregion, {}, [](const SiteContext&, const RecordBase&) { return std::vector<Cell>{}; }},
      {Kind::Organisation, {"column_type", "column_side", "column_municipality"},
       [](const SiteContext& site, const RecordBase& record) {
         const auto& organisation = static_cast<const Organisation&>(record);
         return std::vector<Cell>{site.enum_value("organisation_type", organisation.type),
                                  site.enum_value("side", organisation.side),
                                  organisation.municipality ? site.record(*organisation.municipality) : Cell{}};
       }},
      {Kind::Function, {"column_area", "column_roles", "column_holder", "column_status"},
       [](const SiteContext& site, const RecordBase& record) {
         const auto& function = static_cast<const CoordinatingFunction&>(record);
         Cell roles;
         for (const std::string& role : function.roles) {
           if (!roles.empty()) roles.push_back(text_run(", "));
           roles.push_back(text_run(site.label("role", role)));
         }
         return std::vector<Cell>{site.record(function.area), roles,
                                  function.holder ? site.record(*function.holder) : site.muted("vacant"),
                                  site.enum_value("function_status", function.status)};
       }},
      {Kind::Plan, {"column_period"},
       [](const SiteContext& site, const RecordBase& record) {
         const auto& plan = static_cast<const Plan&>(record);
         return std::vector<Cell>{site.plain(std::to_string(plan.period_from) + " – " + std::to_string(plan.period_to))};
       }},
      {Kind::Followup, {"column_subject", "column_year", "column_result"},
       [](const SiteContext& site, const RecordBase& record) {
         const auto& followup = static_cast<const Followup&>(record);
         return std::vector<Cell>{site.record(followup.subject), site.plain(std::to_string(followup.year)),
                                  followup.result ? site.enum_value("result", *followup.result) : Cell{}};
       }},
      {Kind::Person, {"column_organisation", "column_title"},
       [](const SiteContext& site, const RecordBase& record) {
         const auto& person = static_cast<const Person&>(record);
         return std::vector<Cell>{site.record(person.organisation), site.optional_text(person.title)};
       }},
  };
}

std::vector<const RecordBase*> records_of(const Registry& registry, Kind kind) {
  std::vector<const RecordBase*> result;
  registry.for_each_record([&](const RecordBase& record) {
    if (record.kind == kind) result.push_back(&record);
  });
  return result;
}

Page list_page(const SiteContext& site, const ListSpec& spec) {
  std::string directory = kind_directory(spec.kind);
  Page page;
  page.path = directory + "/index";
  page.type = PageType::List;
  page.title = site.label("kinds", directory);
  page.kind_label = page.title;
  Section section;
  section.anchor = "records";
  section.empty_note = site.text("list_empty");
  Table table;
  table.headers.push_back(site.text("column_name"));
  for (const std::string& key : spec.column_keys) table.headers.push_back(site.text(key));
  for (const RecordBase* record : records_of(site.registry(), spec.kind)) {
    std::vector<Cell> row = {site.record(record->id)};
    for (Cell& cell : spec.columns(site, *record)) row.push_back(std::move(cell));
    table.rows.push_back(std::move(row));
  }
  if (!table.rows.empty()) section.add(records_table(std::move(table)));
  page.sections.push_back(std::move(section));
  return page;
}

Page record_page(const SiteContext& site, const RecordBase& record) {
  switch (record.kind) {
    case Kind::Agreement: return agreement_page(site, static_cast<const Agreement&>(record));
    case Kind::Group: return group_page(site, static_cast<const Group&>(record));
    case Kind::Municipality: return municipality_page(site, static_cast<const Municipality&>(record));
    case Kind::District: return district_page(site, static_cast<const District&>(record));
    case Kind::Subregion: return subregion_page(site, static_cast<const Subregion&>(record));
    case Kind::Organisation: return organisation_page(site, static_cast<const Organisation&>(record));
    case Kind::Function: return function_page(site, static_cast<const CoordinatingFunction&>(record));
    case Kind::Plan: return plan_page(site, static_cast<const Plan&>(record));
    case Kind::Followup: return followup_page(site, static_cast<const Followup&>(record));
    case Kind::Person: return person_page(site, static_cast<const Person&>(record));
  }
  return record_page_frame(site, record);
}

std::string short_name_of(const RecordBase& record) {
  std::optional<std::string> short_name;
  if (record.kind == Kind::Organisation) short_name = static_cast<const Organisation&>(record).short_name;
  if (record.kind == Kind::Group) short_name = static_cast<const Group&>(record).short_name;
  if (record.kind == Kind::Agreement) short_name = static_cast<const Agreement&>(record).short_name;
  return short_name.value_or("");
}

SearchEntry search_entry(const SiteContext& site, const RecordBase& record) {
  return {record.id, site.display_name(record), short_name_of(record), site.label("kind", kind_directory(record.kind)),
          gather_citations(record.description.value_or(""), site.registry().settings.sources).text,
          SiteContext::page_of(record)};
}

Section key_figures(const SiteContext& site, const std::vector<NavEntry>& navigation, std::size_t open_gaps) {
  const Registry& registry = site.registry();
  Section section = site.section("key_figures", "key-figures");
  Table table{{site.text("column_what"), site.text("column_count")}, {}};
  for (const NavEntry& entry : navigation) {
    std::size_t count = records_of(registry, *kind_from_directory(entry.page.substr(0, entry.page.find('/')))).size();
    // Nothing recorded is not a figure: "ingen registrerad", not 0.
    table.rows.push_back({Cell{{entry.title, entry.page, "", false}},
                          count == 0 ? site.muted("count_none") : site.plain(std::to_string(count))});
  }
  std::size_t in_force = 0, active = 0;
  for (const Agreement& agreement : registry.agreements) in_force += agreement.status == "in-force";
  for (const Group& group : registry.groups) active += group.status == "active";
  table.rows.push_back({site.plain(site.text("figure_agreements_in_force")), site.plain(std::to_string(in_force))});
  table.rows.push_back({site.plain(site.text("figure_active_groups")), site.plain(std::to_string(active))});
  table.rows.push_back({site.plain(site.text("figure_open_gaps")), site.plain(std::to_string(open_gaps))});
  section.add(records_table(std::move(table)));
  return section;
}

Section gaps_in_brief(const SiteContext& site, const GapReport& gaps) {
  Section section = site.section("open_gaps", "gaps");
  section.fact(site.text("field_as_of"), site.plain(format_date(gaps.as_of)));
  std::map<std::string, std::vector<const Finding*>> by_rule;
  for (const Finding& finding : gaps.findings) {
    if (!finding.waived_reason) by_rule[finding.code].push_back(&finding);
  }
  if (by_rule.empty()) {
    section.item(site.muted("no_open_gaps"));
    return section;
  }
  Table table{{site.text("column_gap"), site.text("column_severity"), site.text("column_count"), site.text("column_subjects")}, {}};
  for (const auto& [code, findings] : by_rule) {
    Cell subjects;
    std::vector<std::string> seen = open_subjects(gaps, code);
    site.sort_by_name(seen);
    for (const std::string& subject : seen) {
      Cell one = site.record(subject);
      if (one.empty()) continue;
      if (!subjects.empty()) subjects.push_back(text_run(", "));
      subjects.insert(subjects.end(), one.begin(), one.end());
    }
    table.rows.push_back({site.plain(site.label("gap", code)),
                          site.enum_value("finding_severity", severity_name(findings.front()->severity)),
                          site.plain(std::to_string(findings.size())), subjects});
  }
  section.add(records_table(std::move(table)));
  return section;
}

}  // namespace

Site build_site(const Registry& registry, const GapReport& gaps, const MessageCatalog& catalog) {
  SiteContext site(registry, catalog, &gaps);
  Site result;
  result.language = catalog.language();
  result.registry_name = registry.settings.name;
  result.as_of = format_date(gaps.as_of);

  std::vector<ListSpec> specs = list_specs();
  for (const ListSpec& spec : specs) {
    if (spec.kind == Kind::Person && !site.show_people()) continue;
    std::string directory = kind_directory(spec.kind);
    result.navigation.push_back({directory + "/index", catalog.label("kinds", directory)});
  }

  Page index;
  index.path = "index";
  index.type = PageType::Index;
  index.title = registry.settings.name.empty() ? catalog.text("site_title") : registry.settings.name;
  index.kind_label = catalog.text("site_title");
  index.sections.push_back(choose_municipality(site));
  index.sections.push_back(decide_now(site, gaps));
  Section about = site.section("about", "about");
  about.commonmark(catalog.text("index_intro"));
  if (registry.settings.secretariat) {
    site.add_field(about, "field_secretariat", site.record(*registry.settings.secretariat));
    site.add_field(about, "field_secretariat_contact", site.group_contact(*registry.settings.secretariat));
  }
  index.sections.push_back(std::move(about));
  std::size_t open = 0;
  for (const Finding& finding : gaps.findings) open += !finding.waived_reason;
  index.sections.push_back(key_figures(site, result.navigation, open));
  Section chart = site.section("organisation_chart", "organisation-chart");
  chart.add(organisation_chart(site));
  if (!chart.empty()) chart.note(site.text("chart_bands_legend"));
  chart.empty_note = site.text("no_groups");
  index.sections.push_back(std::move(chart));
  index.sections.push_back(gaps_in_brief(site, gaps));
  result.pages.push_back(std::move(index));

  for (const ListSpec& spec : specs) {
    if (spec.kind == Kind::Person && !site.show_people()) continue;
    result.pages.push_back(list_page(site, spec));
    for (const RecordBase* record : records_of(registry, spec.kind)) {
      result.pages.push_back(record_page(site, *record));
      result.search.push_back(search_entry(site, *record));
    }
  }
  return result;
}

bool Site::has_page(const std::string& path) const {
  return std::any_of(pages.begin(), pages.end(), [&](const Page& page) { return page.path == path; });
}

int page_depth(const std::string& path) { return static_cast<int>(std::count(path.begin(), path.end(), '/')); }

}  // namespace hok
