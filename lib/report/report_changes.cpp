// Sections 8 and 9: what changed in the year (from the records' dates and from git's history)
// and the open gaps in brief.
#include <algorithm>
#include <map>

#include "report/dated_state.hpp"
#include "report/report_context.hpp"

namespace hok {

namespace {

struct Event {
  std::string date;
  std::string id;
  std::string kind;  // kind directory
  std::string what;
};

class EventList {
 public:
  EventList(const ReportContext& context) : context_(context) {}
  // Adds an event when `date` falls in the report's year.
  void add(const std::optional<std::string>& date, const RecordBase& record, std::string what) {
    if (!in_year(date, context_.year())) return;
    events_.push_back({*date, record.id, kind_directory(record.kind), std::move(what)});
  }
  std::vector<Event>& events() { return events_; }

 private:
  const ReportContext& context_;
  std::vector<Event> events_;
};

std::vector<Event> dated_events(const ReportContext& context) {
  EventList list(context);
  const Registry& registry = context.registry();
  for (const Agreement& agreement : registry.agreements) {
    if (agreement.decided) list.add(agreement.decided->date, agreement, context.text("event_decided"));
    list.add(agreement.valid_from, agreement, context.text("event_in_force"));
    list.add(agreement.valid_to, agreement, context.text("event_ended"));
    if (agreement.review) list.add(agreement.review->last, agreement, context.text("event_revised"));
    if (agreement.adoption) {
      for (const AdoptionDecision& decision : agreement.adoption->decisions) {
        list.add(decision.date, agreement,
                 context.text("event_adopted", {{"party", context.name(decision.party)}}));
      }
    }
  }
  for (const Group& group : registry.groups) {
    list.add(group.established, group, context.text("event_established"));
    list.add(group.decommissioned, group, context.text("event_decommissioned"));
    if (group.mandate) list.add(group.mandate->adopted, group, context.text("event_mandate"));
    for (const AnnualPlan& plan : group.annual_plans) {
      list.add(plan.adopted, group, context.text("event_annual_plan", {{"year", std::to_string(plan.year)}}));
    }
  }
  for (const CoordinatingFunction& function : registry.functions) {
    std::string roles;
    for (const std::string& role : function.roles)
      roles += (roles.empty() ? "" : "/") + context.text("role_" + role);
    list.add(function.appointed, function,
             context.text("event_appointed", {{"roles", roles}, {"area", context.name(function.area)}}));
  }
  for (const Plan& plan : registry.plans) {
    if (plan.decided) list.add(plan.decided->date, plan, context.text("event_decided"));
  }
  std::vector<Event> events = std::move(list.events());
  std::stable_sort(events.begin(), events.end(),
                   [](const Event& a, const Event& b) { return a.date < b.date; });
  return events;
}

Section from_dates(const ReportContext& context) {
  Section section;
  section.heading = context.text("changes_from_dates");
  section.anchor = "changes-dates";
  std::vector<Event> events = dated_events(context);
  if (events.empty()) {
    section.note(context.year_text("no_dated_changes"));
    return section;
  }
  Table table;
  table.headers = {context.text("column_date"), context.text("column_record"), context.text("column_kind"),
                   context.text("column_event")};
  for (const Event& event : events) {
    table.rows.push_back({text_cell(event.date), text_cell(context.name(event.id)),
                          text_cell(context.label("kind", event.kind)), text_cell(event.what)});
  }
  section.add(std::move(table));
  return section;
}

const char* change_key(RecordChange::Type type) {
  switch (type) {
    case RecordChange::Type::Added:
      return "change_added";
    case RecordChange::Type::Removed:
      return "change_removed";
    case RecordChange::Type::Renamed:
      return "change_renamed";
    case RecordChange::Type::Changed:
      return "change_changed";
  }
  return "change_changed";
}

// The record by the name a reader knows it by (never its id); a person only as a muted "not
// published" unless the registry publishes contacts.
Cell record_cell(const ReportContext& context, const RecordChange& change) {
  if (change.kind == kind_directory(Kind::Person) && !context.show_people()) {
    return muted_cell(context.text("person_not_published"));
  }
  // The name in the year's registry; else the name the change carries (a record removed, or one
  // the year's state no longer holds).
  std::string name = change.type == RecordChange::Type::Removed ? change.id : context.name(change.id);
  if (name == change.id && !change.name.empty()) name = change.name;
  return text_cell(name);
}

// What changed, in words, each thing once: "ägare, parter".
std::string changed_in_words(const ReportContext& context, const RecordChange& change) {
  std::vector<std::string> words;
  for (const FieldChange& field : change.fields) {
    std::string word = context.field_words(field.field);
    if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(std::move(word));
  }
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "" : ", ") + word;
  return text;
}

Section from_history(const ReportContext& context, const YearHistory* history) {
  Section section;
  section.heading = context.text("changes_from_history");
  section.anchor = "changes-history";
  if (!history || history->status == YearHistory::Status::NotRepository) {
    section.note(context.text("history_not_available"));
    return section;
  }
  if (history->status == YearHistory::Status::NoCommits) {
    section.note(context.year_text("history_no_commits"));
    return section;
  }
  if (history->base_commit.empty()) {
    section.paragraph(context.text("history_compared_from_start", {{"year", std::to_string(context.year())},
                                                                   {"head_date", history->head_date}}));
  } else {
    section.paragraph(context.text("history_compared", {{"base_date", history->base_date},
                                                        {"head_date", history->head_date}}));
  }
  const std::vector<RecordChange>& changes = history->diff.records;
  if (changes.empty()) {
    section.note(context.year_text("no_history_changes"));
    return section;
  }
  // Counts by kind, in the kinds' order.
  Table counts;
  counts.headers = {context.text("column_kind"), context.text("change_added"), context.text("change_removed"),
                    context.text("change_renamed"), context.text("change_changed")};
  for (Kind kind : all_kinds()) {
    const std::string directory = kind_directory(kind);
    int by_type[4] = {0, 0, 0, 0};
    for (const RecordChange& change : changes) {
      if (change.kind == directory) ++by_type[static_cast<int>(change.type)];
    }
    if (by_type[0] + by_type[1] + by_type[2] + by_type[3] == 0) continue;
    counts.rows.push_back(
        {text_cell(context.label("kinds", directory)),
         number_cell(std::to_string(by_type[static_cast<int>(RecordChange::Type::Added)])),
         number_cell(std::to_string(by_type[static_cast<int>(RecordChange::Type::Removed)])),
         number_cell(std::to_string(by_type[static_cast<int>(RecordChange::Type::Renamed)])),
         number_cell(std::to_string(by_type[static_cast<int>(RecordChange::Type::Changed)]))});
  }
  section.add(std::move(counts));
  // A registry new in the year: every record is added, and the counts say it all.
  if (history->base_commit.empty()) return section;
  Table list;
  list.headers = {context.text("column_change"), context.text("column_kind"), context.text("column_record"),
                  context.text("column_fields")};
  for (Kind kind : all_kinds()) {
    const std::string directory = kind_directory(kind);
    for (const RecordChange& change : changes) {
      if (change.kind != directory) continue;
      list.rows.push_back({text_cell(context.text(change_key(change.type))),
                           text_cell(context.label("kind", change.kind)), record_cell(context, change),
                           text_cell(changed_in_words(context, change))});
    }
  }
  // The counts stay in view, the list of every change is folded away under one line.
  const std::string summary = context.text("changes_list_summary", {{"count", std::to_string(list.rows.size())}});
  section.add_folded(summary, std::move(list));
  return section;
}

}  // namespace

Section changes_section(const ReportContext& context, const YearHistory* history) {
  Section section = context.section("changes", "changes");
  section.subsections.push_back(from_dates(context));
  section.subsections.push_back(from_history(context, history));
  return section;
}

Section gaps_section(const ReportContext& context, const GapReport& gaps) {
  Section section = context.section("gaps", "gaps");
  if (gaps.findings.empty()) {
    section.note(context.text("no_gaps", {{"as_of", format_date(gaps.as_of)}}));
    return section;
  }
  std::map<std::string, std::pair<int, int>> by_code;  // code → (open, waived)
  for (const Finding& finding : gaps.findings) {
    auto& counts = by_code[finding.code];
    ++(finding.waived_reason ? counts.second : counts.first);
  }
  const int waived = gaps.waived();
  const int open = static_cast<int>(gaps.findings.size()) - waived;
  // Accepted gaps are spoken of only where there are some: no "0 more accepted", no column of 0.
  const char* intro = open == 0      ? "gaps_intro_all_waived"
                      : waived == 0  ? (open == 1 ? "gaps_intro_one_none_waived" : "gaps_intro_none_waived")
                      : open == 1    ? "gaps_intro_one"
                                     : "gaps_intro";
  section.paragraph(context.text(intro, {{"as_of", format_date(gaps.as_of)},
                                         {"open", std::to_string(open)},
                                         {"waived", std::to_string(waived)}}));
  // Counts per kind of gap, named in words (never by the rule's code).
  Table counts;
  counts.headers = {context.text("column_gap"), context.text("column_open")};
  if (waived > 0) counts.headers.push_back(context.text("column_waived"));
  for (const auto& [code, count] : by_code) {
    std::vector<Cell> row = {text_cell(context.label("gap", code)), number_cell(std::to_string(count.first))};
    if (waived > 0) row.push_back(number_cell(std::to_string(count.second)));
    counts.rows.push_back(std::move(row));
  }
  section.add(std::move(counts));
  // Every task, by municipality, is in the appendix (actions_appendix).
  section.note(context.text("gaps_see_appendix"));
  return section;
}

}  // namespace hok
