#pragma once
// `hok gaps` as a library call: who is missing where, as of a date (rules G001–G018).
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/finding.hpp"
#include "model/registry.hpp"

namespace hok {

// What to compute: the as-of date, how far ahead to look for gaps about to open, which rules.
struct GapOptions {
  Date as_of;
  // > 0: also list, as `info`, the gaps that open within this many days: a review.next,
  // review_by, in-force valid_to or open deviation's due date in (as_of, as_of + expiring_days].
  int expiring_days = 0;
  // Rule codes to keep ("G002"); empty keeps every rule, G016 and G017 included.
  std::vector<std::string> rules;
};

// The gaps found, ready for any renderer.
struct GapReport {
  Date as_of;
  // Sorted by file, line, column, code; hok.yaml's severity overrides applied (rules set to
  // `off` removed); gaps covered by a waiver in force carry waived_reason and waived_until.
  std::vector<Finding> findings;

  // How many of the findings the secretariat has accepted for the time being (waived_reason).
  int waived() const;
};

// Computes every gap rule as of options.as_of on a registry that validated without errors.
GapReport compute_gaps(const Registry& registry, const GapOptions& options);

}  // namespace hok
