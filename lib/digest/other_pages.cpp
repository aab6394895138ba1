// Pages of organisations, coordinating functions, plans, follow-ups and people, and the parts
// every record page shares.
#include <algorithm>

#include "digest/record_pages.hpp"

namespace hok {

Cell date_range(const std::optional<std::string>& from, const std::optional<std::string>& to) {
  if (!from && !to) return {};
  return Cell{text_run(from.value_or("") + " – " + to.value_or(""))};
}

Page record_page_frame(const SiteContext& site, const RecordBase& record) {
  Page page;
  page.path = SiteContext::page_of(record);
  page.type = PageType::Record;
  page.title = site.display_name(record);
  std::string directory = kind_directory(record.kind);
  page.kind_label = site.label("kind", directory);
  page.list_path = directory + "/index";
  page.list_title = site.label("kinds", directory);
  return page;
}

void finish_record_page(const SiteContext& site, const RecordBase& record, Page& page,
                        const std::vector<std::string>& cited_elsewhere) {
  if (auto description = site.description(record)) page.sections.insert(page.sections.begin(), std::move(*description));
  // A municipality's agreements and its decisions to adopt them are listed first on its page
  // ("Er kommun i samverkan"): not again under the connections.
  std::vector<std::string> shown_above;
  if (record.kind == Kind::Municipality) shown_above = {"agreements.parties", "agreements.adoption.decisions.party"};
  page.sections.push_back(site.referenced_by(record.id, shown_above));
  // The description's sources, once at the end, by the documents' names.
  if (auto sources = site.sources(record, cited_elsewhere)) page.sections.push_back(std::move(*sources));
  if (auto change = site.change_section(record)) page.sections.push_back(std::move(*change));
}

Page organisation_page(const SiteContext& site, const Organisation& organisation) {
  Page page = record_page_frame(site, organisation);
  Section overview = site.section("overview", "overview");
  site.add_field(overview, "field_short_name", site.optional_text(organisation.short_name));
  site.add_field(overview, "field_type", site.enum_value("organisation_type", organisation.type));
  site.add_field(overview, "field_side", site.enum_value("side", organisation.side));
  if (organisation.parent) site.add_field(overview, "field_parent", site.record(*organisation.parent));
  if (organisation.municipality) site.add_field(overview, "field_municipality", site.record(*organisation.municipality));
  if (organisation.website) site.add_field(overview, "field_website", site.url(*organisation.website));
  page.sections.push_back(std::move(overview));

  Section seats = site.section("seats_held", "seats");
  Table table{{site.text("column_group"), site.text("column_seat"), site.text("column_role"), site.text("column_count")},
              site.seats_of(organisation.id)};
  if (!table.rows.empty()) seats.add(records_table(std::move(table)));
  seats.empty_note = site.text("no_seats_held");
  page.sections.push_back(std::move(seats));

  Section functions = site.section("functions_held", "functions");
  for (const CoordinatingFunction& function : site.registry().functions) {
    if (function.holder == organisation.id || function.supported_by == organisation.id) {
      functions.item(site.record(function.id));
    }
  }
  functions.empty_note = site.text("none_recorded");
  page.sections.push_back(std::move(functions));

  Section agreements = site.section("party_to", "agreements");
  for (const Agreement& agreement : site.registry().agreements) {
    if (std::find(agreement.parties.begin(), agreement.parties.end(), organisation.id) != agreement.parties.end()) {
      agreements.item(site.record(agreement.id));
    }
  }
  agreements.empty_note = site.text("none_recorded");
  page.sections.push_back(std::move(agreements));
  finish_record_page(site, organisation, page);
  return page;
}

Page function_page(const SiteContext& site, const CoordinatingFunction& function) {
  Page page = record_page_frame(site, function);
  Section overview = site.section("overview", "overview");
  Cell roles;
  for (const std::string& role : function.roles) {
    if (!roles.empty()) roles.push_back(text_run(", "));
    roles.push_back(text_run(site.label("role", role)));
  }
  site.add_field(overview, "field_roles", roles);
  site.add_field(overview, "field_area", site.record(function.area));
  site.add_field(overview, "field_holder", function.holder ? site.record(*function.holder) : site.muted("vacant"));
  site.add_field(overview, "field_status", site.enum_value("function_status", function.status));
  site.add_field(overview, "field_contact", site.contact(function.contact));
  site.add_field(overview, "field_appointed", site.optional_text(function.appointed));
  site.add_field(overview, "field_review_by", site.optional_text(function.review_by));
  if (function.supported_by) site.add_field(overview, "field_supported_by", site.record(*function.supported_by));
  page.sections.push_back(std::move(overview));
  finish_record_page(site, function, page);
  return page;
}

Page plan_page(const SiteContext& site, const Plan& plan) {
  Page page = record_page_frame(site, plan);
  Section overview = site.section("overview", "overview");
  site.add_field(overview, "field_period", site.plain(std::to_string(plan.period_from) + " – " + std::to_string(plan.period_to)));
  if (plan.decided) {
    Cell decided = plan.decided->by ? site.record(*plan.decided->by) : Cell{};
    if (plan.decided->date) decided.push_back(text_run((decided.empty() ? "" : ", ") + *plan.decided->date));
    site.add_field(overview, "field_decided", decided);
  }
  if (plan.document) site.add_field(overview, "field_document", site.url(*plan.document, site.text("document")));
  page.sections.push_back(std::move(overview));

  Section goals = site.section("goals", "goals");
  Table table{{site.text("column_goal"), site.text("column_year"), site.text("column_owner"), site.text("column_status"),
               site.text("column_indicator"), site.text("column_activities")},
              {}};
  std::vector<const PlanGoal*> ordered;
  for (const PlanGoal& goal : plan.goals) ordered.push_back(&goal);
  std::stable_sort(ordered.begin(), ordered.end(), [](const PlanGoal* a, const PlanGoal* b) { return a->year < b->year; });
  for (const PlanGoal* goal : ordered) {
    Cell activities;
    for (const std::string& activity : goal->activities) {
      if (!activities.empty()) activities.push_back(text_run("; "));
      activities.push_back(text_run(activity));
    }
    table.rows.push_back({site.plain(goal->title.value_or(goal->id)), site.plain(std::to_string(goal->year)),
                          goal->owner ? site.record(*goal->owner) : site.muted("no_owner"),
                          goal->status ? site.enum_value("goal_status", *goal->status) : Cell{},
                          site.optional_text(goal->indicator), activities});
  }
  if (!table.rows.empty()) goals.add(records_table(std::move(table)));
  goals.empty_note = site.text("no_goals");
  page.sections.push_back(std::move(goals));
  finish_record_page(site, plan, page);
  return page;
}

Page followup_page(const SiteContext& site, const Followup& followup) {
  Page page = record_page_frame(site, followup);
  Section overview = site.section("overview", "overview");
  site.add_field(overview, "field_subject", site.record(followup.subject));
  site.add_field(overview, "field_year", site.plain(std::to_string(followup.year)));
  site.add_field(overview, "field_date", site.optional_text(followup.date));
  if (followup.method) site.add_field(overview, "field_method", site.enum_value("method", *followup.method));
  if (followup.result) site.add_field(overview, "field_result", site.enum_value("result", *followup.result));
  if (followup.reported_to) site.add_field(overview, "field_reported_to", site.record(*followup.reported_to));
  site.add_field(overview, "field_reported", site.optional_text(followup.reported));
  page.sections.push_back(std::move(overview));
  if (followup.summary && !followup.summary->empty()) {
    Section summary = site.section("summary", "summary");
    summary.commonmark(*followup.summary);
    page.sections.push_back(std::move(summary));
  }
  Section deviations = site.section("deviations", "deviations");
  Table table{{site.text("column_deviation"), site.text("column_severity"), site.text("column_action"),
               site.text("column_responsible"), site.text("column_due"), site.text("column_closed")},
              {}};
  for (const Deviation& deviation : followup.deviations) {
    table.rows.push_back({site.plain(deviation.description),
                          deviation.severity ? site.enum_value("severity", *deviation.severity) : Cell{},
                          site.optional_text(deviation.action),
                          deviation.responsible ? site.record(*deviation.responsible) : Cell{},
                          site.optional_text(deviation.due),
                          deviation.closed ? site.plain(*deviation.closed) : site.muted("open")});
  }
  if (!table.rows.empty()) deviations.add(records_table(std::move(table)));
  deviations.empty_note = site.text("no_deviations");
  page.sections.push_back(std::move(deviations));
  finish_record_page(site, followup, page);
  return page;
}

Page person_page(const SiteContext& site, const Person& person) {
  Page page = record_page_frame(site, person);
  Section overview = site.section("overview", "overview");
  site.add_field(overview, "field_organisation", site.record(person.organisation));
  site.add_field(overview, "field_title", site.optional_text(person.title));
  if (person.email) site.add_field(overview, "field_email", site.url("mailto:" + *person.email, *person.email));
  page.sections.push_back(std::move(overview));
  finish_record_page(site, person, page);
  return page;
}

}  // namespace hok
