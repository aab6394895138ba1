// G010: an agreement in force with `adoption.required` must be adopted by every municipality
// concerned: the municipalities among its `parties`, or every municipality of the registry when
// the parties name none. A decision entry for the municipality counts, with or without a date
// (the date is recorded when known). Up to ten municipalities are named, then "and N more".
#include <algorithm>
#include <string>
#include <unordered_set>

#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

std::vector<const Municipality*> municipalities_concerned(const Registry& registry,
                                                          const Agreement& agreement) {
  const std::unordered_set<std::string> named(agreement.parties.begin(), agreement.parties.end());
  std::vector<const Municipality*> parties;
  for (const Municipality& municipality : registry.municipalities) {
    if (named.contains(municipality.id)) parties.push_back(&municipality);
  }
  if (!parties.empty()) return parties;
  for (const Municipality& municipality : registry.municipalities) parties.push_back(&municipality);
  return parties;
}

}  // namespace

void gap_adoption_missing(const Registry& registry, const GapContext&, FindingSink& sink) {
  for (const Agreement& agreement : registry.agreements) {
    if (agreement.status != "in-force" || !agreement.adoption || !agreement.adoption->required.value_or(false)) {
      continue;
    }
    std::unordered_set<std::string> decided;
    for (const AdoptionDecision& decision : agreement.adoption->decisions) decided.insert(decision.party);
    std::vector<std::string> missing;
    for (const Municipality* municipality : municipalities_concerned(registry, agreement)) {
      if (!decided.contains(municipality->id)) missing.push_back(display_name(*municipality));
    }
    if (missing.empty()) continue;
    sink.add("G010", agreement.source->key_location("/adoption"),
             plural("G010.message", static_cast<long long>(missing.size()),
                    {{"agreement", display_name(agreement)}, {"names", name_list(missing)}}),
             message("G010.hint"),
             agreement.id);
  }
}

}  // namespace hok
