#include "check/checks.hpp"

namespace hok {

void check_unsafe_transfer(const Registry& registry, FindingSink& sink) {
  for (const Group& group : registry.groups) {
    if (group.status != "decommissioned") continue;
    for (const Responsibility& responsibility : group.responsibilities) {
      if (responsibility.taken_over_by && !responsibility.taken_over_by->empty()) continue;
      Message what = responsibility.name.empty()
                         ? message("E014.unnamed_responsibility")
                         : message("E014.named_responsibility", {{"name", responsibility.name}});
      sink.add("E014", group.source->value_location(responsibility.pointer),
               message("E014.message", {{"group", group.id}, {"what", std::move(what)}}), message("E014.hint"),
               group.id);
    }
  }
}

}  // namespace hok
