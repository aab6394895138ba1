#pragma once
// One page per record, one builder per kind. Internal to lib/digest.
#include <algorithm>

#include "digest/page_model.hpp"
#include "digest/site_context.hpp"

namespace hok {

Page agreement_page(const SiteContext& site, const Agreement& agreement);
Page group_page(const SiteContext& site, const Group& group);
Page municipality_page(const SiteContext& site, const Municipality& municipality);
Page district_page(const SiteContext& site, const District& district);
Page subregion_page(const SiteContext& site, const Subregion& subregion);
Page organisation_page(const SiteContext& site, const Organisation& organisation);
Page function_page(const SiteContext& site, const CoordinatingFunction& function);
Page plan_page(const SiteContext& site, const Plan& plan);
Page followup_page(const SiteContext& site, const Followup& followup);
Page person_page(const SiteContext& site, const Person& person);

// Whether `ids` holds `id` (an agreement's parties, a page's areas).
inline bool contains_id(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// "Er kommun i samverkan", first on a municipality's page (district: null) and a district's page:
// KSA and GSA, forums with a seat, agreements and their adoption, open gaps, whom to contact.
Section area_summary(const SiteContext& site, const Municipality& municipality, const District* district);

// The page's frame: path, title, kind and list page, without sections.
Page record_page_frame(const SiteContext& site, const RecordBase& record);
// Appends the description (when there is one), "what points here" and the sources cited to a
// record page; `cited_elsewhere`: the page's other texts that may cite a source.
void finish_record_page(const SiteContext& site, const RecordBase& record, Page& page,
                        const std::vector<std::string>& cited_elsewhere = {});
// A date range "2022-09-01 – 2026-12-31", either end may be missing.
Cell date_range(const std::optional<std::string>& from, const std::optional<std::string>& to);

}  // namespace hok
