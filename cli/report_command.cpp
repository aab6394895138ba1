#include <algorithm>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "app/validation.hpp"
#include "command_registry.hpp"
#include "core/atomic_write.hpp"
#include "core/byte_scan.hpp"
#include "core/dates.hpp"
#include "core/finding_catalog.hpp"
#include "document/pdf_print.hpp"
#include "git/revision_source.hpp"
#include "help_text.hpp"
#include "model/severity_overrides.hpp"
#include "registry_options.hpp"
#include "render/finding_renderer.hpp"
#include "report/annual_report.hpp"
#include "report/report_versions.hpp"
#include "report/secretariat_text.hpp"
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
  std::string diarienummer;
};

void add_report(CLI::App& app, ReportCommandOptions& options) {
  CLI::App* command = app.add_subcommand("report", help_text("help.report"));
  add_registry_options(command, options.registry);
  command->add_option("--year", options.year, help_text("help.report.year"))
      ->required()
      ->check(CLI::Range(1900, 9999).description("1900-9999"));
  command
      ->add_option("--format", options.format, help_text("help.report.format"))
      ->check(CLI::IsMember({"html", "md", "pdf"}));
  command->add_option("--out", options.out, help_text("help.report.out"));
  command->add_flag("--force", options.force, help_text("help.report.force"));
  add_language_option(command, options.language, "help.lang.report");
  add_as_of_option(command, options.as_of, "help.report.as_of");
  command->add_option("--diarienummer", options.diarienummer, help_text("help.report.diarienummer"))
      ->check(not_empty("error.empty.diarienummer"));
  command->add_option(
      "--templates", options.templates, help_text("help.report.templates"));
}

// Whether a finding is about the records, not about a secretariat's text (reports/YYYY.md): the
// report checks the text of its own year itself (secretariat_text, below) against the year's
// registry and prints its problems with their lines; another year's text is no part of this
// report and does not stop it (hok validate reports it).
bool about_records(const Finding& finding) { return !secretariat_text_year(finding.location.file); }

// The registry validated, refused (exit 2) while a record has an error.
ValidationResult validate_records_or_refuse(const RegistrySource& source, const std::string& validate_command) {
  ValidationResult validation = validate_registry(source, LoadOptions{0, false});
  const auto errors = std::count_if(validation.findings.begin(), validation.findings.end(), [](const Finding& finding) {
    return finding.severity == Severity::Error && about_records(finding);
  });
  if (errors > 0) {
    throw HokError(plural("error.refuse_broken", static_cast<long long>(errors),
                          {{"consequence", message("error.consequence.report")}, {"command", validate_command}}));
  }
  return validation;
}

// The registry as it stood at an earlier commit; no registry (an empty result) when that commit
// holds none or it has validation errors: such a state is not used, and the year is judged from
// the records' dates instead.
ValidationResult previous_state_at(const std::filesystem::path& root, const std::string& commit) {
  ValidationResult state;
  try {
    state = validate_registry(*revision_source(root, commit), LoadOptions{0, false});
  } catch (const HokError&) {
    return ValidationResult{};
  }
  const bool broken = std::any_of(state.findings.begin(), state.findings.end(), [](const Finding& finding) {
    return finding.severity == Severity::Error && about_records(finding);
  });
  if (broken) return ValidationResult{};
  return state;
}

// The registry as it stood at the end of the year before; when it cannot be used,
// `versions.previous` is reset and the year before is judged from the records' dates.
ValidationResult previous_state(const std::filesystem::path& root, ReportVersions& versions) {
  if (!versions.previous) return ValidationResult{};
  ValidationResult previous = previous_state_at(root, versions.previous->id);
  if (!previous.load.registry) versions.previous.reset();
  return previous;
}

// The secretariat's part for the year (reports/YYYY.md), checked against the year's registry by
// the same code as `hok validate` (check/report_text.hpp); nullopt when it has written none. Its
// findings are printed as validate prints them (`reports/2025.md:14:4: error[E007] …`, in the
// registry's language), and the report is refused while one is an error (hok.yaml's `severity:`
// applies, as in validate).
std::optional<SecretariatText> secretariat_text(const std::filesystem::path& root, const std::string& revision,
                                                int year, const Registry& registry, const std::string& language) {
  const std::string path = secretariat_text_path(year);
  std::optional<std::string> text = read_registry_text(root, revision, path);
  if (!text) return std::nullopt;
  auto file = std::make_shared<SourceFile>();
  file->path = path;
  file->kind = kReportTextKind;
  FindingSink sink;
  // The same byte gate as every file the loader reads (E003): valid UTF-8, no control bytes.
  const ByteScanResult scan = scan_bytes(path, *text, std::size_t{1} << 20, sink);
  if (scan.had_bom) text->erase(0, 3);
  SecretariatText parsed;
  if (scan.readable) {
    file->text = std::move(*text);
    parsed = parse_secretariat_text(path, file->text, registry, sink);
  }
  std::vector<Finding> findings = std::move(sink.findings());
  apply_severity_overrides(findings, registry.settings);
  sort_findings(findings);
  if (findings.empty()) return parsed;
  const FindingCatalog& catalog = finding_catalog(language, registry.settings);
  localize_findings(findings, catalog);
  RenderContext context;
  context.files[path] = file;
  context.file_count = 1;
  context.catalog = &catalog;
  std::cerr << render_text(findings, context);
  const auto errors = std::count_if(findings.begin(), findings.end(),
                                    [](const Finding& finding) { return finding.severity == Severity::Error; });
  if (errors > 0) {
    throw HokError(plural("error.report.text_problems", static_cast<long long>(errors), {{"file", path}}));
  }
  return parsed;
}

int run_report(const ReportCommandOptions& options) {
  ReportOptions report;
  report.year = options.year;
  report.format = options.format == "md" ? ReportFormat::Markdown : ReportFormat::Html;
  if (!options.language.empty()) report.language = options.language;
  if (!options.templates.empty()) report.templates = std::filesystem::path(options.templates);
  report.as_of = as_of_date(options.as_of, Date{options.year, 12, 31});
  std::unique_ptr<RegistrySource> source = open_registry(options.registry);
  const std::filesystem::path root = source->root();
  // The secretariat's part and the report settings are read from the newest state (the working
  // tree, or --rev): they are written after the year has ended.
  const std::string& revision = options.registry.revision;
  const std::optional<std::string> settings = read_registry_text(root, revision, "hok.yaml");
  // The year as it was: the registry at the last commit on or before the day the year is judged
  // on, and the year before at the end of year − 1 (report_versions.hpp).
  ReportVersions versions =
      choose_report_versions(root, options.registry.revision, options.year, report.as_of, today());
  std::string validate_command = options.registry.revision.empty()
                                     ? std::string("hok validate")
                                     : "hok validate --rev " + options.registry.revision;
  if (versions.year_from == ReportVersions::Year::YearEnd) {
    try {
      source = revision_source(root, versions.year->id);
      validate_command = "hok validate --rev " + versions.year->short_id;
    } catch (const HokError&) {
      versions.year_from = ReportVersions::Year::NotCommitted;  // the registry was not in that commit
      versions.year.reset();
    }
  }
  // Only the typed records are needed (the year's history loads its own registries).
  ValidationResult validation = validate_records_or_refuse(*source, validate_command);
  // A PDF is printed from the HTML by Chromium. Checked once the registry is read, so that the
  // refusal is in the registry's language; nothing is written before.
  std::optional<std::filesystem::path> pdf_engine;
  if (options.format == "pdf") {
    if (options.out.empty()) {
      throw HokError(message("error.report.pdf_needs_out", {{"example", "hok-" + std::to_string(options.year) + ".pdf"}}));
    }
    pdf_engine = find_pdf_engine();
    if (!pdf_engine) {
      throw HokError(message("error.report.no_pdf_engine"));
    }
  }
  std::error_code error;
  if (!options.out.empty() && !options.force && std::filesystem::exists(options.out, error)) {
    throw HokError(message("error.report.exists", {{"path", options.out}}));
  }

  ValidationResult previous = previous_state(root, versions);
  if (versions.previous) report.previous = previous.load.registry.get();
  report.made = versions.today;
  if (!options.diarienummer.empty()) {
    report.diarienummer = options.diarienummer;
  } else if (settings) {
    report.diarienummer = diarienummer_setting(*settings, options.year);
  }
  report.secretariat_text =
      secretariat_text(root, revision, options.year, *validation.load.registry, options.language);
  report.versions = versions;
  // The trend: the registry at the end of each earlier year since the HÖK's start, where kept.
  std::vector<ValidationResult> trend_states;
  const int first = trend_first_year(*validation.load.registry, options.year);
  for (const auto& [year, commit] : year_end_states(root, revision, first, options.year - 1)) {
    // The year before is the state already loaded for the comparison: not read a second time.
    if (versions.previous && commit.id == versions.previous->id && previous.load.registry) {
      report.trend[year] = previous.load.registry.get();
      continue;
    }
    ValidationResult state = previous_state_at(root, commit.id);
    if (state.load.registry) {
      report.trend[year] = state.load.registry.get();
      trend_states.push_back(std::move(state));
    }
  }
  YearHistory history = year_history(root, options.registry.revision, options.year);
  std::vector<std::string> unexplained;
  std::string document = render_annual_report(*validation.load.registry, report, &history, &unexplained);
  if (pdf_engine) document = print_html_to_pdf(document, *pdf_engine);
  // For the secretariat, on standard error, what the paper still lacks before it can go to VIS:
  // the assessment and the registration number, which only people can give, and the
  // abbreviations hok cannot spell out. The paper is written all the same, as a draft to finish.
  auto say = [](const Message& words) { std::cerr << "hok report: " << run_catalog().render(words) << "\n"; };
  auto name_what_is_missing = [&] {
    if (!report.secretariat_text || !report.secretariat_text->assessment) {
      say(message("report_command.unfinished.assessment", {{"year", options.year}}));
    }
    if (!report.diarienummer || report.diarienummer->empty()) say(message("report_command.unfinished.diarienummer"));
    if (!unexplained.empty()) {
      say(plural("report_command.unexplained", static_cast<long long>(unexplained.size()),
                 {{"terms", fmt::format("{}", fmt::join(unexplained, ", "))}}));
    }
  };

  if (options.out.empty()) {
    std::cout << document;
    std::cout.flush();
    name_what_is_missing();
    return 0;
  }
  try {
    if (options.force) {
      write_file_atomically(options.out, document);
    } else {
      create_file_atomically(options.out, document);
    }
  } catch (const std::runtime_error& failure) {
    std::string what = failure.what();
    if (what.find("already exists") != std::string::npos) throw HokError(message("error.report.exists", {{"path", options.out}}));
    throw HokError(message("error.write_failed", {{"detail", what}}));
  }
  say(message("report_command.wrote", {{"format", options.format}, {"year", options.year}, {"file", options.out}}));
  name_what_is_missing();
  return 0;
}

const CommandRegistration report_registration{{"report", [](CLI::App& app) -> std::function<int()> {
                                          auto options = std::make_shared<ReportCommandOptions>();
                                          add_report(app, *options);
                                          return [options] { return run_report(*options); };
                                        }}};

}  // namespace

}  // namespace hok::cli
