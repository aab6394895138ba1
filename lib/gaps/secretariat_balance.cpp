// G006: the secretariat's inner core is staffed equally by the two parties — the decision is
// two from Region Stockholm (HSF) and two from Storsthlm (seed 003 §7.1). Seats are summed by
// their `count` per side; a `joint` organisation counts for both sides, `other` for neither.
// Equal sides above zero are balanced (3 + 3 too); a core with no seat from either side is not.
#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

std::string seats(int count) { return fmt::format("{} seat{}", count, count == 1 ? "" : "s"); }

}  // namespace

void gap_secretariat_balance(const Registry& registry, const GapContext&, FindingSink& sink) {
  for (const Group& group : registry.groups) {
    if (group.type != "secretariat" || !is_active_group(group)) continue;
    int region = 0;
    int municipal = 0;
    for (const Seat& seat : group.core) {
      const std::string side = side_of(registry, seat.org);
      if (side == "region" || side == "joint") region += seat.count;
      if (side == "municipal" || side == "joint") municipal += seat.count;
    }
    if (region == municipal && region > 0) continue;
    const std::string region_actor = region_administration_name(registry);
    const std::string municipal_actor = municipal_association_name(registry);
    std::string who;
    if (region < municipal) {
      who = fmt::format("{} staffs the region side's seats", region_actor);
    } else if (municipal < region) {
      who = fmt::format("{} staffs the municipal side's seats", municipal_actor);
    } else {
      who = fmt::format("{} and {} each staff two seats", region_actor, municipal_actor);
    }
    sink.add("G006", group.core.empty() ? id_location(group) : group.source->key_location("/core"),
             fmt::format("the core of secretariat '{}' has {} from the region side and {} from "
                         "the municipal side, not the decided 2 + 2: {}",
                         display_name(group), seats(region), seats(municipal), who),
             "list the inner core under `core:` with the organisation and `count` of each side's "
             "seats; changes to the secretariat's staffing are matters for " +
                 official_steering_name(registry),
             group.id);
  }
}

}  // namespace hok
