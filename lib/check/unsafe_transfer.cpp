#include <fmt/format.h>

#include "check/checks.hpp"

namespace hok {

void check_unsafe_transfer(const Registry& registry, FindingSink& sink) {
  for (const Group& group : registry.groups) {
    if (group.status != "decommissioned") continue;
    for (const Responsibility& responsibility : group.responsibilities) {
      if (responsibility.taken_over_by && !responsibility.taken_over_by->empty()) continue;
      const std::string what = responsibility.name.empty()
                                   ? std::string("one of its responsibilities")
                                   : "its responsibility '" + responsibility.name + "'";
      sink.add(
          "E014", group.source->value_location(responsibility.pointer),
          fmt::format("group '{}' is decommissioned, but {} has not been taken over by any "
                      "group; no forum may be wound down before what it carried is taken "
                      "over",
                      group.id, what),
          "add `taken_over_by:` with the id of the group that now carries it, or do not mark the "
          "group decommissioned until it has been taken over",
          group.id);
    }
  }
}

}  // namespace hok
