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
Message function_phrase(const Registry& registry, const CoordinatingFunction& function) {
  std::vector<std::string> roles;
  for (const std::string& role : function.roles) {
    roles.push_back(role == "ksa" ? "KSA" : role == "gsa" ? "GSA" : role);
  }
  return message("G014.function", {{"function", display_name(function)},
                                   {"roles", list_and(literals(roles))},
                                   {"area", area_name(registry, function.area)}});
}

Message who_reviews(const Registry& registry, const CoordinatingFunction& function) {
  if (function.holder) {
    return message("G014.holder_reviews", {{"holder", display_name(registry, *function.holder)}});
  }
  return message("G014.appointer_reviews");
}

Message review_hint() { return message("G014.hint"); }

}  // namespace

void gap_function_review(const Registry& registry, const GapContext& context, FindingSink& sink) {
  for (const CoordinatingFunction& function : registry.functions) {
    const std::optional<Date> due = date_field(function.review_by);
    if (!due || !(*due < context.as_of)) continue;
    sink.add("G014", function.source->value_location("/review_by"),
             message("G014.message", {{"function", function_phrase(registry, function)},
                                      {"date", format_date(*due)},
                                      {"who", who_reviews(registry, function)}}),
             review_hint(), function.id);
  }
}

void upcoming_function_review(const Registry& registry, const GapContext& context,
                              FindingSink& sink) {
  for (const CoordinatingFunction& function : registry.functions) {
    const std::optional<Date> due = date_field(function.review_by);
    if (!due || !in_upcoming_window(context, *due)) continue;
    add_upcoming(sink, "G014", function.source->value_location("/review_by"), context, *due,
                 message("G014.message.upcoming", {{"function", function_phrase(registry, function)},
                                                   {"who", who_reviews(registry, function)}}),
                 review_hint(), function.id);
  }
}

}  // namespace hok
