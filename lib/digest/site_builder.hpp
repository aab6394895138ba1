#pragma once
// The registry → the digest's page model: an index (what the registry is, key figures, the
// organisation chart, the open gaps in brief), a list page per kind and a page per record.
#include "document/message_catalog.hpp"
#include "digest/page_model.hpp"
#include "gaps/gap_report.hpp"
#include "model/registry.hpp"

namespace hok {

// Builds every page. People get pages (and appear anywhere) only when hok.yaml says
// `publish_contacts: true`. `gaps` are the registry's gaps as of the digest's date.
Site build_site(const Registry& registry, const GapReport& gaps, const MessageCatalog& catalog);

}  // namespace hok
