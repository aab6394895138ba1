#pragma once
// Gap findings → text grouped by rule, Markdown checklist, CSV for spreadsheets, JSON.
// Every format carries the as-of date.
#include <string>
#include <vector>

#include "core/finding.hpp"
#include "core/finding_catalog.hpp"

namespace hok {

// Grouped by rule with counts, each gap as `file:line: [subject] message`, then a summary; the
// headings and the summary in `language`'s words (English when null), severities worded as
// things to record or decide ("85 gaps, 42 to look into" / "85 brister, 42 att se över").
std::string render_gaps_text(const std::vector<Finding>& gaps, const std::string& as_of, bool color,
                             const FindingCatalog* language = nullptr);
// A checklist to paste into a meeting agenda: one section per rule, `- [ ]` per gap.
std::string render_gaps_markdown(const std::vector<Finding>& gaps, const std::string& as_of,
                                 const FindingCatalog* language = nullptr);
// UTF-8 with BOM, CRLF, every field quoted; cells that a spreadsheet would run as a formula
// (starting with = + - @) are prefixed with an apostrophe.
std::string render_gaps_csv(const std::vector<Finding>& gaps, const std::string& as_of);
// validate's JSON objects plus `as_of` on each.
std::string render_gaps_json(const std::vector<Finding>& gaps, const std::string& as_of);

}  // namespace hok
