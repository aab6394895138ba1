// Pages of places: a municipality and a district (each opening with what concerns it, area_summary.cpp,
// then its districts, coordinating functions, local groups and organisations), a sub-region.
#include <algorithm>

#include "digest/record_pages.hpp"

namespace hok {

namespace {

// The functions whose area is one of `areas`: area, roles, holder, status.
Section functions_in(const SiteContext& site, const std::vector<std::string>& areas) {
  Section section = site.section("coordinating_functions", "functions");
  Table table{{site.text("column_function"), site.text("column_area"), site.text("column_roles"),
               site.text("column_holder"), site.text("column_status")},
              {}};
  for (const CoordinatingFunction& function : site.registry().functions) {
    if (!contains_id(areas, function.area)) continue;
    Cell roles;
    for (const std::string& role : function.roles) {
      if (!roles.empty()) roles.push_back(text_run(", "));
      roles.push_back(text_run(site.label("role", role)));
    }
    table.rows.push_back({site.record(function.id), site.record(function.area), roles,
                          function.holder ? site.record(*function.holder) : site.muted("vacant"),
                          site.enum_value("function_status", function.status)});
  }
  if (!table.rows.empty()) section.add(records_table(std::move(table)));
  section.empty_note = site.text("no_functions");
  return section;
}

// Local and other groups whose area is one of `areas`.
Section local_groups(const SiteContext& site, const std::vector<std::string>& areas) {
  Section section = site.section("local_groups", "local-groups");
  for (const Group& group : site.registry().groups) {
    if (group.area && contains_id(areas, *group.area)) section.item(site.record(group.id));
  }
  section.empty_note = site.text("none_recorded");
  return section;
}

}  // namespace

Page municipality_page(const SiteContext& site, const Municipality& municipality) {
  Page page = record_page_frame(site, municipality);
  Section overview = site.section("overview", "overview");
  site.add_field(overview, "field_code", site.plain(municipality.code));
  site.add_field(overview, "field_subregion", site.record(municipality.subregion));
  if (municipality.coordination_by) {
    site.add_field(overview, "field_coordination_by", site.record(*municipality.coordination_by));
  }
  if (municipality.website) site.add_field(overview, "field_website", site.url(*municipality.website));
  page.sections.push_back(std::move(overview));

  std::vector<std::string> areas = {municipality.id};
  Section districts = site.section("districts", "districts");
  for (const District* district : site.districts_of(municipality.id)) {
    districts.item(site.record(district->id));
    areas.push_back(district->id);
  }
  districts.empty_note = site.text("no_districts");
  page.sections.push_back(std::move(districts));
  page.sections.push_back(functions_in(site, areas));
  page.sections.push_back(local_groups(site, areas));

  Section organisations = site.section("organisations_here", "organisations");
  for (const Organisation& organisation : site.registry().organisations) {
    if (organisation.municipality == municipality.id || organisation.parent == municipality.id) {
      organisations.item(site.record(organisation.id));
    }
  }
  organisations.empty_note = site.text("none_recorded");
  page.sections.push_back(std::move(organisations));
  finish_record_page(site, municipality, page);
  page.sections.insert(page.sections.begin(), area_summary(site, municipality, nullptr));
  return page;
}

Page district_page(const SiteContext& site, const District& district) {
  Page page = record_page_frame(site, district);
  Section overview = site.section("overview", "overview");
  site.add_field(overview, "field_municipality", site.record(district.municipality));
  page.sections.push_back(std::move(overview));
  page.sections.push_back(functions_in(site, {district.id}));
  page.sections.push_back(local_groups(site, {district.id}));
  finish_record_page(site, district, page);
  if (const Municipality* municipality = site.registry().municipality(district.municipality)) {
    page.sections.insert(page.sections.begin(), area_summary(site, *municipality, &district));
  }
  return page;
}

Page subregion_page(const SiteContext& site, const Subregion& subregion) {
  Page page = record_page_frame(site, subregion);
  Section municipalities = site.section("municipalities_in", "municipalities");
  for (const Municipality& municipality : site.registry().municipalities) {
    if (municipality.subregion == subregion.id) municipalities.item(site.record(municipality.id));
  }
  municipalities.empty_note = site.text("none_recorded");
  page.sections.push_back(std::move(municipalities));
  Section groups = site.section("subregional_groups", "groups");
  for (const Group& group : site.registry().groups) {
    if (group.subregion == subregion.id) groups.item(site.record(group.id));
  }
  groups.empty_note = site.text("none_recorded");
  page.sections.push_back(std::move(groups));
  finish_record_page(site, subregion, page);
  return page;
}

}  // namespace hok
