#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "app/validation.hpp"
#include "command_registry.hpp"
#include "core/atomic_write.hpp"
#include "core/dates.hpp"
#include "registry_options.hpp"
#include "report/annual_report.hpp"
#include "report/year_history.hpp"

namespace hok::cli {

namespace {

struct ReportCommandOptions {
  RegistryArgs registry;
  int year = 0;
  std::string format = "html";
  std::string out;
  bool force = false;
  std::string language;
  std::string as_of;
  std::string templates;
};

void add_report(CLI::App& app, ReportCommandOptions& options) {
  CLI::App* command = app.add_subcommand(
      "report",
      "The annual follow-up report to VIS for a year: key figures against the year before, the agreements "
      "and their follow-ups, the organisation, local collaboration, representation, the action plan, what "
      "changed and the open gaps — as one self-contained HTML file (A4 print) or as Markdown.\n"
      "Example: hok report data --year 2025 --format html --out hok-2025.html");
  add_registry_options(command, options.registry);
  command->add_option("--year", options.year, "the year to report on, e.g. 2025")
      ->required()
      ->check(CLI::Range(1900, 9999));
  command
      ->add_option("--format", options.format,
                   "html (one self-contained file) or md (Markdown with Mermaid charts)")
      ->check(CLI::IsMember({"html", "md"}));
  command->add_option("--out", options.out, "the file to write (default: standard output)");
  command->add_flag("--force", options.force, "replace --out when it exists");
  command->add_option("--lang", options.language, "sv or en (default: hok.yaml's language)")
      ->check(CLI::IsMember({"sv", "en"}));
  add_as_of_option(command, options.as_of,
                   "judge the year as of this date, YYYY-MM-DD (default: 31 December of the year)");
  command->add_option(
      "--templates", options.templates,
      "a folder of files that replace hok's built-in report templates, stylesheet or catalogues by name");
}

int run_report(const ReportCommandOptions& options) {
  ReportOptions report;
  report.year = options.year;
  report.format = options.format == "md" ? ReportFormat::Markdown : ReportFormat::Html;
  if (!options.language.empty()) report.language = options.language;
  if (!options.templates.empty()) report.templates = std::filesystem::path(options.templates);
  report.as_of = as_of_date(options.as_of, Date{options.year, 12, 31});
  std::error_code error;
  if (!options.out.empty() && !options.force && std::filesystem::exists(options.out, error)) {
    throw HokError(fmt::format(
        "{} already exists; hok report does not overwrite a file unless you add --force", options.out));
  }

  std::unique_ptr<RegistrySource> source = open_registry(options.registry);
  // Only the typed records are needed (the year's history loads its own registries).
  ValidationResult validation = validate_or_refuse(*source, LoadOptions{0, false},
                                                   "a report over a broken registry would mislead VIS", "hok validate");
  YearHistory history = year_history(source->root(), options.registry.revision, options.year);
  std::string document = render_annual_report(*validation.load.registry, report, &history);

  if (options.out.empty()) {
    std::cout << document;
    std::cout.flush();
    return 0;
  }
  try {
    if (options.force) {
      write_file_atomically(options.out, document);
    } else {
      create_file_atomically(options.out, document);
    }
  } catch (const std::runtime_error& failure) {
    throw HokError(failure.what());
  }
  std::cerr << fmt::format("hok report: wrote the {} report for {} to {}\n", options.format, options.year,
                           options.out);
  return 0;
}

const CommandRegistration registration{{"report", [](CLI::App& app) -> std::function<int()> {
                                          auto options = std::make_shared<ReportCommandOptions>();
                                          add_report(app, *options);
                                          return [options] { return run_report(*options); };
                                        }}};

}  // namespace

}  // namespace hok::cli
