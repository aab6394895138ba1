// Sections 2 and 3: the agreements by the group that owns them, and the year's follow-ups.
#include <algorithm>
#include <map>

#include "report/dated_state.hpp"
#include "report/report_context.hpp"

namespace hok {

namespace {

// The municipalities' adoption is counted where it is required, or where decisions are recorded
// although nobody has said whether it is required.
bool adoption_counted(const Agreement& agreement) {
  if (!agreement.adoption) return false;
  const std::optional<bool>& required = agreement.adoption->required;
  return required.value_or(!agreement.adoption->decisions.empty());
}

// The agreements a reader of the year's report expects: those in force, under revision or in
// draft, and those that expired or were replaced during the year.
bool belongs_in_year(const Agreement& agreement, int year) {
  if (agreement.status == "expired" || agreement.status == "replaced")
    return in_year(agreement.valid_to, year);
  return true;
}

// The latest follow-up of `subject` of the report's year or earlier.
const Followup* last_followup(const ReportContext& context, const std::string& subject) {
  const Followup* last = nullptr;
  auto key = [](const Followup& followup) {
    return std::make_pair(followup.year, followup.date.value_or(""));
  };
  for (const Followup& followup : context.registry().followups) {
    if (followup.subject != subject || followup.year > context.year()) continue;
    if (!last || key(followup) > key(*last)) last = &followup;
  }
  return last;
}

// The agreement's standing on the report date, by the rule written under the table
// ("standing_rule"): deviations open, else follow-up overdue, else on track; not known when no
// follow-up is recorded. Only for an agreement in force.
Cell agreement_standing(const ReportContext& context, const Agreement& agreement) {
  const Date& day = context.as_of();
  if (!agreement_in_force_on(agreement, day)) return muted_cell(context.text("standing_not_in_force"));
  std::optional<Date> latest;
  bool open = false;
  for (const Followup& followup : context.registry().followups) {
    if (followup.subject != agreement.id || followup.year > context.year()) continue;
    for (const Deviation& deviation : followup.deviations) open = open || deviation_open_on(deviation, day);
    std::optional<Date> date = followup.date ? parse_date(*followup.date) : std::nullopt;
    if (date && !(day < *date) && (!latest || *latest < *date)) latest = date;
  }
  if (open) return text_cell(context.text("standing_deviations"));
  if (!latest) return muted_cell(context.text("standing_unknown"));
  const int interval = agreement.follow_up ? agreement.follow_up->interval_months : 12;
  if (add_months(*latest, interval) < day) return text_cell(context.text("standing_overdue"));
  return text_cell(context.text("standing_on_track"));
}

std::vector<Cell> agreement_row(const ReportContext& context, const Agreement& agreement) {
  std::vector<Cell> row;
  row.push_back(text_cell(context.name(agreement.id)));
  row.push_back(text_cell(context.label("agreement_status", agreement.status)));
  row.push_back(agreement_standing(context, agreement));
  if (const Followup* followup = last_followup(context, agreement.id)) {
    row.push_back(text_cell(followup->date.value_or(std::to_string(followup->year))));
    row.push_back(context.label_or_unknown("result", followup->result));
  } else {
    row.push_back(muted_cell(context.text("no_followup_yet")));
    row.push_back(muted_cell(context.text("not_recorded")));  // no follow-up: its result is not recorded either
  }
  if (agreement.review && agreement.review->next) {
    std::optional<Date> next = parse_date(*agreement.review->next);
    const bool overdue = next && *next < context.as_of();
    row.push_back(text_cell(overdue ? context.text("review_overdue", {{"date", *agreement.review->next}})
                                    : *agreement.review->next));
  } else {
    row.push_back(muted_cell(context.text("not_recorded")));
  }
  if (adoption_counted(agreement)) {
    AdoptionCount adoption = adoption_count(context.registry(), agreement, context.as_of());
    row.push_back(number_cell(context.share(adoption.adopted, adoption.of)));
  } else if (agreement.adoption && agreement.adoption->required == false) {
    row.push_back(muted_cell(context.text("adoption_not_required")));
  } else {
    row.push_back(muted_cell(context.text("not_recorded")));  // unknown is not "not required"
  }
  return row;
}

Table agreement_table(const ReportContext& context) {
  Table table;
  table.headers = {context.text("column_agreement"), context.text("column_status"),
                   context.text("column_standing"),  context.text("column_last_followup"),
                   context.text("column_result"),    context.text("column_next_review"),
                   context.text("column_adoption")};
  return table;
}

// The signed texts of the agreements in a table, under it: "HÖK: Huvudöverenskommelse (HÖK)".
// Agreements without a document are left out, and so is the list when none has one: a missing
// link is the secretariat's task (the portal's agreement page says so), not the steering group's.
void add_agreement_documents(const ReportContext& context, Section& section,
                             const std::vector<const Agreement*>& agreements) {
  std::vector<std::pair<std::string, Cell>> documents;
  for (const Agreement* agreement : agreements)
    documents.emplace_back(context.name(agreement->id), context.documents(agreement->documents));
  context.add_documents(section, "agreement_documents_intro", documents);
}

BarChart adoption_chart(const ReportContext& context, const std::vector<const Agreement*>& agreements) {
  BarChart chart;
  chart.title = context.text("chart_adoption");
  chart.series = {context.text("series_adopted")};
  for (const Agreement* agreement : agreements) {
    if (!adoption_counted(*agreement)) continue;
    AdoptionCount adoption = adoption_count(context.registry(), *agreement, context.as_of());
    chart.rows.push_back(
        {context.name(agreement->id), {adoption.adopted}, {context.share(adoption.adopted, adoption.of)}});
    chart.max = std::max(chart.max, adoption.of);
  }
  return chart;
}

}  // namespace

Section agreements_section(const ReportContext& context) {
  Section section = context.section("agreements", "agreements");
  std::vector<const Agreement*> agreements;
  for (const Agreement& agreement : context.registry().agreements) {
    if (belongs_in_year(agreement, context.year())) agreements.push_back(&agreement);
  }
  if (agreements.empty()) {
    section.note(context.year_text("no_agreements"));
    return section;
  }
  // Owners in the registry's order of groups; agreements without an owner last.
  std::vector<std::string> owners;
  for (const Group& group : context.registry().groups) {
    if (std::any_of(agreements.begin(), agreements.end(),
                    [&](const Agreement* agreement) { return agreement->owner == group.id; })) {
      owners.push_back(group.id);
    }
  }
  std::size_t unowned = 0;
  for (const Agreement* agreement : agreements)
    unowned += !agreement->owner || !context.registry().group(*agreement->owner);
  section.paragraph(context.text("agreements_intro", {{"count", std::to_string(agreements.size())},
                                                      {"owners", std::to_string(owners.size())},
                                                      {"unowned", std::to_string(unowned)}}));
  for (const std::string& owner : owners) {
    Section group;
    group.heading = context.name(owner);
    group.anchor = "agreements-group-" + owner;
    Table table = agreement_table(context);
    std::vector<const Agreement*> owned;
    for (const Agreement* agreement : agreements) {
      if (agreement->owner == owner) owned.push_back(agreement);
    }
    for (const Agreement* agreement : owned) table.rows.push_back(agreement_row(context, *agreement));
    group.add(std::move(table));
    add_agreement_documents(context, group, owned);
    section.subsections.push_back(std::move(group));
  }
  if (unowned > 0) {
    Section group;
    group.heading = context.text("no_owner");
    group.anchor = "agreements-no-owner";
    Table table = agreement_table(context);
    std::vector<const Agreement*> ownerless;
    for (const Agreement* agreement : agreements) {
      if (!agreement->owner || !context.registry().group(*agreement->owner)) ownerless.push_back(agreement);
    }
    for (const Agreement* agreement : ownerless) table.rows.push_back(agreement_row(context, *agreement));
    group.add(std::move(table));
    add_agreement_documents(context, group, ownerless);
    section.subsections.push_back(std::move(group));
  }
  // The rule behind the standing, once under the tables.
  Section rule;
  rule.anchor = "agreements-standing-rule";
  rule.note(context.text("standing_rule"));
  section.subsections.push_back(std::move(rule));
  // The secretariat's comment on an agreement, under the agreement's name, in the order of the
  // agreements above.
  if (const SecretariatText* text = context.secretariat_text(); text && !text->comments.empty()) {
    Section comments = context.section("secretariat_comments", "agreements-comments");
    for (const Agreement* agreement : agreements) {
      auto comment = text->comments.find(agreement->id);
      if (comment == text->comments.end()) continue;
      Section one;
      one.heading = context.name(agreement->id);
      one.anchor = "agreements-comment-" + agreement->id;
      one.commonmark(comment->second);
      comments.subsections.push_back(std::move(one));
    }
    // A comment on an agreement not listed in the year (one that ended before it) is still shown.
    for (const auto& entry : text->comments) {
      // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
      const auto& id = entry.first;
      const auto& comment = entry.second;
      if (std::any_of(agreements.begin(), agreements.end(), [&](const Agreement* a) { return a->id == id; }))
        continue;
      Section one;
      one.heading = context.name(id);
      one.anchor = "agreements-comment-" + id;
      one.commonmark(comment);
      comments.subsections.push_back(std::move(one));
    }
    section.subsections.push_back(std::move(comments));
  }
  BarChart chart = adoption_chart(context, agreements);
  if (!chart.rows.empty()) {
    Section adoption;
    adoption.heading = context.text("adoption");
    adoption.anchor = "agreements-adoption";
    adoption.add(std::move(chart));
    section.subsections.push_back(std::move(adoption));
  }
  return section;
}

namespace {

const std::vector<std::string>& result_order() {
  static const std::vector<std::string> order = {"fulfilled", "partly", "not-fulfilled", "not-assessed"};
  return order;
}

BarChart results_chart(const ReportContext& context, const std::vector<const Followup*>& followups) {
  BarChart chart;
  chart.type = BarChart::Type::Pie;
  chart.title = context.year_text("chart_results");
  chart.series = {context.text("series_followups")};
  std::map<std::string, int> counts;
  for (const Followup* followup : followups) ++counts[followup->result.value_or("")];
  for (const std::string& result : result_order()) {
    if (counts[result] > 0) chart.rows.push_back({context.label("result", result), {counts[result]}, {}});
  }
  if (counts[""] > 0) chart.rows.push_back({context.text("result_not_recorded"), {counts[""]}, {}});
  chart.max = static_cast<int>(followups.size());
  return chart;
}

Table deviation_table(const ReportContext& context, const Followup& followup) {
  Table table;
  table.headers = {context.text("column_deviation"), context.text("column_severity"),
                   context.text("column_action"),    context.text("column_responsible"),
                   context.text("column_due"),       context.text("column_closed")};
  for (const Deviation& deviation : followup.deviations) {
    table.rows.push_back(
        {text_cell(deviation.description), context.label_or_unknown("severity", deviation.severity),
         deviation.action ? text_cell(*deviation.action) : muted_cell(context.text("not_recorded")),
         deviation.responsible ? text_cell(context.name(*deviation.responsible))
                               : muted_cell(context.text("not_recorded")),
         context.date_or_unknown(deviation.due),
         deviation.closed ? text_cell(*deviation.closed) : muted_cell(context.text("open"))});
  }
  return table;
}

}  // namespace

Section followups_section(const ReportContext& context) {
  Section section = context.section("followups", "follow-ups");
  std::vector<const Followup*> followups;
  for (const Followup& followup : context.registry().followups) {
    if (followup.year == context.year()) followups.push_back(&followup);
  }
  if (followups.empty()) {
    section.note(context.year_text("no_followups"));
    return section;
  }
  std::stable_sort(followups.begin(), followups.end(), [](const Followup* a, const Followup* b) {
    return a->date.value_or("9999") < b->date.value_or("9999");
  });
  std::size_t deviations = 0;
  for (const Followup* followup : followups) deviations += followup->deviations.size();
  section.paragraph(context.text("followups_intro", {{"year", std::to_string(context.year())},
                                                     {"count", std::to_string(followups.size())},
                                                     {"deviations", std::to_string(deviations)}}));
  Table table;
  table.headers = {context.text("column_subject"),     context.text("column_date"),
                   context.text("column_method"),      context.text("column_result"),
                   context.text("column_reported_to"), context.text("column_deviations")};
  for (const Followup* followup : followups) {
    table.rows.push_back({text_cell(context.name(followup->subject)), context.date_or_unknown(followup->date),
                          context.label_or_unknown("method", followup->method),
                          context.label_or_unknown("result", followup->result),
                          followup->reported_to ? text_cell(context.name(*followup->reported_to))
                                                : muted_cell(context.text("not_recorded")),
                          number_cell(std::to_string(followup->deviations.size()))});
  }
  section.add(std::move(table));
  section.add(results_chart(context, followups));
  for (const Followup* followup : followups) {
    if (!followup->summary && followup->deviations.empty()) continue;
    Section detail;
    detail.heading = context.name(followup->subject);
    detail.anchor = "follow-up-" + followup->id;
    if (followup->summary) detail.commonmark(*followup->summary);
    if (!followup->deviations.empty()) detail.add(deviation_table(context, *followup));
    section.subsections.push_back(std::move(detail));
  }
  return section;
}

}  // namespace hok
