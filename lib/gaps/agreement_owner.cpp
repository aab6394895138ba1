// G001: every agreement in force or under revision is managed and followed up by one consultation
// group that is at work (status establishing or active). Changes to the consultation groups'
// remits are matters for the officials' steering group, so it is the one that must act.
#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

// "a legacy forum that is decommissioned", "a consultation group that is paused".
std::string what_owner_is(const Group& owner) {
  const std::string type = owner.type == "consultation-group" ? "a consultation group"
                           : owner.type == "legacy-forum"     ? "a legacy forum"
                                                              : "a group of type " + owner.type;
  return fmt::format("{} that is {}", type, owner.status);
}

}  // namespace

void gap_agreement_owner(const Registry& registry, const GapContext&, FindingSink& sink) {
  for (const Agreement& agreement : registry.agreements) {
    if (agreement.status != "in-force" && agreement.status != "under-revision") continue;
    const std::string who = official_steering_name(registry);
    if (!agreement.owner) {
      sink.add("G001", id_location(agreement),
               fmt::format("agreement '{}' has no owner: {} assigns a consultation group to "
                           "manage and follow it up",
                           display_name(agreement), who),
               "add `owner:` with the id of the consultation group once it is decided",
               agreement.id);
      continue;
    }
    const Group* owner = registry.group(*agreement.owner);
    if (owner == nullptr) continue;  // E007/E008: the registry did not validate
    if (owner->type == "consultation-group" && is_active_group(*owner)) continue;
    sink.add("G001", agreement.source->value_location("/owner"),
             fmt::format("agreement '{}' is owned by '{}', {}, not by an active consultation "
                         "group: {} assigns a consultation group to manage and follow it up",
                         display_name(agreement), display_name(registry, owner->id),
                         what_owner_is(*owner), who),
             "set `owner:` to the consultation group that has taken the agreement over",
             agreement.id);
  }
}

}  // namespace hok
