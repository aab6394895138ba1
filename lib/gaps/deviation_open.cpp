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

Message subject_phrase(const Registry& registry, const Followup& followup) {
  const char* key = registry.agreement(followup.subject) ? "G015.of_agreement" : "G015.of_group";
  return message(key, {{"subject", display_name(registry, followup.subject)}});
}

Message who_closes(const Registry& registry, const Followup& followup, const Deviation& deviation) {
  if (deviation.responsible) {
    return message("G015.responsible_closes", {{"responsible", display_name(registry, *deviation.responsible)}});
  }
  const Agreement* agreement = registry.agreement(followup.subject);
  if (agreement && agreement->owner) {
    return message("G015.owner_assigns", {{"owner", display_name(registry, *agreement->owner)}});
  }
  if (registry.group(followup.subject)) {
    return message("G015.group_assigns", {{"group", display_name(registry, followup.subject)}});
  }
  return message("G015.steering_assigns", {{"steering", official_steering_name(registry)}});
}

Message deviation_phrase(const Registry& registry, const Followup& followup, const Deviation& deviation) {
  return message("G015.deviation", {{"description", short_description(deviation.description)},
                                    {"followup", followup.id},
                                    {"subject", subject_phrase(registry, followup)}});
}

Message close_hint() { return message("G015.hint"); }

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
             message("G015.message", {{"deviation", deviation_phrase(registry, followup, deviation)},
                                      {"date", format_date(due)},
                                      {"who", who_closes(registry, followup, deviation)}}),
             close_hint(), followup.id);
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
                 message("G015.message.upcoming", {{"deviation", deviation_phrase(registry, followup, deviation)},
                                                   {"who", who_closes(registry, followup, deviation)}}),
                 close_hint(), followup.id);
  });
}

}  // namespace hok
