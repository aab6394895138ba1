#pragma once
// The organisation chart in bands, one per level of the collaboration: politisk nivå,
// tjänstemannanivå, samrådsgrupper, delregional nivå, lokal nivå (and other groups, when there are
// any). In its band each group stands under the group it reports to when that group is in the
// same band (the secretariat under the official steering group, a working group under its
// consultation group), with the agreements it owns under it; a band where nothing is recorded
// says so. Then the former forums (under avveckling) apart, each with its state, and the
// agreements without an owner in a box of their own. Internal to lib/digest.
#include <vector>

#include "digest/page_model.hpp"
#include "digest/site_context.hpp"

namespace hok {

// The chart's roots: the bands, then the former forums and the agreements without an owner.
std::vector<ChartNode> organisation_chart(const SiteContext& site);

}  // namespace hok
