// G011: every consultation group at work (establishing or active) has an annual plan for the
// as-of year, drawn up together with the joint secretariat (seed 003 §7.2).
#include <algorithm>

#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

void gap_annual_plan_missing(const Registry& registry, const GapContext& context,
                             FindingSink& sink) {
  const int year = context.as_of.year;
  for (const Group& group : registry.groups) {
    if (group.type != "consultation-group" || !is_active_group(group)) continue;
    if (std::any_of(group.annual_plans.begin(), group.annual_plans.end(),
                    [&](const AnnualPlan& plan) { return plan.year == year; })) {
      continue;
    }
    sink.add("G011",
             group.annual_plans.empty() ? id_location(group)
                                        : group.source->key_location("/annual_plans"),
             message("G011.message", {{"group", display_name(group)},
                                      {"year", year},
                                      {"secretariat", secretariat_name(registry)}}),
             message("G011.hint", {{"year", year}}),
             group.id);
  }
}

}  // namespace hok
