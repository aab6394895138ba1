#pragma once
// The history part of `hok show ID` (git/record_history.hpp), as text and as JSON.
#include <string>

#include <nlohmann/json.hpp>

#include "core/finding_catalog.hpp"
#include "git/record_history.hpp"

namespace hok {

// "History (git, from HEAD): last changed 2026-11-20 in a1b2c3d." and one line per commit
// (date, short id, author, first line of the message); plain words when there is no history.
std::string render_history_text(const RecordHistory& history, const FindingCatalog& catalog = FindingCatalog::english());

// {status, path, revision, commits[{id, short_id, date, author, summary}], more, uncommitted}.
nlohmann::ordered_json history_json(const RecordHistory& history);

}  // namespace hok
