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
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/registry.hpp"

namespace hok {

struct SecretariatText {
  std::optional<std::string> proposal;        // CommonMark; nullopt: the part is not written
  std::optional<std::string> assessment;      // CommonMark
  std::map<std::string, std::string> comments;  // agreement id → CommonMark
};

// A problem in the file, at its 1-based line: shown as `reports/2025.md:12: …`.
struct SecretariatTextProblem {
  int line = 0;
  std::string message;
};

// The path of the year's file inside the registry: "reports/2025.md".
std::string secretariat_text_path(int year);

// A text file of the registry as it stands now — in the working tree under `registry_root`, or
// in `revision` when one is given — by its path in the registry ("reports/2025.md"). nullopt
// when there is none. The secretariat writes its part after the year has ended, so it is read
// from the newest state, not from the year's. Throws HokError for a file that cannot be read or
// is larger than 1 MiB.
std::optional<std::string> read_registry_text(const std::filesystem::path& registry_root,
                                              const std::string& revision, const std::string& path);

// The diarienummer hok.yaml's `report: {diarienummer: {YYYY: …}}` gives for `year`; nullopt
// when it gives none. `settings` is hok.yaml's text (already validated against its schema).
std::optional<std::string> diarienummer_setting(const std::string& settings, int year);

// Reads `text` (the file's content). Every problem is appended to `problems`: text before the
// first heading, an unknown part, a part given twice, a comment for an id that is no agreement of
// `registry` (with the nearest id as a suggestion), an agreement commented twice.
SecretariatText parse_secretariat_text(const std::string& text, const Registry& registry,
                                       std::vector<SecretariatTextProblem>& problems);

}  // namespace hok
