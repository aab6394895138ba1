#include "app/record_rename.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <set>

#include <fmt/format.h>

#include "app/record_usage.hpp"
#include "app/validation.hpp"
#include "core/atomic_write.hpp"
#include "core/rename_journal.hpp"
#include "core/temporary_files.hpp"
#include "core/write_lock.hpp"
#include "core/slug.hpp"
#include "load/registry_loader.hpp"
#include "core/source_file.hpp"
#include "load/yaml_reader.hpp"
#include "model/report_texts.hpp"
#include "document/yaml_scalar.hpp"
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
    throw HokError(message("error.mv.place_unknown", {{"where", file.path}, {"field", place.field}}));
  }
  std::string where = fmt::format("{}:{}:{}", file.path, position->line, position->column);
  std::optional<std::size_t> offset = byte_offset_of(file.text, position->line, position->column);
  if (!offset) throw HokError(message("error.mv.place_outside", {{"where", where}, {"field", place.field}}));
  const std::string& text = file.text;
  char first = *offset < text.size() ? text[*offset] : '\0';
  if (!position->plain && (first == '\'' || first == '"')) {
    std::size_t inner = *offset + 1;
    if (text.compare(inner, old_id.size(), old_id) != 0 || inner + old_id.size() >= text.size() ||
        text[inner + old_id.size()] != first) {
      throw HokError(message("error.mv.escaped", {{"where", where}, {"field", place.field}, {"id", old_id}}));
    }
    return Splice{inner, old_id.size(), new_id, position->line, place.field};
  }
  if (!position->plain) {
    throw HokError(message("error.mv.block", {{"where", where}, {"field", place.field}, {"id", old_id}}));
  }
  if (text.compare(*offset, old_id.size(), old_id) != 0) {
    throw HokError(message("error.mv.not_at_place", {{"where", where}, {"field", place.field}, {"id", old_id}}));
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
    throw HokError(message("error.mv.would_not_read_back", {{"file", file.path}}));
  }
}

// The file's bytes on disk now; its text as loaded, with the byte-order mark the loader took off.
// Refuses a file that changed since it was loaded: the positions would no longer fit.
std::string bytes_on_disk(const std::filesystem::path& root, const SourceFile& file) {
  std::error_code error;
  if (std::filesystem::is_symlink(std::filesystem::symlink_status(root / file.path, error))) {
    throw HokError(message("error.mv.link", {{"file", file.path}}));
  }
  std::ifstream in(root / file.path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  static const std::string kByteOrderMark = "\xEF\xBB\xBF";
  if (!in.bad() && (bytes == file.text || bytes == kByteOrderMark + file.text)) return bytes;
  throw HokError(message("error.mv.changed_meanwhile", {{"file", file.path}}));
}

std::string sibling_path(const std::string& path, const std::string& stem) {
  std::size_t slash = path.rfind('/');
  return (slash == std::string::npos ? std::string() : path.substr(0, slash + 1)) + stem + ".yaml";
}

void refuse_new_id(const Registry& registry, const RecordBase& record, const std::string& new_id) {
  if (!is_slug(new_id)) {
    throw HokError(message("error.invalid_id", {{"id", new_id}}));
  }
  if (const RecordBase* existing = registry.find(new_id)) {
    throw HokError(message("error.id_in_use", {{"id", new_id},
                                               {"kind", message(std::string("kind.") + kind_directory(existing->kind) + ".noun")},
                                               {"file", existing->source ? existing->source->path : "?"}}));
  }
  for (const SourceFilePtr& file : registry.files) {
    if (file->stem == new_id && file->kind != "registry") {
      throw HokError(message("error.file_holds_id", {{"file", file->path}, {"id", new_id}}));
    }
  }
  std::string target = sibling_path(record.source->path, new_id);
  std::error_code error;
  if (std::filesystem::symlink_status(registry.root / target, error).type() != std::filesystem::file_type::not_found) {
    throw HokError(message("error.mv.target_exists", {{"file", target}}));
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

namespace {

// The secretariat's texts (reports/YYYY.md) head each comment on an agreement with its id,
// `## hok-stockholm-2021`: a renamed agreement's headings are renamed with it, as references are.
// Only a whole heading line (`##`, spaces, the id, spaces) counts; the 1-based lines changed are
// added to `lines`. nullopt when the text has none.
std::optional<std::string> rename_comment_headings(const std::string& text, const std::string& old_id,
                                                   const std::string& new_id, std::vector<int>& lines) {
  std::string result;
  result.reserve(text.size());
  bool changed = false;
  int number = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end + 1;
    std::string line = text.substr(start, end - start);
    ++number;
    std::size_t body = line.size();
    while (body > 0 && (line[body - 1] == '\n' || line[body - 1] == '\r' || line[body - 1] == ' ' || line[body - 1] == '\t')) --body;
    std::size_t at = 2;
    const bool heading = line.rfind("##", 0) == 0 && line.size() > 2 && (line[2] == ' ' || line[2] == '\t');
    if (heading) {
      while (at < body && (line[at] == ' ' || line[at] == '\t')) ++at;
      if (body - at == old_id.size() && line.compare(at, old_id.size(), old_id) == 0) {
        line.replace(at, old_id.size(), new_id);
        lines.push_back(number);
        changed = true;
      }
    }
    result += line;
    start = end;
  }
  return changed ? std::optional<std::string>(std::move(result)) : std::nullopt;
}

}  // namespace

RenamePlan plan_record_rename(const Registry& registry, const std::string& old_id, const std::string& new_id) {
  const RecordBase* record = registry.find(old_id);
  if (record == nullptr) {
    if (auto near = suggest_record_id(registry, old_id)) {
      throw HokError(message("error.no_record_suggest", {{"id", old_id}, {"suggestion", *near}}));
    }
    throw HokError(message("error.no_record", {{"id", old_id}}));
  }
  if (!record->source || !record->source->data || record->source->stem != old_id) {
    throw HokError(message("error.mv.file_not_named", {{"id", old_id}}));
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
        throw HokError(message("error.mv.overlap", {{"file", file->path}, {"id", old_id}}));
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
  if (record->kind == Kind::Agreement) {
    for (const SourceFilePtr& file : registry.files) {
      if (file->kind != kReportTextKind) continue;
      std::vector<int> lines;
      std::optional<std::string> text = rename_comment_headings(file->text, old_id, new_id, lines);
      if (!text) continue;
      std::string old_bytes = bytes_on_disk(registry.root, *file);
      std::string new_bytes = old_bytes.substr(0, old_bytes.size() - file->text.size()) + *text;
      for (int line : lines) {
        plan.lines.push_back({file->path, line, line_text(file->text, line), line_text(*text, line), {"heading"}});
      }
      plan.reference_count += lines.size();
      plan.files.push_back({file->path, file->path, std::move(old_bytes), std::move(new_bytes)});
    }
  }
  return plan;
}

namespace {

namespace fs = std::filesystem;

// The registry's folders, each opened once without following a link (core/atomic_write).
class Folders {
 public:
  explicit Folders(const fs::path& root) : root_(Folder::open(root)) {}
  const Folder& root() const { return root_; }
  const Folder& of(const std::string& path) {
    std::string parent = parent_of(path);
    if (parent.empty()) return root_;
    auto found = folders_.find(parent);
    if (found == folders_.end()) found = folders_.emplace(parent, root_.child(parent)).first;
    return found->second;
  }

 private:
  Folder root_;
  std::map<std::string, Folder> folders_;
};

// The file's bytes, or nullopt when there is no file of that name.
std::optional<std::string> current_bytes(Folders& folders, const std::string& path) {
  const Folder& folder = folders.of(path);
  if (!folder.has(name_of(path))) return std::nullopt;
  return folder.read(name_of(path));
}

int mode_or_default(Folders& folders, const std::string& path) {
  int mode = folders.of(path).mode_of(name_of(path));
  return mode < 0 ? 0644 : mode;
}

// One step of rolling a journal forward or back: `path` is to hold `want` (nullopt: no file) and
// may hold `other` (the text of the other side) or `want` already; anything else was changed
// by someone since, and hok stops before touching any file.
struct Target {
  std::string path;
  std::optional<std::string> want;
  std::optional<std::string> other;
  int mode = 0644;
};

std::vector<Target> targets_of(const RenameJournal& journal, bool forward, Folders& folders) {
  std::vector<Target> targets;
  for (const JournalFile& file : journal.files) {
    const std::string& from_text = forward ? file.old_text : file.new_text;
    const std::string& to_text = forward ? file.new_text : file.old_text;
    int mode = mode_or_default(folders, file.path);
    if (file.path == file.new_path) {
      targets.push_back({file.path, to_text, from_text, mode});
    } else {
      const std::string& to_path = forward ? file.new_path : file.path;
      const std::string& from_path = forward ? file.path : file.new_path;
      int moved_mode = mode_or_default(folders, folders.of(from_path).has(name_of(from_path)) ? from_path : to_path);
      targets.push_back({to_path, to_text, std::nullopt, moved_mode});
      targets.push_back({from_path, std::nullopt, from_text, moved_mode});
    }
  }
  return targets;
}

// Brings every file to the side `forward` names. Throws HokError, changing nothing, when a file
// holds neither side's bytes.
void roll(const fs::path& root, const RenameJournal& journal, bool forward) {
  Folders folders(root);
  std::vector<Target> targets = targets_of(journal, forward, folders);
  std::vector<std::string> changed_since;
  for (const Target& target : targets) {
    std::optional<std::string> now = current_bytes(folders, target.path);
    if (now != target.want && now != target.other) changed_since.push_back(target.path);
  }
  if (!changed_since.empty()) {
    throw HokError(plural("error.mv.changed_since", static_cast<long long>(changed_since.size()),
                          {{"files", fmt::format("{}", fmt::join(changed_since, ", "))}, {"journal", rename_journal_name}}));
  }
  // Files that are to exist first, then the removals: a record is never without a file.
  for (const Target& target : targets) {
    if (!target.want || current_bytes(folders, target.path) == target.want) continue;
    const Folder& folder = folders.of(target.path);
    folder.write_atomically(name_of(target.path), *target.want, Flush::Later, target.mode);
    test_kill_point("recovery: file written");
  }
  for (const Target& target : targets) {
    if (!target.want) folders.of(target.path).remove(name_of(target.path));
  }
  sync_file_system(root);
}

RenameJournal journal_of(const RenamePlan& plan) {
  RenameJournal journal{plan.old_id, plan.new_id, {}};
  for (const RenameFileChange& change : plan.files) {
    journal.files.push_back({change.path, change.new_path, change.old_text, change.new_text});
  }
  return journal;
}

void write_journal(const Folder& root, const RenameJournal& journal) {
  root.write_atomically(rename_journal_name, journal_text(journal), Flush::Now);
  if (::fsync(root.descriptor()) != 0) {
    throw std::runtime_error(fmt::format("cannot flush {} to disk: {}", root.path().string(), std::strerror(errno)));
  }
}

RenameJournal read_journal(const fs::path& root) {
  Folder folder = Folder::open(root);
  std::optional<RenameJournal> journal = parse_journal(folder.read(rename_journal_name));
  if (!journal) {
    throw HokError(message("error.mv.journal_incomplete", {{"journal", (root / rename_journal_name).string()}}));
  }
  return *journal;
}

}  // namespace

void apply_record_rename(const RenamePlan& plan) {
  Folders folders(plan.root);
  RenameJournal journal = journal_of(plan);
  // 1. Every new text in a temporary file beside its target, none flushed yet.
  std::vector<std::string> temporaries;
  auto remove_temporaries = [&] {
    for (std::size_t i = 0; i < temporaries.size(); ++i) {
      try {
        folders.of(plan.files[i].new_path).remove(temporaries[i]);
      } catch (const std::runtime_error&) {
      }
    }
  };
  try {
    for (const RenameFileChange& change : plan.files) {
      // The file keeps its permissions (group-writable, say) rather than taking the default.
      int mode = mode_or_default(folders, change.path);
      temporaries.push_back(
          folders.of(change.new_path).write_temporary(name_of(change.new_path), change.new_text, Flush::Later, mode));
      test_kill_point("temporary written");
    }
    // 2. The journal, then everything on disk at once (one syncfs, not one fsync per file).
    write_journal(folders.root(), journal);
    test_kill_point("journal written");
    sync_file_system(plan.root);
    test_kill_point("temporaries flushed");
  } catch (const std::runtime_error& failure) {
    remove_temporaries();
    try {
      folders.root().remove(rename_journal_name);
    } catch (const std::runtime_error&) {
    }
    throw HokError(message("error.mv.failed_unchanged", {{"detail", failure.what()}}));
  }

  // 3. The record's new file (never replacing one), the other files renamed into place, the old
  //    record file removed. A failure rolls back from the journal.
  const RenameFileChange& moved = plan.files.front();
  try {
    folders.of(moved.new_path).link(temporaries.front(), name_of(moved.new_path));
  } catch (const std::runtime_error& error) {
    // Nothing renamed yet (the new name was taken a moment ago, say): the tree is as it was.
    remove_temporaries();
    try {
      folders.root().remove(rename_journal_name);
    } catch (const std::runtime_error&) {
    }
    std::string what = error.what();
    throw HokError(what.find("already exists") != std::string::npos
                       ? message("error.mv.exists_unchanged", {{"file", moved.new_path}})
                       : message("error.mv.failed_unchanged", {{"detail", what}}));
  }
  test_kill_point("record file created");
  std::string failure;
  try {
    for (std::size_t i = 1; i < plan.files.size(); ++i) {
      folders.of(plan.files[i].path).rename(temporaries[i], name_of(plan.files[i].path));
      temporaries[i].clear();
      test_kill_point("file renamed");
    }
    folders.of(moved.path).remove(name_of(moved.path));
    test_kill_point("old record file removed");
    sync_file_system(plan.root);
    test_kill_point("renames flushed");
    folders.root().remove(rename_journal_name);
    return;
  } catch (const std::runtime_error& error) {
    failure = error.what();
  }
  for (std::size_t i = 1; i < temporaries.size(); ++i) {
    if (!temporaries[i].empty()) {
      try {
        folders.of(plan.files[i].new_path).remove(temporaries[i]);
      } catch (const std::runtime_error&) {
      }
    }
  }
  try {
    roll(plan.root, journal, false);
    folders.root().remove(rename_journal_name);
  } catch (const std::runtime_error& error) {
    throw HokError(message("error.mv.failed_half", {{"detail", failure}, {"undo_detail", error.what()}}));
  }
  throw HokError(message("error.mv.failed_put_back", {{"detail", failure}}));
}

namespace {

// The findings that mean a file of the tree was not read (an unreadable file or folder, a link hok
// does not follow, a FIFO): a reference in it would keep the old id.
bool unread_file(const Finding& finding) {
  static const std::set<std::string> keys = {
      "E011.message.folder_unreadable", "E011.message.file_unreadable", "E011.message.special",
      "E011.message.broken_link",       "E011.message.outside_link",   "E011.message.link_not_file",
      "E011.message.deep",              "E011.message.temporary"};
  return keys.contains(finding.message_data.key);
}

}  // namespace

RenameResult rename_record(const std::filesystem::path& start, const std::string& old_id, const std::string& new_id,
                           bool dry_run) {
  std::filesystem::path root = find_registry_root(start).value_or(start);
  std::optional<WriteLock> lock;
  if (!dry_run) {
    lock.emplace(root, fmt::format("hok mv {} {}", old_id, new_id));
    remove_left_temporaries(root);
  }
  if (has_rename_journal(root)) throw HokError(rename_journal_refusal(root, !dry_run));
  ValidationResult before = validate_registry(root);
  std::vector<std::string> unread;
  for (const Finding& finding : before.findings) {
    if (unread_file(finding)) unread.push_back(finding.location.file);
  }
  if (!unread.empty()) {
    throw HokError(plural("error.mv.unread", static_cast<long long>(unread.size()),
                          {{"files", fmt::format("{}", fmt::join(unread, ", "))}}));
  }
  std::size_t errors = std::count_if(before.findings.begin(), before.findings.end(),
                                     [](const Finding& finding) { return finding.severity == Severity::Error; });
  if (errors > 0) {
    throw HokError(plural("error.refuse_broken", static_cast<long long>(errors),
                          {{"consequence", message("error.consequence.mv")}, {"command", "hok validate"}}));
  }
  RenameResult result;
  result.settings = before.load.registry->settings;
  result.plan = plan_record_rename(*before.load.registry, old_id, new_id);
  if (dry_run) return result;
  apply_record_rename(result.plan);
  result.written = true;
  result.after = validate_registry(result.plan.root);
  return result;
}

RecoveryResult recover_record_rename(const std::filesystem::path& start, bool forward) {
  std::filesystem::path root = find_registry_root(start).value_or(start);
  WriteLock lock(root, forward ? "hok mv --resume" : "hok mv --abort");
  RecoveryResult result;
  result.removed_temporaries = remove_left_temporaries(root);
  if (has_rename_journal(root)) {
    RenameJournal journal = read_journal(root);
    roll(root, journal, forward);
    Folder::open(root).remove(rename_journal_name);
    result.old_id = journal.old_id;
    result.new_id = journal.new_id;
    result.file_count = journal.files.size();
    result.finished = true;
  }
  result.after = validate_registry(root);
  return result;
}

}  // namespace hok
