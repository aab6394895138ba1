// G015: a deviation found in a follow-up whose `due` date is before as_of (due today is not
// overdue yet) and that has no `closed` date. The responsible group closes it; a deviation
// without one falls to whoever carries the follow-up's subject. With --expiring, open
// deviations whose due date falls in (as_of, as_of + DAYS] are upcoming gaps.
#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

// The description's first line, cut to about 60 characters at a UTF-8 boundary.
std::string short_description(const std::string& description) {
  constexpr std::size_t kLimit = 60;
  std::string text = description.substr(0, description.find('\n'));
  if (text.size() <= kLimit) return text;
  std::size_t cut = kLimit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
}

std::string subject_phrase(const Registry& registry, const Followup& followup) {
  const char* kind = registry.agreement(followup.subject) ? "agreement" : "group";
  return fmt::format("{} '{}'", kind, display_name(registry, followup.subject));
}

std::string who_closes(const Registry& registry, const Followup& followup,
                       const Deviation& deviation) {
  if (deviation.responsible) {
    return fmt::format("'{}', responsible for it, closes it or sets a new due date",
                       display_name(registry, *deviation.responsible));
  }
  const Agreement* agreement = registry.agreement(followup.subject);
  if (agreement && agreement->owner) {
    return fmt::format("it has no responsible group, so the agreement's owner '{}' assigns one",
                       display_name(registry, *agreement->owner));
  }
  if (registry.group(followup.subject)) {
    return fmt::format("it has no responsible group, so '{}' assigns one",
                       display_name(registry, followup.subject));
  }
  return fmt::format("it has no responsible group, so {} assigns one",
                     official_steering_name(registry));
}

std::string deviation_phrase(const Registry& registry, const Followup& followup,
                             const Deviation& deviation) {
  return fmt::format("deviation '{}' from follow-up '{}' of {}",
                     short_description(deviation.description), followup.id,
                     subject_phrase(registry, followup));
}

const char* kHint = "set `closed:` to the date it was dealt with, or agree a new `due` date";

template <typename Visit>
void each_open_deviation(const Registry& registry, Visit visit) {
  for (const Followup& followup : registry.followups) {
    for (const Deviation& deviation : followup.deviations) {
      if (deviation.closed) continue;
      if (const std::optional<Date> due = date_field(deviation.due)) {
        visit(followup, deviation, *due);
      }
    }
  }
}

}  // namespace

void gap_deviation_open(const Registry& registry, const GapContext& context, FindingSink& sink) {
  each_open_deviation(registry, [&](const Followup& followup, const Deviation& deviation,
                                    const Date& due) {
    if (!(due < context.as_of)) return;
    sink.add("G015", followup.source->value_location(pointer_append(deviation.pointer, "due")),
             fmt::format("{} was due on {} and is not closed: {}",
                         deviation_phrase(registry, followup, deviation), format_date(due),
                         who_closes(registry, followup, deviation)),
             kHint, followup.id);
  });
}

void upcoming_deviation_open(const Registry& registry, const GapContext& context,
                             FindingSink& sink) {
  each_open_deviation(registry, [&](const Followup& followup, const Deviation& deviation,
                                    const Date& due) {
    if (!in_upcoming_window(context, due)) return;
    add_upcoming(sink, "G015",
                 followup.source->value_location(pointer_append(deviation.pointer, "due")),
                 context, due,
                 fmt::format("{} falls due and is not closed: {}",
                             deviation_phrase(registry, followup, deviation),
                             who_closes(registry, followup, deviation)),
                 kHint, followup.id);
  });
}

}  // namespace hok
