#include "report/dated_state.hpp"

#include <algorithm>

#include "gaps/gap_support.hpp"

namespace hok {

bool on_or_before(const std::optional<std::string>& date, const Date& day) {
  if (!date) return true;
  std::optional<Date> parsed = parse_date(*date);
  return !parsed || *parsed <= day;
}

bool in_year(const std::optional<std::string>& date, int year) {
  if (!date) return false;
  std::optional<Date> parsed = parse_date(*date);
  return parsed && parsed->year == year;
}

namespace {

// True when an optional ISO date is present and before `day`.
bool before(const std::optional<std::string>& date, const Date& day) {
  if (!date) return false;
  std::optional<Date> parsed = parse_date(*date);
  return parsed && *parsed < day;
}

bool after(const std::optional<std::string>& date, const Date& day) {
  if (!date) return false;
  std::optional<Date> parsed = parse_date(*date);
  return parsed && *parsed > day;
}

}  // namespace

bool agreement_in_force_on(const Agreement& agreement, const Date& day) {
  if (after(agreement.valid_from, day)) return false;
  if (agreement.status == "in-force" || agreement.status == "under-revision") {
    return !before(agreement.valid_to, day);
  }
  if (agreement.status == "expired" || agreement.status == "replaced") {
    return agreement.valid_to && !before(agreement.valid_to, day);
  }
  return false;
}

bool group_exists_on(const Group& group, const Date& day) {
  if (group.status == "planned" || after(group.established, day)) return false;
  if (group.status == "decommissioned") return after(group.decommissioned, day);
  return !(group.decommissioned && on_or_before(group.decommissioned, day));
}

bool function_active_on(const CoordinatingFunction& function, const Date& day) {
  return function.status == "active" && on_or_before(function.appointed, day);
}

bool deviation_open_on(const Deviation& deviation, const Date& day) {
  return !deviation.closed || after(deviation.closed, day);
}

std::vector<LocalArea> local_areas(const Registry& registry) {
  std::vector<LocalArea> areas;
  for (const Municipality& municipality : registry.municipalities) {
    const std::string name = municipality.name.value_or(municipality.id);
    std::vector<const District*> districts = registry.districts_of(municipality.id);
    if (districts.empty()) areas.push_back({municipality.id, name, municipality.id, municipality.subregion});
    for (const District* district : districts) {
      areas.push_back(
          {district->id, district->name.value_or(district->id), municipality.id, municipality.subregion});
    }
  }
  return areas;
}

std::vector<const CoordinatingFunction*> area_functions(const Registry& registry, const std::string& area_id,
                                                        const std::string& role, const Date& day) {
  std::vector<const CoordinatingFunction*> found;
  for (const CoordinatingFunction& function : registry.functions) {
    if (function.area == area_id && function.has_role(role) && function_active_on(function, day)) {
      found.push_back(&function);
    }
  }
  return found;
}

Known area_has_function(const Registry& registry, const std::string& area_id, const std::string& role,
                        const Date& day) {
  bool vacant = false;
  for (const CoordinatingFunction& function : registry.functions) {
    if (function.area != area_id || !function.has_role(role)) continue;
    if (function_active_on(function, day)) return Known::yes;
    vacant = vacant || function.status == "vacant";
  }
  return vacant ? Known::no : Known::unknown;
}

Known EstablishmentCriteria::established() const {
  const Known parts[] = {mandate, both_sides, chair, process_lead};
  if (std::all_of(std::begin(parts), std::end(parts), [](Known k) { return k == Known::yes; }))
    return Known::yes;
  if (status_not_yet ||
      std::any_of(std::begin(parts), std::end(parts), [](Known k) { return k == Known::no; }))
    return Known::no;
  return Known::unknown;
}

namespace {

// Seats recorded: yes; the group lacks them: no; else not known.
Known seats_known(const Group& group, const std::vector<Seat>& seats, const char* field) {
  if (!seats.empty()) return Known::yes;
  return group.lacks_recorded(field) ? Known::no : Known::unknown;
}

}  // namespace

EstablishmentCriteria establishment_criteria(const Registry& registry, const Group& group, const Date& day,
                                             int year) {
  EstablishmentCriteria criteria;
  if (group.mandate && group.mandate->adopted) {
    criteria.mandate = on_or_before(group.mandate->adopted, day) ? Known::yes : Known::no;
  } else if (group.lacks_recorded("mandate")) {
    criteria.mandate = Known::no;
  }
  bool region = false;
  bool municipal = false;
  for (const std::vector<Seat>* seats : {&group.chair, &group.process_lead, &group.members}) {
    for (const Seat& seat : *seats) {
      const std::string side = side_of(registry, seat.org);
      region = region || side == "region" || side == "joint";
      municipal = municipal || side == "municipal" || side == "joint";
    }
  }
  if (region && municipal) criteria.both_sides = Known::yes;
  criteria.chair = seats_known(group, group.chair, "chair");
  criteria.process_lead = seats_known(group, group.process_lead, "process_lead");
  criteria.secretariat_node = seats_known(group, group.secretariat_nodes, "secretariat_nodes");
  if (std::any_of(group.annual_plans.begin(), group.annual_plans.end(),
                  [&](const AnnualPlan& plan) { return plan.year == year; })) {
    criteria.annual_plan = Known::yes;
  }
  criteria.status_not_yet = group.status == "planned" || group.status == "establishing";
  return criteria;
}

AdoptionCount adoption_count(const Registry& registry, const Agreement& agreement, const Date& day) {
  std::vector<const Municipality*> concerned;
  for (const Municipality& municipality : registry.municipalities) {
    if (std::find(agreement.parties.begin(), agreement.parties.end(), municipality.id) !=
        agreement.parties.end()) {
      concerned.push_back(&municipality);
    }
  }
  if (concerned.empty()) {
    for (const Municipality& municipality : registry.municipalities) concerned.push_back(&municipality);
  }
  AdoptionCount count;
  count.of = static_cast<int>(concerned.size());
  if (!agreement.adoption) return count;
  for (const Municipality* municipality : concerned) {
    const auto& decisions = agreement.adoption->decisions;
    count.adopted += std::any_of(decisions.begin(), decisions.end(), [&](const AdoptionDecision& decision) {
      return decision.party == municipality->id && on_or_before(decision.date, day);
    });
  }
  return count;
}

const Agreement* main_agreement(const Registry& registry) {
  for (const Agreement& agreement : registry.agreements) {
    if (agreement.type == "main-agreement" && agreement.status != "draft") return &agreement;
  }
  return nullptr;
}

bool is_regional_body(const Group& group) {
  return group.type == "political-steering" || group.type == "official-steering" ||
         group.type == "secretariat" || group.type == "consultation-group";
}

}  // namespace hok
