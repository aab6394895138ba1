#pragma once
// `hok report` as a library call: the annual follow-up report to VIS for one year, as one
// self-contained HTML file or as Markdown.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "model/registry.hpp"
#include "report/report_catalog.hpp"
#include "report/report_model.hpp"
#include "report/report_renderer.hpp"
#include "report/report_versions.hpp"
#include "report/secretariat_text.hpp"
#include "report/year_history.hpp"

namespace hok {

struct ReportOptions {
  int year = 0;
  Date as_of;  // normally 31 December of the year
  ReportFormat format = ReportFormat::Html;
  std::optional<std::string> language;             // default: hok.yaml's `language`
  std::optional<std::filesystem::path> templates;  // replaces built-in files by name
  // The registry as it stood at the end of the year before; nullptr: the year before is judged
  // from the records' dates in the year's registry.
  const Registry* previous = nullptr;
  // Which states of the registry were read, for the colophon; nullopt: the colophon says nothing.
  std::optional<ReportVersions> versions;
  std::optional<Date> made;                  // the paper's date; default: `as_of`
  std::optional<std::string> diarienummer;   // --diarienummer, else hok.yaml's report settings
  std::optional<SecretariatText> secretariat_text;  // reports/YYYY.md, read and checked
  // The registry as it stood at the end of earlier years, for the trend; a year not here is
  // judged from the records' dates.
  std::map<int, const Registry*> trend;
};

// The first year of the report's trend: the year the main agreement took effect (or was
// decided), at most ten years back; five years back without a main agreement.
int trend_first_year(const Registry& registry, int year);

// The report as data, for any renderer. `history` is nullptr when git was not read.
Report build_report(const Registry& registry, const ReportCatalog& catalog, const ReportOptions& options,
                    const YearHistory* history);

// The whole document for a registry that validated without errors. Throws HokError for a
// language hok has no texts for, or a broken template or catalogue.
// `unexplained`, when given, receives the abbreviations the report uses and cannot spell out
// (report_glossary.cpp), for the secretariat to add to hok.yaml's `abbreviations`.
std::string render_annual_report(const Registry& registry, const ReportOptions& options,
                                 const YearHistory* history, std::vector<std::string>* unexplained = nullptr);

}  // namespace hok
