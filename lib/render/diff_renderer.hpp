#pragma once
// A registry diff as text (terminal), Markdown (a pull-request comment: summary first, details
// folded) and JSON, in the catalogue's language (the `diff.…` texts of its cli namespace; the
// JSON's field names and its `change` values stay the same in every language).
#include <string>

#include "app/registry_diff.hpp"
#include "core/finding_catalog.hpp"

namespace hok {

std::string render_diff_text(const RegistryDiff& diff, const FindingCatalog& catalog);
std::string render_diff_markdown(const RegistryDiff& diff, const FindingCatalog& catalog);
std::string render_diff_json(const RegistryDiff& diff, const FindingCatalog& catalog);

// "records: 2 changed, 1 added; 1 finding introduced; 3 gaps closed" — or "no changes".
std::string diff_summary(const RegistryDiff& diff, const FindingCatalog& catalog);

}  // namespace hok
