// G001: every agreement in force or under revision has an owner at work (status establishing or
// active) of the right kind. The HÖK itself (`main-agreement`) and its guideline (`guideline`)
// are owned by the officials' steering group: it decides the guideline and its review, appoints
// the consultation groups and receives their reports, and the HÖK's yearly follow-up is prepared
// for it and VIS (seed 000; 003 §7.1, §7.4). Every other agreement is managed and followed up
// by one consultation group (003 §3.1); changes to the consultation groups' remits are matters
// for the officials' steering group, so it is the one that must act.
#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

bool owned_by_steering(const Agreement& agreement) {
  return agreement.type == "main-agreement" || agreement.type == "guideline";
}

// "a legacy forum that is decommissioned", "a consultation group that is paused".
Message what_owner_is(const Group& owner) {
  Message type = owner.type == "consultation-group"  ? message("G001.consultation_group")
                 : owner.type == "official-steering" ? message("G001.official_steering")
                 : owner.type == "legacy-forum"      ? message("G001.legacy_forum")
                                                     : message("G001.group_of_type", {{"type", owner.type}});
  return message("G001.owner_status", {{"type", std::move(type)}, {"status", owner.status}});
}

}  // namespace

void gap_agreement_owner(const Registry& registry, const GapContext&, FindingSink& sink) {
  for (const Agreement& agreement : registry.agreements) {
    if (agreement.status != "in-force" && agreement.status != "under-revision") continue;
    const std::string who = official_steering_name(registry);
    const bool steering = owned_by_steering(agreement);
    if (!agreement.owner) {
      sink.add("G001", id_location(agreement),
               steering ? message("G001.message.no_owner_steering",
                                  {{"agreement", display_name(agreement)}, {"steering", who}})
                        : message("G001.message.no_owner",
                                  {{"agreement", display_name(agreement)}, {"steering", who}}),
               steering ? message("G001.hint.no_owner_steering") : message("G001.hint.no_owner"),
               agreement.id);
      continue;
    }
    const Group* owner = registry.group(*agreement.owner);
    if (owner == nullptr) continue;  // E007/E008: the registry did not validate
    const std::string wanted = steering ? "official-steering" : "consultation-group";
    if (owner->type == wanted && is_active_group(*owner)) continue;
    sink.add("G001", agreement.source->value_location("/owner"),
             message(steering ? "G001.message.inactive_owner_steering" : "G001.message.inactive_owner",
                     {{"agreement", display_name(agreement)},
                      {"owner", display_name(registry, owner->id)},
                      {"what", what_owner_is(*owner)},
                      {"steering", who}}),
             message(steering ? "G001.hint.inactive_owner_steering" : "G001.hint.inactive_owner"),
             agreement.id);
  }
}

}  // namespace hok
