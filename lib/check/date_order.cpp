// E010: dates in an impossible order. Only dates that parse are compared (a bad date is E004's);
// equal dates are fine. The finding sits at the field that should be the later one.
//   agreements  valid_to before valid_from
//               review.next before review.last
//   groups      decommissioned before established
//   functions   review_by before appointed
//   followups   reported before date (reported before the follow-up was done)
//               a deviation's closed before the follow-up's date (closed before it was found)
//   plans       period.to before period.from (years)
//               a goal's year outside the period (checked only when the period is in order)
#include <fmt/format.h>

#include "check/checks.hpp"
#include "core/dates.hpp"

namespace hok {

namespace {

struct DateField {
  const char* name;
  const std::optional<std::string>& value;
};

// Reports at `later_pointer` when `later` comes before `earlier`.
void require_order(const RecordBase& record, DateField earlier, DateField later,
                   const std::string& later_pointer, const char* reason, FindingSink& sink) {
  if (!earlier.value || !later.value) return;
  const std::optional<Date> earlier_date = parse_date(*earlier.value);
  const std::optional<Date> later_date = parse_date(*later.value);
  if (!earlier_date || !later_date || !(*later_date < *earlier_date)) return;
  sink.add("E010", record.source->value_location(later_pointer),
           fmt::format("{} {} is before {} {}: {}", later.name, *later.value, earlier.name,
                       *earlier.value, reason),
           "correct whichever of the two dates is wrong", record.id);
}

void check_agreement(const Agreement& agreement, FindingSink& sink) {
  require_order(agreement, {"valid_from", agreement.valid_from}, {"valid_to", agreement.valid_to},
                "/valid_to", "an agreement cannot end before it starts", sink);
  if (agreement.review) {
    require_order(agreement, {"review.last", agreement.review->last},
                  {"review.next", agreement.review->next}, "/review/next",
                  "the next review cannot come before the last one", sink);
  }
}

void check_followup(const Followup& followup, FindingSink& sink) {
  require_order(followup, {"date", followup.date}, {"reported", followup.reported}, "/reported",
                "a follow-up cannot be reported before it was done", sink);
  for (const Deviation& deviation : followup.deviations) {
    require_order(followup, {"the follow-up's date", followup.date}, {"closed", deviation.closed},
                  deviation.pointer + "/closed",
                  "a deviation cannot be closed before the follow-up that found it", sink);
  }
}

void check_plan(const Plan& plan, FindingSink& sink) {
  if (plan.period_from == 0 || plan.period_to == 0) return;
  if (plan.period_to < plan.period_from) {
    sink.add("E010", plan.source->value_location("/period/to"),
             fmt::format("period.to {} is before period.from {}: a plan cannot end before it "
                         "starts",
                         plan.period_to, plan.period_from),
             "correct whichever of the two years is wrong", plan.id);
    return;
  }
  for (const PlanGoal& goal : plan.goals) {
    if (goal.year == 0 || (goal.year >= plan.period_from && goal.year <= plan.period_to)) continue;
    const std::string name = goal.id.empty() ? std::string("a goal") : "goal '" + goal.id + "'";
    sink.add("E010", plan.source->value_location(goal.pointer + "/year"),
             fmt::format("{} is set for {}, outside the plan period {}–{}", name, goal.year,
                         plan.period_from, plan.period_to),
             "give the goal a year within the period, or widen the period", plan.id);
  }
}

}  // namespace

void check_date_order(const Registry& registry, FindingSink& sink) {
  for (const Agreement& agreement : registry.agreements) check_agreement(agreement, sink);
  for (const Group& group : registry.groups) {
    require_order(group, {"established", group.established},
                  {"decommissioned", group.decommissioned}, "/decommissioned",
                  "a group cannot be wound down before it was set up", sink);
  }
  for (const CoordinatingFunction& function : registry.functions) {
    require_order(function, {"appointed", function.appointed}, {"review_by", function.review_by},
                  "/review_by", "a function cannot be due for review before it was appointed",
                  sink);
  }
  for (const Followup& followup : registry.followups) check_followup(followup, sink);
  for (const Plan& plan : registry.plans) check_plan(plan, sink);
}

}  // namespace hok
