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
             message("G005.message", {{"group", display_name(group)}, {"secretariat", secretariat_name(registry)}}),
             message("G005.hint"), group.id);
  }
}

}  // namespace hok
