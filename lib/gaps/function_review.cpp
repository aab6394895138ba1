// G014: a coordinating function whose `review_by` is before as_of (a review due today is not
// overdue yet), whatever its status. Its holder reviews the appointment; a function with no
// holder is reviewed by whoever appoints it. With --expiring, review_by dates falling in
// (as_of, as_of + DAYS] are upcoming gaps.
#include <fmt/format.h>

#include "check/wording.hpp"
#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

// "function 'ksa-dal' (KSA in Dal)".
std::string function_phrase(const Registry& registry, const CoordinatingFunction& function) {
  std::vector<std::string> roles;
  for (const std::string& role : function.roles) {
    roles.push_back(role == "ksa" ? "KSA" : role == "gsa" ? "GSA" : role);
  }
  return fmt::format("function '{}' ({} in {})", display_name(function), join_list(roles, " and "),
                     area_name(registry, function.area));
}

std::string who_reviews(const Registry& registry, const CoordinatingFunction& function) {
  if (function.holder) {
    return fmt::format("its holder {} reviews the appointment",
                       display_name(registry, *function.holder));
  }
  return "whoever appoints it reviews the appointment";
}

const char* kHint = "once reviewed, set a new review_by";

}  // namespace

void gap_function_review(const Registry& registry, const GapContext& context, FindingSink& sink) {
  for (const CoordinatingFunction& function : registry.functions) {
    const std::optional<Date> due = date_field(function.review_by);
    if (!due || !(*due < context.as_of)) continue;
    sink.add("G014", function.source->value_location("/review_by"),
             fmt::format("{} was due for review on {} (review_by): {}",
                         function_phrase(registry, function), format_date(*due),
                         who_reviews(registry, function)),
             kHint, function.id);
  }
}

void upcoming_function_review(const Registry& registry, const GapContext& context,
                              FindingSink& sink) {
  for (const CoordinatingFunction& function : registry.functions) {
    const std::optional<Date> due = date_field(function.review_by);
    if (!due || !in_upcoming_window(context, *due)) continue;
    add_upcoming(sink, "G014", function.source->value_location("/review_by"), context, *due,
                 fmt::format("{} falls due for review (review_by): {}",
                             function_phrase(registry, function), who_reviews(registry, function)),
                 kHint, function.id);
  }
}

}  // namespace hok
