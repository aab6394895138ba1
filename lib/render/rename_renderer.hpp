#pragma once
// What `hok mv` changes, as text: the file renamed, then one `file:line: old → new` line per
// changed line, then a count; in the catalogue's language (messages/<language>.json, `mv.*`).
#include <string>

#include "app/record_rename.hpp"
#include "core/finding_catalog.hpp"

namespace hok {

// The plan's changes; `written` says whether they were made or would be (--dry-run).
std::string render_rename_text(const RenamePlan& plan, bool written,
                               const FindingCatalog& catalog = FindingCatalog::english());

}  // namespace hok
