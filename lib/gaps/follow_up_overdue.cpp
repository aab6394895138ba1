// G008: an agreement in force of type main-agreement, agreement, supplement or contract — or any
// agreement with a `follow_up` policy — is followed up every `follow_up.interval_months`
// (default 12). Contracts count because 003 §3.1 lists the transport-service contract
// (Färdtjänst) among the county-wide agreements the consultation groups manage and follow up;
// only the guideline, which the official steering group revises rather than follows up, is left
// out unless it has a `follow_up` policy.
// It is overdue when no follow-up record with the agreement as subject has a `date` in
// [as_of − interval, as_of]. Boundary: a follow-up dated exactly interval months before as_of
// still counts, so a yearly follow-up held on the same date every year never shows as a gap
// (add_months clamps to the month's end: 2025-02-28 − 12 months is 2024-02-28). A follow-up
// without a `date` has not been done yet and does not count; one dated after as_of neither.
#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

bool needs_follow_up(const Agreement& agreement) {
  if (agreement.status != "in-force") return false;
  return agreement.follow_up || agreement.type == "main-agreement" ||
         agreement.type == "agreement" || agreement.type == "supplement" ||
         agreement.type == "contract";
}

// Who follows the agreement up: the secretariat for the HÖK, else the owner.
Message who_follows_up(const Registry& registry, const Agreement& agreement) {
  if (agreement.type == "main-agreement") {
    return message("G008.secretariat_follows_up", {{"secretariat", secretariat_name(registry)},
                                                   {"steering", political_steering_name(registry)}});
  }
  if (agreement.owner) {
    return message("G008.owner_follows_up", {{"owner", display_name(registry, *agreement.owner)}});
  }
  return message("G008.no_owner", {{"steering", official_steering_name(registry)}});
}

}  // namespace

void gap_follow_up_overdue(const Registry& registry, const GapContext& context,
                           FindingSink& sink) {
  // The latest follow-up up to as_of per subject, in one pass (not every follow-up per agreement).
  std::unordered_map<std::string, Date> latest_by_subject;
  for (const Followup& followup : registry.followups) {
    const std::optional<Date> date = date_field(followup.date);
    if (!date || *date > context.as_of) continue;
    auto [it, added] = latest_by_subject.emplace(followup.subject, *date);
    if (!added && *date > it->second) it->second = *date;
  }
  for (const Agreement& agreement : registry.agreements) {
    if (!needs_follow_up(agreement)) continue;
    const int interval = agreement.follow_up ? agreement.follow_up->interval_months : 12;
    const Date since = add_months(context.as_of, -interval);
    std::optional<Date> latest;
    if (auto it = latest_by_subject.find(agreement.id); it != latest_by_subject.end()) latest = it->second;
    if (latest && *latest >= since) continue;
    Message last_seen = latest ? message("G008.latest", {{"date", format_date(*latest)}}) : message("G008.none");
    sink.add("G008",
             agreement.follow_up ? agreement.source->key_location("/follow_up")
                                 : id_location(agreement),
             message("G008.message", {{"agreement", display_name(agreement)},
                                      {"months", interval},
                                      {"as_of", format_date(context.as_of)},
                                      {"last_seen", std::move(last_seen)},
                                      {"who", who_follows_up(registry, agreement)}}),
             message("G008.hint", {{"subject", agreement.id}, {"year", context.as_of.year}}),
             agreement.id);
  }
}

}  // namespace hok
