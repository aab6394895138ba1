// G013 (info): a municipality seated — as `org` of a chair, process_lead, members,
// secretariat_nodes or core seat — in no regional group at work (establishing or active) of type
// political-steering, official-steering, secretariat or consultation-group. Seats held by the
// municipality's units or by Storsthlm on its behalf do not count: the rule asks where the
// municipality itself sits. Storsthlm sees to the municipalities' representation (seed 003 §7.2).
#include <set>

#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

bool is_regional(const Group& group) {
  return group.type == "political-steering" || group.type == "official-steering" ||
         group.type == "secretariat" || group.type == "consultation-group";
}

std::set<std::string> seated_orgs(const Registry& registry) {
  std::set<std::string> seated;
  for (const Group& group : registry.groups) {
    if (!is_regional(group) || !is_active_group(group)) continue;
    for (const std::vector<Seat>* seats : {&group.chair, &group.process_lead, &group.members,
                                           &group.secretariat_nodes, &group.core}) {
      for (const Seat& seat : *seats) seated.insert(seat.org);
    }
  }
  return seated;
}

}  // namespace

void gap_representation(const Registry& registry, const GapContext&, FindingSink& sink) {
  const std::set<std::string> seated = seated_orgs(registry);
  for (const Municipality& municipality : registry.municipalities) {
    if (seated.count(municipality.id) != 0) continue;
    sink.add("G013", id_location(municipality),
             message("G013.message", {{"municipality", display_name(municipality)},
                                      {"association", municipal_association_name(registry)}}),
             message("G013.hint"),
             municipality.id);
  }
}

}  // namespace hok
