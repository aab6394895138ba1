// G018: a decision to adopt an agreement in force that is recorded without its date. The
// decision is known to exist (G010 is quiet about it), but when it was taken is a fact still to
// collect, so each such party is named once, at its entry under adoption.decisions, as `info`.
// A separate code from G010 (rules.md: codes never change meaning), so that a secretariat can
// turn the collecting of dates off or waive it without silencing missing decisions. The
// secretariat collects the dates: it prepares the follow-up of the county-wide agreements (003
// §7.1). Every in-force agreement with decisions counts, whether or not adoption is required:
// a recorded decision without a date is incomplete either way.
#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

void gap_adoption_undated(const Registry& registry, const GapContext&, FindingSink& sink) {
  for (const Agreement& agreement : registry.agreements) {
    if (agreement.status != "in-force" || !agreement.adoption) continue;
    for (const AdoptionDecision& decision : agreement.adoption->decisions) {
      if (decision.date) continue;
      const std::string party = display_name(registry, decision.party);
      sink.add("G018", agreement.source->value_location(pointer_append(decision.pointer, "party")),
               message("G018.message", {{"agreement", display_name(agreement)},
                                        {"party", party},
                                        {"secretariat", secretariat_name(registry)}}),
               message("G018.hint", {{"party_id", decision.party}}),
               agreement.id);
    }
  }
}

}  // namespace hok
