// G001: every agreement in force or under revision is managed and followed up by one consultation
// group that is at work (status establishing or active). Changes to the consultation groups'
// remits are matters for the officials' steering group, so it is the one that must act.
#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

// "a legacy forum that is decommissioned", "a consultation group that is paused".
Message what_owner_is(const Group& owner) {
  Message type = owner.type == "consultation-group" ? message("G001.consultation_group")
                 : owner.type == "legacy-forum"     ? message("G001.legacy_forum")
                                                    : message("G001.group_of_type", {{"type", owner.type}});
  return message("G001.owner_status", {{"type", std::move(type)}, {"status", owner.status}});
}

}  // namespace

void gap_agreement_owner(const Registry& registry, const GapContext&, FindingSink& sink) {
  for (const Agreement& agreement : registry.agreements) {
    if (agreement.status != "in-force" && agreement.status != "under-revision") continue;
    const std::string who = official_steering_name(registry);
    if (!agreement.owner) {
      sink.add("G001", id_location(agreement),
               message("G001.message.no_owner", {{"agreement", display_name(agreement)}, {"steering", who}}),
               message("G001.hint.no_owner"),
               agreement.id);
      continue;
    }
    const Group* owner = registry.group(*agreement.owner);
    if (owner == nullptr) continue;  // E007/E008: the registry did not validate
    if (owner->type == "consultation-group" && is_active_group(*owner)) continue;
    sink.add("G001", agreement.source->value_location("/owner"),
             message("G001.message.inactive_owner", {{"agreement", display_name(agreement)},
                                                     {"owner", display_name(registry, owner->id)},
                                                     {"what", what_owner_is(*owner)},
                                                     {"steering", who}}),
             message("G001.hint.inactive_owner"),
             agreement.id);
  }
}

}  // namespace hok
