#pragma once
// The organisation chart: groups under the group they report to, from the top (VIS) down, each
// with the agreements it owns; then the former forums (under avveckling) apart, each with its
// state, and the agreements without an owner in a box of their own. Internal to lib/digest.
#include <vector>

#include "digest/page_model.hpp"
#include "digest/site_context.hpp"

namespace hok {

std::vector<ChartNode> organisation_chart(const SiteContext& site);

}  // namespace hok
