#pragma once
// A check is one rule: a small function over the loaded registry that appends findings.
// Each lives in its own file (check/<rule_name>.cpp) and is listed in check/validate_checks.cpp;
// its code, name and severity are stated in rules/<code>.json (stage "check"), and a test checks
// that this table runs exactly those.
#include "core/finding.hpp"
#include "model/registry.hpp"

namespace hok {

using CheckFunction = void (*)(const Registry& registry, FindingSink& sink);

struct Check {
  const char* code;
  CheckFunction run;
};

// The cross-reference and consistency checks of `hok validate` (E005–E010, E013–E015), in
// code order. E001–E004, E011 and E012 come from loading.
const std::vector<Check>& validate_checks();

}  // namespace hok
