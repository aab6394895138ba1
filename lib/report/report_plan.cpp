// Section 7: the action plan — the goals set for the year and their status.
#include <map>

#include "report/report_context.hpp"

namespace hok {

namespace {

const std::vector<std::string>& status_order() {
  static const std::vector<std::string> order = {"done", "ongoing", "not-started", "cancelled"};
  return order;
}

}  // namespace

Section plan_section(const ReportContext& context) {
  Section section = context.section("action_plan", "action-plan");
  const int year = context.year();
  for (const Plan& plan : context.registry().plans) {
    if (plan.period_from > year || plan.period_to < year) continue;
    Section part;
    part.heading = context.name(plan.id);
    part.anchor = "action-plan-" + plan.id;
    std::string decided;
    if (plan.decided && plan.decided->by && plan.decided->date) {
      decided = context.text("plan_decided",
                             {{"by", context.name(*plan.decided->by)}, {"date", *plan.decided->date}});
    } else if (plan.decided && plan.decided->date) {
      decided = context.text("plan_decided_on", {{"date", *plan.decided->date}});
    } else if (plan.decided && plan.decided->by) {
      decided = context.text("plan_decided_by", {{"by", context.name(*plan.decided->by)}});
    }
    part.paragraph(context.text("plan_period", {{"from", std::to_string(plan.period_from)},
                                                {"to", std::to_string(plan.period_to)},
                                                {"decided", decided}}));
    Table table;
    table.headers = {context.text("column_goal"), context.text("column_owner"), context.text("column_status"),
                     context.text("column_indicator"), context.text("column_activities")};
    std::map<std::string, int> by_status;
    for (const PlanGoal& goal : plan.goals) {
      if (goal.year != year) continue;
      ++by_status[goal.status.value_or("")];
      table.rows.push_back(
          {text_cell(goal.title.value_or(goal.id)),
           goal.owner ? text_cell(context.name(*goal.owner)) : muted_cell(context.text("no_owner")),
           context.label_or_unknown("goal_status", goal.status),
           goal.indicator ? text_cell(*goal.indicator) : muted_cell(context.text("not_recorded")),
           number_cell(std::to_string(goal.activities.size()))});
    }
    if (table.rows.empty()) {
      part.note(context.year_text("no_goals"));
    } else {
      std::string statuses;
      for (const std::string& status : status_order()) {
        if (by_status[status] == 0) continue;
        statuses += (statuses.empty() ? "" : ", ") + context.label("goal_status", status) + ": " +
                    std::to_string(by_status[status]);
      }
      if (by_status[""] > 0) {
        statuses += (statuses.empty() ? "" : ", ") + context.text("not_recorded") + ": " +
                    std::to_string(by_status[""]);
      }
      part.paragraph(context.text("goals_intro", {{"year", std::to_string(year)},
                                                  {"count", std::to_string(table.rows.size())},
                                                  {"statuses", statuses}}));
      part.add(std::move(table));
    }
    section.subsections.push_back(std::move(part));
  }
  if (section.subsections.empty()) section.note(context.year_text("no_plan"));
  return section;
}

}  // namespace hok
