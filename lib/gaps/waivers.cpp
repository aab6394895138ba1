// G016 and G017: waivers in hok.yaml, `{rule, subject, reason, until}`. A waiver matches the
// gaps with its rule and its subject. While as_of ≤ until they are marked waived (the first
// waiver in force wins); once until has passed they stay open and the waiver is reported as
// expired (G016). A waiver that matches no gap — mended, or mistyped — is unused (G017), even
// when expired. Both are reported at the waiver in hok.yaml. Upcoming gaps (--expiring) are not
// gaps yet: they are neither waived nor make a waiver used.
#include <algorithm>

#include <fmt/format.h>

#include "core/spelling.hpp"
#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

bool is_waivable_rule(const std::string& code) {
  const auto& checks = gap_checks();
  return std::any_of(checks.begin(), checks.end(),
                     [&](const GapCheck& check) { return code == check.code; });
}

// Why a waiver matches nothing, and how to mend it.
std::pair<Message, Message> unused_reason(const Registry& registry, const Waiver& waiver) {
  if (!is_waivable_rule(waiver.rule)) {
    return {message("G017.reason.not_waivable", {{"rule", waiver.rule}}), message("G017.hint.rule")};
  }
  if (registry.find(waiver.subject) == nullptr) {
    const std::optional<std::string> near = nearest_match(waiver.subject, registry.all_ids());
    return {message("G017.reason.no_record", {{"subject", waiver.subject}}),
            near ? message("hint.did_you_mean", {{"suggestion", *near}}) : message("G017.hint.subject")};
  }
  return {message("G017.reason.no_gap"), message("G017.hint.no_gap")};
}

}  // namespace

void gap_waivers(const Registry& registry, const GapContext& context,
                 const std::vector<std::string>& rules_off, std::vector<Finding>& gaps,
                 FindingSink& sink) {
  const RegistrySettings& settings = registry.settings;
  for (const Waiver& waiver : settings.waivers) {
    if (std::find(rules_off.begin(), rules_off.end(), waiver.rule) != rules_off.end()) continue;
    const Location location = settings.source->value_location(waiver.pointer);
    const Message which = message("G016.waiver", {{"rule", waiver.rule}, {"subject", waiver.subject}});
    std::vector<Finding*> matches;
    for (Finding& gap : gaps) {
      if (gap.code == waiver.rule && gap.subject == waiver.subject) matches.push_back(&gap);
    }
    if (matches.empty()) {
      auto [reason, hint] = unused_reason(registry, waiver);
      sink.add("G017", location, message("G017.message", {{"waiver", which}, {"reason", std::move(reason)}}),
               std::move(hint), waiver.subject);
      continue;
    }
    const std::optional<Date> until = parse_date(waiver.until);
    if (until && context.as_of <= *until) {
      for (Finding* gap : matches) {
        if (gap->waived_reason) continue;
        gap->waived_reason = waiver.reason;
        gap->waived_until = waiver.until;
      }
      continue;
    }
    sink.add("G016", location,
             message("G016.message", {{"waiver", which}, {"until", waiver.until}}), message("G016.hint"),
             waiver.subject);
  }
}

}  // namespace hok
