#pragma once
// What `hok mv` changes, as text: the file renamed, then one `file:line: old → new` line per
// changed line, then a count.
#include <string>

#include "app/record_rename.hpp"

namespace hok {

// The plan's changes; `written` says whether they were made or would be (--dry-run).
std::string render_rename_text(const RenamePlan& plan, bool written);

}  // namespace hok
