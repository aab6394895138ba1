// G009: an agreement in force or under revision whose `review.next` is before as_of (a review
// due today is not overdue yet), or an agreement still `in-force` whose `valid_to` is before
// as_of (it is valid through that day). Drafts, expired and replaced agreements have nothing to
// review. With --expiring, the same dates falling in (as_of, as_of + DAYS] are upcoming gaps.
#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

bool is_current(const Agreement& agreement) {
  return agreement.status == "in-force" || agreement.status == "under-revision";
}

std::string who_revises(const Registry& registry, const Agreement& agreement) {
  if (agreement.type == "main-agreement" || agreement.type == "guideline") {
    return fmt::format("{} prepares the revision for {}", secretariat_name(registry),
                       official_steering_name(registry));
  }
  if (agreement.owner) {
    return fmt::format("its owner '{}' prepares the revision",
                       display_name(registry, *agreement.owner));
  }
  return fmt::format("it has no owner, so {} assigns who revises it",
                     official_steering_name(registry));
}

std::optional<Date> review_next(const Agreement& agreement) {
  if (!agreement.review || !is_current(agreement)) return std::nullopt;
  return date_field(agreement.review->next);
}

std::optional<Date> valid_to(const Agreement& agreement) {
  if (agreement.status != "in-force") return std::nullopt;
  return date_field(agreement.valid_to);
}

const char* kReviewHint = "once reviewed, set review.last and a new review.next";
const char* kValidityHint =
    "set a new valid_to if it was extended, or status: expired (or replaced, with replaced_by)";

}  // namespace

void gap_review_overdue(const Registry& registry, const GapContext& context, FindingSink& sink) {
  for (const Agreement& agreement : registry.agreements) {
    if (const std::optional<Date> next = review_next(agreement); next && *next < context.as_of) {
      sink.add("G009", agreement.source->value_location("/review/next"),
               fmt::format("agreement '{}' was due for review on {} (review.next): {}",
                           display_name(agreement), format_date(*next),
                           who_revises(registry, agreement)),
               kReviewHint, agreement.id);
    }
    if (const std::optional<Date> end = valid_to(agreement); end && *end < context.as_of) {
      sink.add("G009", agreement.source->value_location("/valid_to"),
               fmt::format("agreement '{}' is still in force but its validity ended on {} "
                           "(valid_to): {}",
                           display_name(agreement), format_date(*end),
                           who_revises(registry, agreement)),
               kValidityHint, agreement.id);
    }
  }
}

void upcoming_review_overdue(const Registry& registry, const GapContext& context,
                             FindingSink& sink) {
  for (const Agreement& agreement : registry.agreements) {
    if (const std::optional<Date> next = review_next(agreement);
        next && in_upcoming_window(context, *next)) {
      add_upcoming(sink, "G009", agreement.source->value_location("/review/next"), context, *next,
                   fmt::format("agreement '{}' falls due for review (review.next): {}",
                               display_name(agreement), who_revises(registry, agreement)),
                   kReviewHint, agreement.id);
    }
    if (const std::optional<Date> end = valid_to(agreement);
        end && in_upcoming_window(context, *end)) {
      add_upcoming(sink, "G009", agreement.source->value_location("/valid_to"), context, *end,
                   fmt::format("agreement '{}' reaches the end of its validity (valid_to) while "
                               "in force: {}",
                               display_name(agreement), who_revises(registry, agreement)),
                   kValidityHint, agreement.id);
    }
  }
}

}  // namespace hok
