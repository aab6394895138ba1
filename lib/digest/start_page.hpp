#pragma once
// The start page's first two sections: "Välj din kommun" (every municipality, a municipality's
// districts beside it) and "Att besluta nu" (agreements without an owner, overdue follow-ups,
// areas without a KSA or GSA), before any figure. Internal to lib/digest.
#include "digest/page_model.hpp"
#include "digest/site_context.hpp"
#include "gaps/gap_report.hpp"

namespace hok {

// The records the open (not waived) gaps of rule `code` are about, each once, in the gaps' order.
std::vector<std::string> open_subjects(const GapReport& gaps, const std::string& code);

Section choose_municipality(const SiteContext& site);
Section decide_now(const SiteContext& site, const GapReport& gaps);

}  // namespace hok
