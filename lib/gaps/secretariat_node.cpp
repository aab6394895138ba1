// G005: each consultation group names 1–2 node people to the joint secretariat's outer circle
// (seed 003 §6.2); a group at work (establishing or active) without one is a gap.
#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

void gap_secretariat_node(const Registry& registry, const GapContext&, FindingSink& sink) {
  for (const Group& group : registry.groups) {
    if (group.type != "consultation-group" || !is_active_group(group)) continue;
    if (!group.secretariat_nodes.empty()) continue;
    sink.add("G005", id_location(group),
             fmt::format("consultation group '{}' has no node in the secretariat: the group "
                         "appoints 1–2 node people to {}'s outer circle",
                         display_name(group), secretariat_name(registry)),
             "add `secretariat_nodes:` with a seat (org, person) for each node person", group.id);
  }
}

}  // namespace hok
