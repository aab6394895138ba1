#pragma once
// The annual report's key figures for a year, and the same figures for the year before, read
// from the records' dates (dated_state.hpp): what a reader of the summary compares.
#include <optional>

#include "core/dates.hpp"
#include "model/registry.hpp"
#include "report/dated_state.hpp"

namespace hok {

// x of N, and of the rest how many are recorded as "no"; the others are not recorded.
struct Share {
  int count = 0;
  int of = 0;
  int no = 0;
  int unknown() const { return of - count - no; }
  void add(Known known) {
    ++of;
    count += known == Known::yes;
    no += known == Known::no;
  }
  bool operator==(const Share&) const = default;
};

// The figures as they stood on one day.
struct KeyFigures {
  Date day;
  int followup_year = 0;  // the follow-ups that count: those of this `year` (or earlier)
  int agreements_in_force = 0;
  int agreements_followed_up = 0;  // in force, with a follow-up whose `year` is `followup_year`
  Share areas_with_ksa;            // local areas (districts, municipalities without districts)
  Share areas_with_gsa;
  Share groups_established;                     // consultation groups meeting 003 §7.2, of those existing
  std::optional<Share> main_agreement_adopted;  // municipalities; nullopt without a main agreement
  int open_deviations = 0;  // of follow-ups of `followup_year` or earlier, not closed by `day`
};

struct AnnualFigures {
  int year = 0;
  KeyFigures current;                  // as of the report date
  KeyFigures previous;                 // as of 31 December of the year before
  bool previous_from_version = false;  // read from the registry as it stood then, not from dates
};

// The figures on `day`, counting follow-ups of `followup_year`.
KeyFigures key_figures_on(const Registry& registry, const Date& day, int followup_year);

// The report's figures: `year` as of `as_of` (normally 31 December of the year), and year − 1 as
// of its 31 December — read from `previous` (the registry as it stood then) when given, else from
// the records' dates in `registry`.
AnnualFigures compute_annual_figures(const Registry& registry, int year, const Date& as_of,
                                     const Registry* previous = nullptr);

}  // namespace hok
