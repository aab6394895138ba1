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
    // Unknown is not no: what nobody has recorded is "uppgift saknas", what the editors recorded
    // the group does not have (`lacks`) is said as such, each with what closes it.
    std::vector<Message> missing;
    std::vector<Message> lacking;
    std::vector<Message> actions;
    if (!group.mandate || !group.mandate->adopted) {
      if (group.lacks_recorded("mandate")) {
        lacking.push_back(message("G004.has_not.mandate"));
        actions.push_back(message("G004.action.draft_mandate", {{"secretariat", secretariat_name(registry)}}));
      } else {
        missing.push_back(message("G004.lacks.mandate"));
        actions.push_back(message("G004.action.mandate", {{"secretariat", secretariat_name(registry)}}));
      }
    }
    bool chair_unknown = false;
    bool chair_lacking = false;
    const std::pair<const char*, const std::vector<Seat>*> leads[] = {{"chair", &group.chair},
                                                                      {"process_lead", &group.process_lead}};
    for (const auto& [field, seats] : leads) {
      if (!seats->empty()) continue;
      if (group.lacks_recorded(field)) {
        lacking.push_back(message(std::string("G004.has_not.") + field));
        chair_lacking = true;
      } else {
        missing.push_back(message(std::string("G004.lacks.") + field));
        chair_unknown = true;
      }
    }
    if (chair_unknown) actions.push_back(message("G004.action.chair"));
    else if (chair_lacking) actions.push_back(message("G004.action.appoint"));
    const Sides sides = represented_sides(registry, group);
    if (!sides.region) {
      missing.push_back(message("G004.lacks.region"));
      actions.push_back(message("G004.action.region", {{"actor", region_administration_name(registry)}}));
    }
    if (!sides.municipal) {
      missing.push_back(message("G004.lacks.municipal"));
      actions.push_back(message("G004.action.municipal", {{"actor", municipal_association_name(registry)}}));
    }
    if (missing.empty() && lacking.empty()) continue;
    // The actions are joined with "; ": a list of clauses, not of nouns.
    Message joined = actions.front();
    for (std::size_t index = 1; index < actions.size(); ++index) {
      joined = message("G004.actions", {{"first", std::move(joined)}, {"next", std::move(actions[index])}});
    }
    const char* key = lacking.empty() ? "G004.message" : missing.empty() ? "G004.message.lacking" : "G004.message.both";
    std::vector<MessageArg> arguments{{"group", display_name(group)}, {"actions", std::move(joined)}};
    if (!missing.empty()) arguments.emplace_back("missing", list_and(std::move(missing)));
    if (!lacking.empty()) arguments.emplace_back("lacking", list_and(std::move(lacking)));
    sink.add("G004", id_location(group), message(key, std::move(arguments)), message("G004.hint"), group.id);
  }
}

}  // namespace hok
