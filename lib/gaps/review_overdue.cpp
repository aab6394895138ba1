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

Message who_revises(const Registry& registry, const Agreement& agreement) {
  if (agreement.type == "main-agreement" || agreement.type == "guideline") {
    return message("G009.secretariat_revises", {{"secretariat", secretariat_name(registry)},
                                                {"steering", official_steering_name(registry)}});
  }
  if (agreement.owner) {
    return message("G009.owner_revises", {{"owner", display_name(registry, *agreement.owner)}});
  }
  return message("G009.no_owner_revises", {{"steering", official_steering_name(registry)}});
}

std::optional<Date> review_next(const Agreement& agreement) {
  if (!agreement.review || !is_current(agreement)) return std::nullopt;
  return date_field(agreement.review->next);
}

std::optional<Date> valid_to(const Agreement& agreement) {
  if (agreement.status != "in-force") return std::nullopt;
  return date_field(agreement.valid_to);
}

Message review_hint() { return message("G009.hint.review"); }
Message validity_hint() { return message("G009.hint.validity"); }

}  // namespace

void gap_review_overdue(const Registry& registry, const GapContext& context, FindingSink& sink) {
  for (const Agreement& agreement : registry.agreements) {
    if (const std::optional<Date> next = review_next(agreement); next && *next < context.as_of) {
      sink.add("G009", agreement.source->value_location("/review/next"),
               message("G009.message.review", {{"agreement", display_name(agreement)},
                                               {"date", format_date(*next)},
                                               {"who", who_revises(registry, agreement)}}),
               review_hint(), agreement.id);
    }
    if (const std::optional<Date> end = valid_to(agreement); end && *end < context.as_of) {
      sink.add("G009", agreement.source->value_location("/valid_to"),
               message("G009.message.validity", {{"agreement", display_name(agreement)},
                                                 {"date", format_date(*end)},
                                                 {"who", who_revises(registry, agreement)}}),
               validity_hint(), agreement.id);
    }
  }
}

void upcoming_review_overdue(const Registry& registry, const GapContext& context,
                             FindingSink& sink) {
  for (const Agreement& agreement : registry.agreements) {
    if (const std::optional<Date> next = review_next(agreement);
        next && in_upcoming_window(context, *next)) {
      add_upcoming(sink, "G009", agreement.source->value_location("/review/next"), context, *next,
                   message("G009.message.review_upcoming", {{"agreement", display_name(agreement)},
                                                            {"who", who_revises(registry, agreement)}}),
                   review_hint(), agreement.id);
    }
    if (const std::optional<Date> end = valid_to(agreement);
        end && in_upcoming_window(context, *end)) {
      add_upcoming(sink, "G009", agreement.source->value_location("/valid_to"), context, *end,
                   message("G009.message.validity_upcoming", {{"agreement", display_name(agreement)},
                                                              {"who", who_revises(registry, agreement)}}),
                   validity_hint(), agreement.id);
    }
  }
}

}  // namespace hok
