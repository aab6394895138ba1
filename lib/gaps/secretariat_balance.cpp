// G006: the secretariat's inner core is staffed equally by the two parties — the decision is
// two from Region Stockholm (HSF) and two from Storsthlm (seed 003 §7.1). Seats are summed by
// their `count` per side; a `joint` organisation counts for both sides, `other` for neither.
// Equal sides above zero are balanced (3 + 3 too); a core with no seat from either side is not.
#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

Message seats(int count) { return plural("G006.seats", count); }

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
    const Message region_actor = region_administration_name(registry);
    const std::string municipal_actor = municipal_association_name(registry);
    Message who;
    if (region < municipal) {
      who = message("G006.region_staffs", {{"actor", region_actor}});
    } else if (municipal < region) {
      who = message("G006.municipal_staffs", {{"actor", municipal_actor}});
    } else {
      who = message("G006.both_staff", {{"region", region_actor}, {"municipal", municipal_actor}});
    }
    sink.add("G006", group.core.empty() ? id_location(group) : group.source->key_location("/core"),
             message("G006.message", {{"group", display_name(group)},
                                      {"region", seats(region)},
                                      {"municipal", seats(municipal)},
                                      {"who", std::move(who)}}),
             message("G006.hint", {{"steering", official_steering_name(registry)}}),
             group.id);
  }
}

}  // namespace hok
