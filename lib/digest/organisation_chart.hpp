#pragma once
// The organisation chart: groups under the group they report to, from the top (VIS) down, each
// with the agreements it owns. Internal to lib/digest.
#include <vector>

#include "digest/page_model.hpp"
#include "digest/site_context.hpp"

namespace hok {

std::vector<ChartNode> organisation_chart(const SiteContext& site);

}  // namespace hok
