#pragma once
// A small valid county for the gap tests: each test adds or replaces only the files it needs.
#include <map>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/finding.hpp"
#include "gaps/gap_report.hpp"

namespace hok::test {

using Files = std::map<std::string, std::string>;

// The as-of date on which the base registry has no gap at all.
inline constexpr Date kGapsAsOf{2025, 6, 15};

// The base registry: municipalities Borg (with district Hamnen), Dal, and Norr (coordinated by
// KSON); an active KSA and GSA in each local area; VIS, the officials' steering group, the
// secretariat (2 + 2 core) and consultation group samrad-barn, fully set up; agreement BUS owned
// by it, followed up 2025-03-01. It validates without errors and has no gap on kGapsAsOf.
Files gaps_base();
// The base with `path` added or replaced.
Files gaps_base_with(const std::string& path, const std::string& text);

// Loads `files` and computes the gaps with `options`.
GapReport gaps_report(const Files& files, const GapOptions& options);
// The findings with `code` as of `as_of`, with --expiring `expiring_days`.
std::vector<Finding> gaps_with(const Files& files, const std::string& code,
                               Date as_of = kGapsAsOf, int expiring_days = 0);

}  // namespace hok::test
