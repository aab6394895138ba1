#pragma once
// Where the secretariat keeps its own words for a year's report: `reports/YYYY.md` in the
// registry (docs/report.md, "The secretariat's part"). The loader reads each such file into the
// registry's files with the kind "reports" (its text only: it holds no record); the check layer
// reads and checks the text (check/report_text.hpp).
#include <optional>
#include <string>

namespace hok {

// The kind the loader gives the secretariat's texts among the registry's files, and their folder.
inline constexpr const char* kReportTextKind = "reports";

// The path of the year's file inside the registry: "reports/2025.md".
std::string secretariat_text_path(int year);

// The year of a path of the form "reports/YYYY.md" (four digits); nullopt for any other path.
std::optional<int> secretariat_text_year(const std::string& path);

}  // namespace hok
