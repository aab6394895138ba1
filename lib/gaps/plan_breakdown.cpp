// G012: a plan is broken down every year into goals (the action plan 2024–2030). One finding per
// plan lists the years from period.from to the as-of year (at most period.to) with no goal; the
// joint secretariat prepares the year's goals for the body that decided the plan. Each goal also
// needs an owner group at work (establishing or active); goals that are `done` or `cancelled`
// need no owner any more and are left alone.
#include <algorithm>

#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

std::string decider(const Registry& registry, const Plan& plan) {
  if (plan.decided && plan.decided->by) return display_name(registry, *plan.decided->by);
  return political_steering_name(registry);
}

void check_years(const Registry& registry, const GapContext& context, const Plan& plan,
                 FindingSink& sink) {
  std::vector<std::string> years;
  for (int year = plan.period_from; year <= std::min(context.as_of.year, plan.period_to); ++year) {
    if (std::none_of(plan.goals.begin(), plan.goals.end(),
                     [&](const PlanGoal& goal) { return goal.year == year; })) {
      years.push_back(std::to_string(year));
    }
  }
  if (years.empty()) return;
  sink.add("G012", plan.goals.empty() ? id_location(plan) : plan.source->key_location("/goals"),
           message("G012.message.years", {{"plan", display_name(plan)},
                                          {"years", name_list(years, years.size())},
                                          {"secretariat", secretariat_name(registry)},
                                          {"decider", decider(registry, plan)}}),
           message("G012.hint.years"), plan.id);
}

void check_owners(const Registry& registry, const Plan& plan, FindingSink& sink) {
  for (const PlanGoal& goal : plan.goals) {
    if (goal.status == "done" || goal.status == "cancelled") continue;
    const Message which =
        message("G012.goal", {{"goal", goal.id}, {"year", goal.year}, {"plan", display_name(plan)}});
    if (!goal.owner) {
      sink.add("G012", plan.source->key_location(pointer_append(goal.pointer, "id")),
               message("G012.message.no_owner", {{"goal", which}, {"decider", decider(registry, plan)}}),
               message("G012.hint.no_owner"), plan.id);
      continue;
    }
    const Group* owner = registry.group(*goal.owner);
    if (owner == nullptr || is_active_group(*owner)) continue;
    sink.add("G012", plan.source->value_location(pointer_append(goal.pointer, "owner")),
             message("G012.message.inactive_owner", {{"goal", which},
                                                     {"owner", display_name(*owner)},
                                                     {"status", owner->status},
                                                     {"decider", decider(registry, plan)}}),
             message("G012.hint.inactive_owner"), plan.id);
  }
}

}  // namespace

void gap_plan_breakdown(const Registry& registry, const GapContext& context, FindingSink& sink) {
  for (const Plan& plan : registry.plans) {
    check_years(registry, context, plan, sink);
    check_owners(registry, plan, sink);
  }
}

}  // namespace hok
