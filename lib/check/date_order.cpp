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
#include "check/checks.hpp"
#include "core/dates.hpp"

namespace hok {

namespace {

struct DateField {
  const char* name;  // the field's name, or a catalogue key ("E010.followup_date") when it has a dot-free phrase
  const std::optional<std::string>& value;
};

// A field name as it is ("valid_to"), or the phrase behind a catalogue key.
Message field_name(const DateField& field) {
  std::string name = field.name;
  return name.rfind("E010.", 0) == 0 ? message(name) : literal(name);
}

// Reports at `later_pointer` when `later` comes before `earlier`.
void require_order(const RecordBase& record, DateField earlier, DateField later,
                   const std::string& later_pointer, const char* reason_key, FindingSink& sink) {
  if (!earlier.value || !later.value) return;
  const std::optional<Date> earlier_date = parse_date(*earlier.value);
  const std::optional<Date> later_date = parse_date(*later.value);
  if (!earlier_date || !later_date || !(*later_date < *earlier_date)) return;
  sink.add("E010", record.source->value_location(later_pointer),
           message("E010.message", {{"later", field_name(later)},
                                    {"later_value", *later.value},
                                    {"earlier", field_name(earlier)},
                                    {"earlier_value", *earlier.value},
                                    {"reason", message(reason_key)}}),
           message("E010.hint.dates"), record.id);
}

void check_agreement(const Agreement& agreement, FindingSink& sink) {
  require_order(agreement, {"valid_from", agreement.valid_from}, {"valid_to", agreement.valid_to},
                "/valid_to", "E010.reason.agreement_validity", sink);
  if (agreement.review) {
    require_order(agreement, {"review.last", agreement.review->last},
                  {"review.next", agreement.review->next}, "/review/next",
                  "E010.reason.review", sink);
  }
}

void check_followup(const Followup& followup, FindingSink& sink) {
  require_order(followup, {"date", followup.date}, {"reported", followup.reported}, "/reported",
                "E010.reason.reported", sink);
  for (const Deviation& deviation : followup.deviations) {
    require_order(followup, {"E010.followup_date", followup.date}, {"closed", deviation.closed},
                  deviation.pointer + "/closed",
                  "E010.reason.deviation_closed", sink);
  }
}

void check_plan(const Plan& plan, FindingSink& sink) {
  if (plan.period_from == 0 || plan.period_to == 0) return;
  if (plan.period_to < plan.period_from) {
    sink.add("E010", plan.source->value_location("/period/to"),
             message("E010.message.period", {{"to", plan.period_to}, {"from", plan.period_from}}),
             message("E010.hint.years"), plan.id);
    return;
  }
  for (const PlanGoal& goal : plan.goals) {
    if (goal.year == 0 || (goal.year >= plan.period_from && goal.year <= plan.period_to)) continue;
    Message name = goal.id.empty() ? message("E010.unnamed_goal") : message("E010.named_goal", {{"goal", goal.id}});
    sink.add("E010", plan.source->value_location(goal.pointer + "/year"),
             message("E010.message.goal_year", {{"goal", std::move(name)},
                                                {"year", goal.year},
                                                {"from", plan.period_from},
                                                {"to", plan.period_to}}),
             message("E010.hint.goal_year"), plan.id);
  }
}

}  // namespace

void check_date_order(const Registry& registry, FindingSink& sink) {
  for (const Agreement& agreement : registry.agreements) check_agreement(agreement, sink);
  for (const Group& group : registry.groups) {
    require_order(group, {"established", group.established},
                  {"decommissioned", group.decommissioned}, "/decommissioned",
                  "E010.reason.group", sink);
  }
  for (const CoordinatingFunction& function : registry.functions) {
    require_order(function, {"appointed", function.appointed}, {"review_by", function.review_by},
                  "/review_by", "E010.reason.function",
                  sink);
  }
  for (const Followup& followup : registry.followups) check_followup(followup, sink);
  for (const Plan& plan : registry.plans) check_plan(plan, sink);
}

}  // namespace hok
