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
      Message what = responsibility.name.empty() ? message("G007.unnamed_responsibility")
                                                 : message("G007.named_responsibility", {{"name", responsibility.name}});
      if (responsibility.agreement) {
        what = message("G007.responsibility_with_agreement",
                       {{"responsibility", std::move(what)},
                        {"agreement", display_name(registry, *responsibility.agreement)}});
      }
      sink.add("G007", group.source->value_location(responsibility.pointer),
               message("G007.message", {{"group", display_name(group)},
                                        {"status", group.status},
                                        {"what", std::move(what)},
                                        {"steering", official_steering_name(registry)}}),
               message("G007.hint"), group.id);
    }
  }
}

}  // namespace hok
