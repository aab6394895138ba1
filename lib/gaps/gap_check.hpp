#pragma once
// A gap rule is a small function over a registry that validated without errors, appending one
// finding per gap it sees as of a date. Each lives in its own file (gaps/<rule_name>.cpp) and is
// listed in gaps/gap_checks.cpp. Waivers (G016, G017) work on the others' findings: gap_waivers.
#include <vector>

#include "core/dates.hpp"
#include "core/finding.hpp"
#include "model/registry.hpp"

namespace hok {

struct GapContext {
  Date as_of;
  int expiring_days = 0;  // > 0: the window (as_of, as_of + expiring_days] for upcoming gaps
};

using GapFunction = void (*)(const Registry& registry, const GapContext& context,
                             FindingSink& sink);

struct GapCheck {
  const char* code;
  GapFunction run;
  // Gaps that open within context.expiring_days (info); nullptr for rules without a due date.
  GapFunction upcoming = nullptr;
};

// The gap rules G001–G015 and G018, in code order (G016 and G017 are the waivers').
const std::vector<GapCheck>& gap_checks();

// G001: an agreement in force or under revision without an active consultation group as owner.
void gap_agreement_owner(const Registry& registry, const GapContext& context, FindingSink& sink);
// G002: a local area (a district, or a municipality without districts) with no active KSA.
void gap_area_ksa(const Registry& registry, const GapContext& context, FindingSink& sink);
// G003: a local area with no active GSA.
void gap_area_gsa(const Registry& registry, const GapContext& context, FindingSink& sink);
// G004: a consultation group being established or active that lacks a part of its setup.
void gap_group_not_established(const Registry& registry, const GapContext& context,
                               FindingSink& sink);
// G005: an active consultation group with no node in the secretariat's outer circle.
void gap_secretariat_node(const Registry& registry, const GapContext& context, FindingSink& sink);
// G006: an active secretariat whose core seats are not balanced between the two sides.
void gap_secretariat_balance(const Registry& registry, const GapContext& context,
                             FindingSink& sink);
// G007: a legacy forum not wound down with a responsibility nobody has taken over.
void gap_legacy_transfer(const Registry& registry, const GapContext& context, FindingSink& sink);
// G008: an agreement in force with no follow-up dated within its interval before as_of.
void gap_follow_up_overdue(const Registry& registry, const GapContext& context,
                           FindingSink& sink);
// G009: review.next or (while in force) valid_to before as_of.
void gap_review_overdue(const Registry& registry, const GapContext& context, FindingSink& sink);
void upcoming_review_overdue(const Registry& registry, const GapContext& context,
                             FindingSink& sink);
// G010: municipalities with no decision on an in-force agreement that requires adoption.
void gap_adoption_missing(const Registry& registry, const GapContext& context, FindingSink& sink);
// G011: an active consultation group with no annual plan for the as-of year.
void gap_annual_plan_missing(const Registry& registry, const GapContext& context,
                             FindingSink& sink);
// G012: plan years up to the as-of year without goals; goals without an active owner.
void gap_plan_breakdown(const Registry& registry, const GapContext& context, FindingSink& sink);
// G013: a municipality seated in no active regional group.
void gap_representation(const Registry& registry, const GapContext& context, FindingSink& sink);
// G014: a function whose review_by is before as_of.
void gap_function_review(const Registry& registry, const GapContext& context, FindingSink& sink);
void upcoming_function_review(const Registry& registry, const GapContext& context,
                              FindingSink& sink);
// G015: a follow-up deviation whose due date is before as_of and that is not closed.
void gap_deviation_open(const Registry& registry, const GapContext& context, FindingSink& sink);
void upcoming_deviation_open(const Registry& registry, const GapContext& context,
                             FindingSink& sink);
// G018: a decision to adopt an in-force agreement recorded without its date (info).
void gap_adoption_undated(const Registry& registry, const GapContext& context, FindingSink& sink);

// G016, G017: marks the `gaps` that a waiver in force covers; appends to `sink` a G016 for each
// expired waiver whose gap is still open and a G017 for each waiver that matches no gap.
// Waivers of rules in `rules_off` are ignored.
void gap_waivers(const Registry& registry, const GapContext& context,
                 const std::vector<std::string>& rules_off, std::vector<Finding>& gaps,
                 FindingSink& sink);

}  // namespace hok
