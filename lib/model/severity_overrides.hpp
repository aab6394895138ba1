#pragma once
// hok.yaml's `severity:` section applied to findings: validate's and the gap rules' alike, so it
// lives below both (app and gaps).
#include <vector>

#include "core/finding.hpp"
#include "model/registry.hpp"

namespace hok {

// Applies `severity:` from hok.yaml; findings of rules set to `off` are removed.
void apply_severity_overrides(std::vector<Finding>& findings, const RegistrySettings& settings);

}  // namespace hok
