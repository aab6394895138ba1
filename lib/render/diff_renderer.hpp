#pragma once
// A registry diff as text (terminal), Markdown (a pull-request comment: summary first, details
// folded) and JSON.
#include <string>

#include "app/registry_diff.hpp"

namespace hok {

std::string render_diff_text(const RegistryDiff& diff);
std::string render_diff_markdown(const RegistryDiff& diff);
std::string render_diff_json(const RegistryDiff& diff);

// "2 records changed, 1 added; 1 finding introduced; 3 gaps closed" — or "no changes".
std::string diff_summary(const RegistryDiff& diff);

}  // namespace hok
