// G004: a consultation group counts as established when it has an adopted mandate, a chair and a
// process lead, and representation from both parties (seed 003 §7.2). The group constitutes
// itself — it chooses its chair and process lead — and drafts its mandate together with the
// joint secretariat; Storsthlm and HSF see to its representation. Representation is read from
// the chair, process_lead and members seats: a municipality stands for the municipal side, an
// organisation for its `side`, and a `joint` organisation for both.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "check/wording.hpp"
#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

struct Sides {
  bool region = false;
  bool municipal = false;
};

Sides represented_sides(const Registry& registry, const Group& group) {
  Sides sides;
  for (const std::vector<Seat>* seats : {&group.chair, &group.process_lead, &group.members}) {
    for (const Seat& seat : *seats) {
      const std::string side = side_of(registry, seat.org);
      sides.region = sides.region || side == "region" || side == "joint";
      sides.municipal = sides.municipal || side == "municipal" || side == "joint";
    }
  }
  return sides;
}

}  // namespace

void gap_group_not_established(const Registry& registry, const GapContext&, FindingSink& sink) {
  for (const Group& group : registry.groups) {
    if (group.type != "consultation-group" || !is_active_group(group)) continue;
    std::vector<std::string> missing;
    std::vector<std::string> actions;
    if (!group.mandate || !group.mandate->adopted) {
      missing.push_back("an adopted mandate");
      actions.push_back(
          fmt::format("the group drafts its mandate with {} and records when it was adopted",
                      secretariat_name(registry)));
    }
    if (group.chair.empty()) missing.push_back("a chair");
    if (group.process_lead.empty()) missing.push_back("a process lead");
    if (group.chair.empty() || group.process_lead.empty()) {
      actions.push_back("the group appoints its own chair and process lead");
    }
    const Sides sides = represented_sides(registry, group);
    if (!sides.region) {
      missing.push_back("representation from the region side");
      actions.push_back(fmt::format("{} sees to the region's seats",
                                    region_administration_name(registry)));
    }
    if (!sides.municipal) {
      missing.push_back("representation from the municipal side");
      actions.push_back(fmt::format("{} sees to the municipalities' seats",
                                    municipal_association_name(registry)));
    }
    if (missing.empty()) continue;
    sink.add("G004", id_location(group),
             fmt::format("consultation group '{}' is not fully established: it lacks {}: {}",
                         display_name(group), join_list(missing, " and "),
                         fmt::join(actions, "; ")),
             "record what is in place under mandate.adopted, chair, process_lead and members",
             group.id);
  }
}

}  // namespace hok
