#include "load/registry_loader.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>

#include <fmt/format.h>

#include "core/byte_scan.hpp"
#include "core/parallel.hpp"
#include "core/rule_catalog.hpp"
#include "load/tree_walker.hpp"
#include "load/yaml_reader.hpp"
#include "model/record_builder.hpp"
#include "model/report_texts.hpp"
#include "schema/reference_collector.hpp"
#include "schema/schema_set.hpp"

namespace fs = std::filesystem;

namespace hok {

namespace {

constexpr int kSupportedFormatVersion = 1;

struct LoadedFile {
  std::shared_ptr<SourceFile> file;
  FindingSink findings;
  std::vector<Reference> references;
  bool parsed = false;  // the file had data (it may since have been freed)
};

LoadedFile load_one(const RegistrySource& source, const SourceEntry& entry) {
  LoadedFile loaded;
  const ReadLimits limits;
  ReadOutcome outcome = source.read(entry, limits.max_file_bytes);
  if (!outcome.ok || outcome.too_large) {
    if (outcome.too_large) {
      loaded.findings.add("E003", Location{entry.path, 1, 1, 0},
                          message("E003.message.too_large", {{"bytes", limits.max_file_bytes}}),
                          message("E003.hint.too_large"));
    } else {
      loaded.findings.add("E011", Location{entry.path, 0, 0, 0},
                          message("E011.message.file_unreadable", {{"error", outcome.error}}),
                          message("E011.hint.file_unreadable"));
    }
    auto file = std::make_shared<SourceFile>();
    file->path = entry.path;
    file->kind = entry.kind;
    std::string name = entry.path.substr(entry.path.rfind('/') + 1);
    file->stem = name.size() > 5 ? name.substr(0, name.size() - 5) : name;
    loaded.file = file;
    return loaded;
  }
  auto file = read_source(entry.path, entry.kind, std::move(outcome.content), loaded.findings, limits);
  SchemaSet::instance().validate(*file, loaded.findings);
  loaded.file = file;
  loaded.references = collect_references(SchemaSet::instance(), loaded.file);
  loaded.references.shrink_to_fit();  // held until every file is loaded: no spare capacity
  return loaded;
}

// The secretariat's text for a year's report (reports/YYYY.md): read within the same limits and
// byte gate as a record (E003: size, UTF-8, control bytes), kept with its text for the check
// (check/report_text.hpp), never parsed as YAML.
LoadedFile load_text(const RegistrySource& source, const SourceEntry& entry) {
  LoadedFile loaded;
  const ReadLimits limits;
  auto file = std::make_shared<SourceFile>();
  file->path = entry.path;
  file->kind = entry.kind;  // no stem: the file holds no record and no id
  ReadOutcome outcome = source.read(entry, limits.max_file_bytes);
  if (outcome.too_large) {
    loaded.findings.add("E003", Location{entry.path, 1, 1, 0},
                        message("E003.message.too_large", {{"bytes", limits.max_file_bytes}}),
                        message("E003.hint.too_large"));
  } else if (!outcome.ok) {
    loaded.findings.add("E011", Location{entry.path, 0, 0, 0},
                        message("E011.message.file_unreadable", {{"error", outcome.error}}),
                        message("E011.hint.file_unreadable"));
  } else {
    const ByteScanResult scan = scan_bytes(entry.path, outcome.content, limits.max_file_bytes, loaded.findings);
    if (scan.readable) {
      if (scan.had_bom) outcome.content.erase(0, 3);
      file->text = std::move(outcome.content);
    }
  }
  file->positions.seal();
  loaded.file = file;
  return loaded;
}

bool is_slug(const std::string& text) {
  if (text.empty() || text.size() > 64 || text.front() == '-' || text.back() == '-') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && text[i - 1] != '-');
    if (!ok) return false;
  }
  return true;
}

void check_settings(Registry& registry, FindingSink& sink) {
  const SourceFile& file = *registry.settings.source;
  if (!file.data) return;
  const auto& data = *file.data;
  if (data.contains("hok") && data["hok"].is_number_integer() &&
      data["hok"].get<std::int64_t>() != kSupportedFormatVersion) {
    sink.add("E012", file.value_location("/hok"),
             message("E012.message", {{"declared", data["hok"].get<std::int64_t>()},
                                      {"supported", kSupportedFormatVersion}}),
             message("E012.hint"));
  }
  if (data.contains("severity") && data["severity"].is_object()) {
    for (const auto& [code, level] : data["severity"].items()) {
      if (!find_rule(code)) {
        sink.add("E004", file.key_location(pointer_append("/severity", code)),
                 message("E004.message.unknown_rule", {{"code", code}}), message("E004.hint.unknown_rule"));
      } else if (!can_change_severity(code)) {
        sink.add("E004", file.key_location(pointer_append("/severity", code)),
                 message("E004.message.fixed_severity", {{"code", code}}), message("E004.hint.fixed_severity"));
      }
    }
  }
  // Such an override is not applied: the findings that say a file was not read stay errors.
  std::erase_if(registry.settings.severity, [](const auto& entry) { return !can_change_severity(entry.first); });
}

}  // namespace

std::optional<std::string> registry_language(const fs::path& root) {
  std::error_code error;
  const fs::path file = root / "hok.yaml";
  if (!fs::is_regular_file(file, error) || fs::file_size(file, error) > 1024 * 1024 || error) return std::nullopt;
  std::ifstream input(file, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(input)), std::istreambuf_iterator<char>());
  FindingSink ignored;  // a broken hok.yaml is reported by the load that follows
  std::shared_ptr<SourceFile> read = read_source("hok.yaml", "registry", std::move(text), ignored);
  if (!read->data || !read->data->is_object()) return std::nullopt;
  auto language = read->data->find("language");
  if (language == read->data->end() || !language->is_string()) return std::nullopt;
  return language->get<std::string>();
}

std::optional<fs::path> find_registry_root(const fs::path& start) {
  std::error_code error;
  fs::path current = fs::absolute(start, error);
  if (error) return std::nullopt;
  current = current.lexically_normal();
  if (fs::is_regular_file(current, error)) current = current.parent_path();
  while (true) {
    if (fs::exists(current / "hok.yaml", error)) return current;
    if (!current.has_parent_path() || current.parent_path() == current) return std::nullopt;
    current = current.parent_path();
  }
}

LoadResult load_registry(const fs::path& start, const LoadOptions& options) {
  std::error_code error;
  if (!fs::exists(start, error)) {
    throw HokError(message("error.no_such_path", {{"path", start.string()}}));
  }
  std::optional<fs::path> root = find_registry_root(start);
  if (!root) {
    throw HokError(message("error.no_registry", {{"path", start.string()}}));
  }
  return load_registry(*working_tree_source(*root), options);
}

LoadResult load_registry(const RegistrySource& source, const LoadOptions& options) {
  LoadResult result;
  result.registry = std::make_unique<Registry>();
  Registry& registry = *result.registry;
  registry.root = source.root();

  // hok.yaml first: it says how to read the rest.
  LoadedFile settings = load_one(source, source.settings_entry());
  // An unreadable hok.yaml (a symbolic link, a FIFO) leaves the registry without its settings: a
  // registry-root error, not a stray file, so that such a tree never passes as clean.
  for (Finding& finding : settings.findings.findings()) {
    if (finding.code == "E011") {
      finding.code = "E012";
      finding.severity = default_severity("E012");
    }
  }
  result.findings.merge(std::move(settings.findings));
  registry.settings.source = settings.file;
  registry.files.push_back(settings.file);
  registry.references = std::move(settings.references);
  read_settings(registry, settings.file);
  check_settings(registry, result.findings);
  if (registry.settings.format_version > kSupportedFormatVersion) {
    // Records of a newer format would be judged by the wrong schemas: stop at E012.
    registry.build_index();
    result.file_count = registry.files.size();
    return result;
  }

  FindingSink listing;
  std::vector<SourceEntry> entries = source.list(listing);
  // The files hok looked at but did not read (stray files, links it does not follow) count among
  // the files of the summary, once each.
  std::set<std::string> not_read;
  for (const Finding& finding : listing.findings()) not_read.insert(finding.location.file);
  result.findings.merge(std::move(listing));
  std::vector<LoadedFile> loaded(entries.size());
  std::vector<std::string> kinds(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) kinds[i] = entries[i].kind;
  RecordSlots records(registry, kinds);
  std::vector<std::string>().swap(kinds);
  // Each task also builds the file's typed record in its place and, unless the caller keeps the
  // JSON, frees it at once: the JSON of every file is never held at the same time, and the
  // building and freeing are spread over the cores.
  parallel_for(entries.size(), options.threads, [&](std::size_t i) {
    LoadedFile& one = loaded[i];
    one = entries[i].kind == kReportTextKind ? load_text(source, entries[i]) : load_one(source, entries[i]);
    one.parsed = one.file->data.has_value();
    records.build(i, one.file);
    if (!options.keep_data) one.file->data.reset();
  });
  std::vector<SourceEntry>().swap(entries);  // the listing is not needed any more
  records.finish();

  registry.files.reserve(registry.files.size() + loaded.size());
  for (LoadedFile& file : loaded) {
    result.findings.merge(std::move(file.findings));
    registry.files.push_back(std::move(file.file));
    const SourceFile& source_file = *registry.files.back();
    if (!file.parsed && is_slug(source_file.stem)) {
      if (auto kind = kind_from_directory(source_file.kind)) registry.unreadable_ids.emplace(source_file.stem, *kind);
    }
  }
  // The references after the records, once the JSON they were built from may have been freed.
  // A file without data has none.
  std::size_t reference_count = registry.references.size();
  for (const LoadedFile& file : loaded) reference_count += file.references.size();
  registry.references.reserve(reference_count);
  for (LoadedFile& file : loaded) {
    registry.references.insert(registry.references.end(), std::make_move_iterator(file.references.begin()),
                               std::make_move_iterator(file.references.end()));
    std::vector<Reference>().swap(file.references);  // the moved-from buffer is not needed any more
  }
  registry.build_index();
  result.file_count = registry.files.size() + not_read.size();
  return result;
}

}  // namespace hok
