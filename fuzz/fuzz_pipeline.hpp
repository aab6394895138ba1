#pragma once
// What the two fuzz targets do with their input bytes, shared with
// tests/unit/test_fuzz_regressions.cpp: every seed in fuzz/corpus/ and every crash reproducer in
// fuzz/regressions/ is replayed by the ordinary test suite (and under ASan in build-asan/).
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "app/validation.hpp"
#include "gaps/gap_report.hpp"
#include "load/yaml_reader.hpp"
#include "render/finding_renderer.hpp"
#include "render/gap_renderer.hpp"
#include "schema/reference_collector.hpp"
#include "schema/schema_set.hpp"

namespace hok::fuzz {

// The kinds a first byte picks in fuzz_read_source: hok.yaml ("registry"), then the ten kinds.
inline const std::vector<std::string>& single_file_kinds() {
  static const std::vector<std::string> names = {
      "registry", "municipalities", "districts", "subregions", "organisations", "people",
      "groups",   "agreements",     "functions", "followups",  "plans"};
  return names;
}

// fuzz_read_source: the first byte picks the kind, the rest is one file, which goes through
// read_source, the kind's schema, reference collection and the text and JSON renderers.
inline void check_one_file(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return;
  const std::string& kind = single_file_kinds()[data[0] % single_file_kinds().size()];
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string path = kind == "registry" ? "hok.yaml" : kind + "/fuzzed-record.yaml";

  FindingSink sink;
  std::shared_ptr<SourceFile> file = read_source(path, kind, std::move(text), sink);
  SchemaSet::instance().validate(*file, sink);
  std::vector<Reference> references = collect_references(SchemaSet::instance(), file);

  // Every finding's position must be printable against the file's text.
  RenderContext context;
  context.files[file->path] = file;
  context.file_count = 1;
  std::vector<Finding> findings = std::move(sink.findings());
  sort_findings(findings);
  (void)render_text(findings, context);
  (void)render_json(findings);
}

// The value of a top-level `id:` line if it can be a file stem, else "".
inline std::string id_line(const std::string& text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (text.compare(start, 4, "id: ") == 0) {
      std::string value = text.substr(start + 4, end - start - 4);
      while (!value.empty() && (value.back() == '\r' || value.back() == ' ')) value.pop_back();
      if (value.empty() || value.size() > 64) return "";
      for (char c : value) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return "";
      }
      return value;
    }
    start = end + 1;
  }
  return "";
}

// fuzz_registry: the input cut at NUL bytes (no record may hold one) into at most 8 parts. The
// first is hok.yaml; in each later part the first byte picks the kind directory and the rest is
// the file, named after its `id:` line. Registry-relative path → text.
inline std::map<std::string, std::string> registry_files(const std::uint8_t* data, std::size_t size) {
  static const std::vector<std::string> kinds = {"municipalities", "districts", "subregions", "organisations",
                                                 "people",         "groups",    "agreements", "functions",
                                                 "followups",      "plans"};
  constexpr std::size_t kMaxParts = 8;
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t end = input.find('\0', start);
    if (end == std::string::npos || parts.size() + 1 == kMaxParts) {
      parts.push_back(input.substr(start));
      break;
    }
    parts.push_back(input.substr(start, end - start));
    start = end + 1;
  }
  std::map<std::string, std::string> files{{"hok.yaml", parts[0]}};
  for (std::size_t i = 1; i < parts.size(); ++i) {
    if (parts[i].empty()) continue;
    const std::string& kind = kinds[static_cast<unsigned char>(parts[i][0]) % kinds.size()];
    std::string text = parts[i].substr(1);
    std::string stem = id_line(text);
    if (stem.empty()) stem = "record";
    // A sub-folder per part keeps two parts with the same id apart (sub-folders carry no meaning).
    files[kind + "/" + std::to_string(i) + "/" + stem + ".yaml"] = std::move(text);
  }
  return files;
}

// What `hok validate` and then `hok gaps` do with a tree: validate on one thread, render, and when
// it validated without errors compute the gaps as of 2026-06-30 with a 90-day look-ahead and
// render them in every format. Only HokError (the command cannot run) may escape; any other
// exception is a bug, since data problems are findings.
inline void check_registry(const std::filesystem::path& root) {
  LoadOptions options;
  options.threads = 1;
  try {
    ValidationResult result = validate_registry(root, options);
    RenderContext context;
    for (const SourceFilePtr& file : result.load.registry->files) context.files[file->path] = file;
    context.file_count = result.load.file_count;
    (void)render_text(result.findings, context);
    (void)render_json(result.findings);
    bool has_errors = false;
    for (const Finding& finding : result.findings) has_errors |= finding.severity == Severity::Error;
    if (has_errors) return;
    GapOptions gap_options;
    gap_options.as_of = Date{2026, 6, 30};
    gap_options.expiring_days = 90;
    GapReport report = compute_gaps(*result.load.registry, gap_options);
    (void)render_gaps_text(report.findings, "2026-06-30", false);
    (void)render_gaps_markdown(report.findings, "2026-06-30");
    (void)render_gaps_csv(report.findings, "2026-06-30");
    (void)render_gaps_json(report.findings, "2026-06-30");
  } catch (const HokError&) {
    // An environment failure (hok.yaml unreadable, …): `hok` exits 2 with a message. Not a bug.
  }
}

}  // namespace hok::fuzz
