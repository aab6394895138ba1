// G007: no forum from before the HÖK may be wound down before what it carried is taken over.
// Every legacy forum that is not decommissioned (a paused forum still holds its duties; a
// decommissioned one is E014's) is checked: each responsibility without `taken_over_by` is a
// gap, placed at the responsibility. Changes to the consultation groups' remits are matters for
// the officials' steering group.
#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

void gap_legacy_transfer(const Registry& registry, const GapContext&, FindingSink& sink) {
  for (const Group& group : registry.groups) {
    if (group.type != "legacy-forum" || group.status == "decommissioned") continue;
    for (const Responsibility& responsibility : group.responsibilities) {
      if (responsibility.taken_over_by) continue;
      std::string what = responsibility.name.empty() ? std::string("a responsibility")
                                                     : "'" + responsibility.name + "'";
      if (responsibility.agreement) {
        what += fmt::format(" (agreement '{}')", display_name(registry, *responsibility.agreement));
      }
      sink.add("G007", group.source->value_location(responsibility.pointer),
               fmt::format("legacy forum '{}' is {} and still carries {}, which no group has "
                           "taken over: {} names the consultation group that takes it over",
                           display_name(group), group.status, what,
                           official_steering_name(registry)),
               "add `taken_over_by:` with the id of the group that now carries it", group.id);
    }
  }
}

}  // namespace hok
