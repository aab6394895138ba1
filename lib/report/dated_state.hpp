#pragma once
// What the registry says held on a given day, read from the records' own dates. The registry
// keeps only the current status of a record, so an earlier day is judged from its dates: a
// function appointed after the day did not exist then, an agreement whose `valid_from` is later
// was not yet in force. A record without the date in question counts as present on every day.
#include <optional>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "model/registry.hpp"

namespace hok {

// True when an optional ISO date is absent or on/before `day`: "it had happened by then, or we
// cannot tell otherwise".
bool on_or_before(const std::optional<std::string>& date, const Date& day);
// True when an optional ISO date is present and falls in `year`.
bool in_year(const std::optional<std::string>& date, int year);

// An agreement in force on `day`: status in-force or under-revision, `valid_from` not after the
// day and `valid_to` not before it; an expired or replaced agreement whose `valid_to` is on or
// after the day (it still held then). Drafts never.
bool agreement_in_force_on(const Agreement& agreement, const Date& day);

// A group that existed on `day`: not planned, `established` not after the day, and not
// decommissioned on or before it.
bool group_exists_on(const Group& group, const Date& day);

// An active function that had been appointed by `day` (or has no `appointed` date).
bool function_active_on(const CoordinatingFunction& function, const Date& day);

// A deviation not closed on or before `day`. Deviations count by their follow-up's `year`, not
// by the day the follow-up was done: the follow-up of a year is often done early the next year.
bool deviation_open_on(const Deviation& deviation, const Date& day);

// A local area: a district, or a municipality without districts.
struct LocalArea {
  std::string id;
  std::string name;
  std::string municipality;  // the municipality's id (the area itself for a municipality)
  std::string subregion;     // the municipality's subregion id
};
// Every local area, in registry order of municipalities, districts after their municipality.
std::vector<LocalArea> local_areas(const Registry& registry);
// The active functions of `role` ("ksa", "gsa") for an area on `day`.
std::vector<const CoordinatingFunction*> area_functions(const Registry& registry, const std::string& area_id,
                                                        const std::string& role, const Date& day);

// What the registry says of a fact: recorded yes, recorded no, or not recorded. A report never
// shows the third as the second (docs/report.md, "Unknown is not no").
enum class Known { yes, no, unknown };

// The area's coordinating function of `role` on `day`: yes with an active one, no with one
// recorded as vacant (and none active), unknown without any.
Known area_has_function(const Registry& registry, const std::string& area_id, const std::string& role,
                        const Date& day);

// The seed's criteria for an established consultation group (003 §7.2) and the two things the
// HÖK's guideline asks of it besides, each as it stood on a day. "no" only where the registry
// says so: the group `lacks` it, or (for the mandate) it was adopted after the day.
struct EstablishmentCriteria {
  Known mandate = Known::unknown;     // a mandate adopted by the day
  Known both_sides = Known::unknown;  // seats from the region side and from the municipal side
  Known chair = Known::unknown;
  Known process_lead = Known::unknown;
  Known secretariat_node = Known::unknown;
  Known annual_plan = Known::unknown;  // an annual plan for the year
  bool status_not_yet = false;         // the group's status is planned or establishing
  // The criteria of 003 §7.2 (mandate, representation, chair and process lead): yes when all
  // four are recorded, no when one is recorded missing or the status says the group is still
  // being established, else unknown.
  Known established() const;
};
EstablishmentCriteria establishment_criteria(const Registry& registry, const Group& group, const Date& day,
                                             int year);

// How many of the municipalities concerned had adopted an agreement by `day`: those among its
// parties, or all municipalities when the parties name none (as G010 counts them). A decision
// without a date counts on every day.
struct AdoptionCount {
  int adopted = 0;
  int of = 0;
};
AdoptionCount adoption_count(const Registry& registry, const Agreement& agreement, const Date& day);

// The registry's main agreement (the first of type main-agreement that is not a draft); nullptr
// when it has none.
const Agreement* main_agreement(const Registry& registry);

// A group that counts as regional for representation (G013): political or official steering,
// the secretariat, a consultation group.
bool is_regional_body(const Group& group);

}  // namespace hok
