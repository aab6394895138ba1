#pragma once
// Findings → text (compiler style), JSON, GitHub workflow commands. Renderers see findings and
// the files' text, never YAML nodes.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.hpp"
#include "core/finding_catalog.hpp"
#include "core/source_file.hpp"

namespace hok {

struct RenderContext {
  std::map<std::string, SourceFilePtr> files;  // by registry-relative path, for source lines
  std::size_t file_count = 0;                  // files read, for the summary line
  bool color = false;
  std::string path_prefix;  // prepended to file paths (github: the registry's path in the repository)
  const FindingCatalog* catalog = nullptr;  // the summary's language; English when null
};

// `path:line:col: severity[code] name: message`, the source line with a caret under the span and
// the hint, one block per finding, then a summary line ("3 errors, 1 warning in 2 of 96 files").
std::string render_text(const std::vector<Finding>& findings, const RenderContext& context);

// The summary line alone, in `language`'s words (English when null).
std::string render_summary(const std::vector<Finding>& findings, std::size_t file_count,
                           const FindingCatalog* language = nullptr);

// A JSON array of {code, name, severity, file, line, column, message, hint, subject}
// (plus waived, waiver_reason, waiver_until when a gap is waived). See docs/output-formats.md.
std::string render_json(const std::vector<Finding>& findings, const std::string& path_prefix = "");

// One line of source as printed under a finding, and where its caret goes.
struct SourceExcerpt {
  std::string shown;  // tabs as spaces, control and invisible characters escaped, "…" where cut
  int caret = 1;      // the display column (1-based) in `shown` of the finding's first character
};

// A character of a line: its byte offset and its column (1-based, in characters).
struct LinePlace {
  std::size_t offset = 0;
  int column = 1;
};

// The excerpt of `line` for a finding at character column `column`. A line that prints in 200
// columns is shown whole; a longer one is cut after 200 columns with "…" when the finding lies in
// its first 140, else shown as a window from up to 60 columns before the finding to 200 columns in
// all, "…" marking each cut. So the output per finding is bounded, however long the line. `place`,
// when given, is a character known on this line (the previous finding's), counted on from when it
// lies before `column`, and is set to the finding's character: many findings along one line cost
// the distance between them, not the line's length each.
SourceExcerpt excerpt_of_line(std::string_view line, int column, LinePlace* place = nullptr);

// One `::error file=…,line=…,col=…,title=E007 unresolved-reference::message` line per finding,
// followed by the readable text.
std::string render_github(const std::vector<Finding>& findings, const RenderContext& context);

}  // namespace hok
