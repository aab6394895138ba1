#include "app/record_rename.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>

#include <fmt/format.h>

#include "app/record_usage.hpp"
#include "app/validation.hpp"
#include "core/atomic_write.hpp"
#include "core/slug.hpp"
#include "load/registry_loader.hpp"
#include "load/source_file.hpp"
#include "load/yaml_reader.hpp"
#include "render/yaml_scalar.hpp"
#include "schema/schema_walk.hpp"

namespace hok {

namespace {

// One place in one file where the id is written.
struct IdPlace {
  SourceFilePtr file;
  std::string pointer;
  std::string field;
};

// One byte span to replace.
struct Splice {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string text;
  int line = 0;
  std::string field;
};

// Every place that names `id`: the record's own `id`, x-hok-ref references, waivers' subjects.
std::vector<IdPlace> places_naming(const Registry& registry, const RecordBase& record, const std::string& id) {
  std::vector<IdPlace> places;
  places.push_back({record.source, "/id", "id"});
  for (const Reference& reference : registry.references) {
    if (reference.target == id) places.push_back({reference.source, reference.pointer, reference.field});
  }
  if (registry.settings.source) {
    for (const Waiver& waiver : registry.settings.waivers) {
      if (waiver.subject == id) {
        std::string pointer = waiver.pointer + "/subject";
        places.push_back({registry.settings.source, pointer, field_label(pointer)});
      }
    }
  }
  return places;
}

// The byte span of the id written at `place`, and what replaces it.
Splice splice_for(const IdPlace& place, const std::string& old_id, const std::string& new_id) {
  const SourceFile& file = *place.file;
  const NodePosition* position = file.positions.find(place.pointer);
  if (position == nullptr) {
    throw HokError(fmt::format("{}: hok cannot tell where {} is written; rename it by hand", file.path, place.field));
  }
  std::string where = fmt::format("{}:{}:{}", file.path, position->line, position->column);
  std::optional<std::size_t> offset = byte_offset_of(file.text, position->line, position->column);
  if (!offset) throw HokError(fmt::format("{}: the position of {} lies outside the file", where, place.field));
  const std::string& text = file.text;
  char first = *offset < text.size() ? text[*offset] : '\0';
  if (!position->plain && (first == '\'' || first == '"')) {
    std::size_t inner = *offset + 1;
    if (text.compare(inner, old_id.size(), old_id) != 0 || inner + old_id.size() >= text.size() ||
        text[inner + old_id.size()] != first) {
      throw HokError(fmt::format(
          "{}: {} is written with escapes or spread over lines; write it as {} and run hok mv again", where,
          place.field, old_id));
    }
    return Splice{inner, old_id.size(), new_id, position->line, place.field};
  }
  if (!position->plain) {
    throw HokError(fmt::format("{}: {} is written as a block scalar (| or >); write it on one line as `{}` and run "
                               "hok mv again",
                               where, place.field, old_id));
  }
  if (text.compare(*offset, old_id.size(), old_id) != 0) {
    throw HokError(fmt::format("{}: {} does not read '{}' at its position; hok mv leaves the tree untouched", where,
                               place.field, old_id));
  }
  // A plain id such as 0114 or null would no longer read as text: yaml_scalar quotes it.
  return Splice{*offset, old_id.size(), yaml_scalar(new_id), position->line, place.field};
}

// Parses `new_text` as `file` was parsed and checks it holds the old data with the id replaced.
void check_round_trip(const SourceFile& file, const std::string& new_text, const std::vector<std::string>& pointers,
                      const std::string& new_id) {
  nlohmann::json expected = *file.data;
  for (const std::string& pointer : pointers) expected[nlohmann::json::json_pointer(pointer)] = new_id;
  FindingSink ignored;
  std::shared_ptr<SourceFile> reread = read_source(file.path, file.kind, new_text, ignored);
  if (!reread->data || *reread->data != expected) {
    throw HokError(fmt::format("{}: the file would not read back as expected after the rename; hok mv leaves the "
                               "tree untouched (please report this with the file)",
                               file.path));
  }
}

// The file's bytes on disk now; its text as loaded, with the byte-order mark the loader took off.
// Refuses a file that changed since it was loaded: the positions would no longer fit.
std::string bytes_on_disk(const std::filesystem::path& root, const SourceFile& file) {
  std::error_code error;
  if (std::filesystem::is_symlink(std::filesystem::symlink_status(root / file.path, error))) {
    throw HokError(fmt::format("{} is a symbolic link; hok mv replaces only regular files, so rename this one by "
                               "hand",
                               file.path));
  }
  std::ifstream in(root / file.path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  static const std::string kByteOrderMark = "\xEF\xBB\xBF";
  if (!in.bad() && (bytes == file.text || bytes == kByteOrderMark + file.text)) return bytes;
  throw HokError(fmt::format("{} changed while hok was reading the registry; run hok mv again", file.path));
}

std::string sibling_path(const std::string& path, const std::string& stem) {
  std::size_t slash = path.rfind('/');
  return (slash == std::string::npos ? std::string() : path.substr(0, slash + 1)) + stem + ".yaml";
}

void refuse_new_id(const Registry& registry, const RecordBase& record, const std::string& new_id) {
  if (!is_slug(new_id)) {
    throw HokError(fmt::format(
        "'{}' is not a valid id: use lowercase letters a–z, digits and single hyphens (no å, ä, ö, no spaces), "
        "at most 64 characters, e.g. samrad-aldre",
        new_id));
  }
  if (const RecordBase* existing = registry.find(new_id)) {
    throw HokError(fmt::format("the id '{}' is already used by the {} in {}; ids are unique across the registry",
                               new_id, kind_noun(existing->kind), existing->source ? existing->source->path : "?"));
  }
  for (const SourceFilePtr& file : registry.files) {
    if (file->stem == new_id && file->kind != "registry") {
      throw HokError(fmt::format("{} already holds a record named '{}'; ids are unique across the registry",
                                 file->path, new_id));
    }
  }
  std::string target = sibling_path(record.source->path, new_id);
  std::error_code error;
  if (std::filesystem::symlink_status(registry.root / target, error).type() != std::filesystem::file_type::not_found) {
    throw HokError(fmt::format("{} exists already; hok mv never replaces a file", target));
  }
}

}  // namespace

std::optional<std::size_t> byte_offset_of(const std::string& text, int line, int column) {
  if (line < 1 || column < 1) return std::nullopt;
  std::size_t offset = 0;
  for (int current = 1; current < line; ++current) {
    offset = text.find('\n', offset);
    if (offset == std::string::npos) return std::nullopt;
    ++offset;
  }
  for (int character = 1; character < column; ++character) {
    if (offset >= text.size() || text[offset] == '\n') return std::nullopt;
    ++offset;
    // Skip the continuation bytes (10xxxxxx) of a UTF-8 sequence.
    while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) ++offset;
  }
  return offset;
}

RenamePlan plan_record_rename(const Registry& registry, const std::string& old_id, const std::string& new_id) {
  const RecordBase* record = registry.find(old_id);
  if (record == nullptr) {
    std::string message = fmt::format("no record has the id '{}'", old_id);
    if (auto near = suggest_record_id(registry, old_id)) message += fmt::format("; did you mean '{}'?", *near);
    throw HokError(message);
  }
  if (!record->source || !record->source->data || record->source->stem != old_id) {
    throw HokError(fmt::format("the record '{}' is not in a file named {}.yaml; run `hok validate` and mend it first",
                               old_id, old_id));
  }
  refuse_new_id(registry, *record, new_id);

  RenamePlan plan;
  plan.root = registry.root;
  plan.old_id = old_id;
  plan.new_id = new_id;
  plan.old_file = record->source->path;
  plan.new_file = sibling_path(plan.old_file, new_id);

  // Splices per file, the record's own file first.
  std::vector<SourceFilePtr> order;
  std::map<const SourceFile*, std::vector<IdPlace>> by_file;
  std::vector<IdPlace> places = places_naming(registry, *record, old_id);
  plan.reference_count = places.size() - 1;
  for (const IdPlace& place : places) {
    if (by_file.find(place.file.get()) == by_file.end()) order.push_back(place.file);
    by_file[place.file.get()].push_back(place);
  }
  std::stable_sort(order.begin() + 1, order.end(),
                   [](const SourceFilePtr& a, const SourceFilePtr& b) { return a->path < b->path; });

  for (const SourceFilePtr& file : order) {
    std::vector<Splice> splices;
    std::vector<std::string> pointers;
    for (const IdPlace& place : by_file[file.get()]) {
      splices.push_back(splice_for(place, old_id, new_id));
      pointers.push_back(place.pointer);
    }
    std::sort(splices.begin(), splices.end(), [](const Splice& a, const Splice& b) { return a.offset < b.offset; });
    for (std::size_t i = 1; i < splices.size(); ++i) {
      if (splices[i].offset < splices[i - 1].offset + splices[i - 1].length) {
        throw HokError(fmt::format("{}: two places naming '{}' overlap; rename it by hand", file->path, old_id));
      }
    }
    std::string text = file->text;
    for (auto splice = splices.rbegin(); splice != splices.rend(); ++splice) {
      text.replace(splice->offset, splice->length, splice->text);
    }
    check_round_trip(*file, text, pointers, new_id);
    std::string old_bytes = bytes_on_disk(registry.root, *file);
    std::string new_bytes = old_bytes.substr(0, old_bytes.size() - file->text.size()) + text;

    std::map<int, std::vector<std::string>> fields_by_line;
    for (const Splice& splice : splices) fields_by_line[splice.line].push_back(splice.field);
    for (auto& [line, fields] : fields_by_line) {
      plan.lines.push_back(
          {file->path, line, line_text(file->text, line), line_text(text, line), std::move(fields)});
    }
    std::string new_path = file.get() == record->source.get() ? plan.new_file : file->path;
    plan.files.push_back({file->path, new_path, std::move(old_bytes), std::move(new_bytes)});
  }
  return plan;
}

void apply_record_rename(const RenamePlan& plan) {
  namespace fs = std::filesystem;
  // 1. Every new text in a temporary file beside its target.
  std::vector<fs::path> temporaries;
  auto remove_temporaries = [&] {
    for (const fs::path& temporary : temporaries) ::unlink(temporary.c_str());
  };
  try {
    for (const RenameFileChange& change : plan.files) {
      temporaries.push_back(write_temporary_beside(plan.root / change.new_path, change.new_text));
      // The file keeps its permissions (group-writable, say) rather than taking the default.
      std::error_code error;
      fs::perms permissions = fs::status(plan.root / change.path, error).permissions();
      if (!error) fs::permissions(temporaries.back(), permissions, error);
    }
  } catch (const std::runtime_error& failure) {
    remove_temporaries();
    throw HokError(fmt::format("{}; nothing was changed", failure.what()));
  }

  // 2. The record's new file, never replacing one (link fails if the name exists).
  const RenameFileChange& moved = plan.files.front();
  fs::path new_record = plan.root / moved.new_path;
  if (::link(temporaries.front().c_str(), new_record.c_str()) != 0) {
    int saved = errno;
    remove_temporaries();
    throw HokError(saved == EEXIST ? fmt::format("{} exists already; nothing was changed", moved.new_path)
                                   : fmt::format("cannot write {}: {}; nothing was changed", moved.new_path,
                                                 std::strerror(saved)));
  }
  ::unlink(temporaries.front().c_str());

  // 3. The other files renamed into place, then the old record file removed. A failure puts back
  //    what was changed so far.
  std::size_t renamed = 1;
  std::string failure;
  for (; renamed < plan.files.size(); ++renamed) {
    fs::path target = plan.root / plan.files[renamed].path;
    if (::rename(temporaries[renamed].c_str(), target.c_str()) != 0) {
      failure = fmt::format("cannot write {}: {}", plan.files[renamed].path, std::strerror(errno));
      break;
    }
  }
  if (failure.empty() && ::unlink((plan.root / moved.path).c_str()) != 0) {
    failure = fmt::format("cannot remove {}: {}", moved.path, std::strerror(errno));
  }
  if (failure.empty()) return;

  for (std::size_t i = renamed; i < temporaries.size(); ++i) ::unlink(temporaries[i].c_str());
  std::vector<std::string> not_restored;
  for (std::size_t i = 1; i < renamed; ++i) {
    try {
      write_file_atomically(plan.root / plan.files[i].path, plan.files[i].old_text);
    } catch (const std::runtime_error&) {
      not_restored.push_back(plan.files[i].path);
    }
  }
  ::unlink(new_record.c_str());
  if (!not_restored.empty()) {
    failure += fmt::format("; could not put back {} — check them with `git diff`",
                           fmt::join(not_restored, ", "));
  } else {
    failure += "; the changes made so far were put back";
  }
  throw HokError(failure);
}

RenameResult rename_record(const std::filesystem::path& start, const std::string& old_id, const std::string& new_id,
                           bool dry_run) {
  ValidationResult before = validate_registry(start);
  std::size_t errors = std::count_if(before.findings.begin(), before.findings.end(),
                                     [](const Finding& finding) { return finding.severity == Severity::Error; });
  if (errors > 0) {
    throw HokError(fmt::format(
        "the registry has {} validation error{}; a rename over a broken registry could miss references. "
        "Run `hok validate` and mend them first.",
        errors, errors == 1 ? "" : "s"));
  }
  RenameResult result;
  result.plan = plan_record_rename(*before.load.registry, old_id, new_id);
  if (dry_run) return result;
  apply_record_rename(result.plan);
  result.written = true;
  result.after = validate_registry(result.plan.root);
  return result;
}

}  // namespace hok
