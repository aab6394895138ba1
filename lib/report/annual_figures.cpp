#include "report/annual_figures.hpp"

#include <algorithm>

#include "report/dated_state.hpp"

namespace hok {

namespace {

bool followed_up_in(const Registry& registry, const Agreement& agreement, int year) {
  return std::any_of(registry.followups.begin(), registry.followups.end(), [&](const Followup& followup) {
    return followup.subject == agreement.id && followup.year == year;
  });
}

}  // namespace

KeyFigures key_figures_on(const Registry& registry, const Date& day, int followup_year) {
  KeyFigures figures;
  figures.day = day;
  figures.followup_year = followup_year;
  for (const Agreement& agreement : registry.agreements) {
    if (!agreement_in_force_on(agreement, day)) continue;
    ++figures.agreements_in_force;
    figures.agreements_followed_up += followed_up_in(registry, agreement, followup_year);
  }
  for (const LocalArea& area : local_areas(registry)) {
    figures.areas_with_ksa.add(area_has_function(registry, area.id, "ksa", day));
    figures.areas_with_gsa.add(area_has_function(registry, area.id, "gsa", day));
  }
  for (const Group& group : registry.groups) {
    if (group.type != "consultation-group" || !group_exists_on(group, day)) continue;
    figures.groups_established.add(establishment_criteria(registry, group, day, day.year).established());
  }
  if (const Agreement* hok = main_agreement(registry)) {
    AdoptionCount adoption = adoption_count(registry, *hok, day);
    figures.main_agreement_adopted = Share{adoption.adopted, adoption.of};
  }
  for (const Followup& followup : registry.followups) {
    if (followup.year > followup_year) continue;
    for (const Deviation& deviation : followup.deviations)
      figures.open_deviations += deviation_open_on(deviation, day);
  }
  return figures;
}

AnnualFigures compute_annual_figures(const Registry& registry, int year, const Date& as_of,
                                     const Registry* previous) {
  AnnualFigures figures;
  figures.year = year;
  figures.current = key_figures_on(registry, as_of, year);
  figures.previous = key_figures_on(previous ? *previous : registry, Date{year - 1, 12, 31}, year - 1);
  figures.previous_from_version = previous != nullptr;
  return figures;
}

}  // namespace hok
