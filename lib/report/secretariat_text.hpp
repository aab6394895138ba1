#pragma once
// Reading the secretariat's part of a year's report (`reports/YYYY.md`) and the report settings
// for `hok report`. The text itself is read and checked by check/report_text.hpp — the same code
// `hok validate` runs, so both find the same problems.
#include <filesystem>
#include <optional>
#include <string>

#include "check/report_text.hpp"
#include "model/registry.hpp"

namespace hok {

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

}  // namespace hok
