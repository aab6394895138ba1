#pragma once
// The secretariat's own words for a year's report, kept in the registry as `reports/YYYY.md`:
// the proposed decision, the assessment and a comment per agreement, in Markdown with one
// top-level heading per part (docs/report.md, "The secretariat's part"):
//
//   # Förslag till beslut        (or: # Proposed decision)
//   # Bedömning                  (or: # Sekretariatets bedömning, # Assessment)
//   # Överenskommelser           (or: # Agreements), then one `## <agreement id>` per comment
//
// Each part's text is CommonMark. hok generates the figures; people write the judgements.
//
// The text is read here, in the check layer, so that `hok validate` finds its problems like a
// record's (the loader puts every `reports/YYYY.md` among the registry's files, kind "reports")
// and `hok report` reads it with the same code before it merges it into the paper. A problem
// reuses the code of the rule it is a case of (rules/E002.json, E004.json, E007.json, E008.json):
//   text before the first heading, an unknown part, text under '# Överenskommelser' outside a
//   comment                                        → E004 (the file's shape)
//   a part written twice, an agreement commented twice → E002 (the same key twice)
//   a comment headed by an id that no record has   → E007 (with "did you mean" among the agreements)
//   a comment headed by the id of another kind of record → E008
#include <map>
#include <optional>
#include <string>

#include "core/finding.hpp"
#include "model/registry.hpp"
#include "model/report_texts.hpp"

namespace hok {

struct SecretariatText {
  std::optional<std::string> proposal;        // CommonMark; nullopt: the part is not written
  std::optional<std::string> assessment;      // CommonMark
  std::map<std::string, std::string> comments;  // agreement id → CommonMark
};

// Reads `text`, the content of the file at `path` (for the findings' locations). Every problem
// is added to `sink` at its line: E004 for text before the first heading, an unknown part or
// text under '# Överenskommelser' that no '## id' heads; E002 for a part given twice or an
// agreement commented twice; E007 for a comment on an id no record has (with the nearest
// agreement id as a hint); E008 for a comment on a record that is not an agreement. What can be
// read is returned all the same (a comment under a wrong heading is left out).
SecretariatText parse_secretariat_text(const std::string& path, const std::string& text, const Registry& registry,
                                       FindingSink& sink);

// `hok validate`'s check of every secretariat's text the loader read (the registry's files of
// kind "reports"), against the registry's agreements. A file whose bytes could not be read
// (E003 from the loader) has no text and gives nothing here.
void check_secretariat_texts(const Registry& registry, FindingSink& sink);

}  // namespace hok
