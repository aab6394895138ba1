#pragma once
// `hok mv OLD NEW` as a library call: a record's id renamed everywhere at once — its file, its
// `id`, every reference to it in other records and in hok.yaml (`secretariat`, waivers'
// `subject`). Only the bytes of each id are replaced, so comments, key order, quoting and line
// endings stay as they were; every file is written, or none.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/validation.hpp"
#include "model/registry.hpp"

namespace hok {

// One line that the rename changes, as the user sees it.
struct RenameLineChange {
  std::string file;    // relative to the registry root, the name before the rename
  int line = 0;        // 1-based
  std::string before;  // the line's text without its line ending
  std::string after;
  std::vector<std::string> fields;  // the fields on that line that name the id ("id", "owner", …)
};

// One file whose content changes; `new_path` differs from `path` for the renamed record's file.
struct RenameFileChange {
  std::string path;
  std::string new_path;
  std::string old_text;  // the bytes on disk (a byte-order mark included)
  std::string new_text;
};

struct RenamePlan {
  std::filesystem::path root;
  std::string old_id;
  std::string new_id;
  std::string old_file;  // the record's file before and after, relative to the root
  std::string new_file;
  std::vector<RenameFileChange> files;   // the record's file first, then by path
  std::vector<RenameLineChange> lines;   // by file (in `files` order), then line
  std::size_t reference_count = 0;       // places naming the id, its own `id` field excluded
};

// A position in a file's text, 1-based line and column in characters (as PositionIndex holds
// it) → the byte offset; nullopt when the line or column lies beyond the text.
std::optional<std::size_t> byte_offset_of(const std::string& text, int line, int column);

// Works out the rename of `old_id` to `new_id` in an error-free `registry` without touching the
// disk. Throws HokError, saying why and what to do, when `old_id` names no record (with "did you
// mean"), `new_id` is not a valid id, is used already or its file exists, or a place naming the id
// cannot be edited safely (a block scalar, an escape); every new file text is parsed back and must
// hold exactly the old data with the id replaced.
RenamePlan plan_record_rename(const Registry& registry, const std::string& old_id, const std::string& new_id);

// Writes a plan as a transaction: every new text to a temporary file first (if any fails, they are
// removed and nothing has changed), then the journal (core/rename_journal) and one flush of the
// file system; then the renamed record's file is created (never replacing a file), the other files
// are renamed into place and the old file is removed; a failure there rolls back from the journal.
// The journal is removed last. Throws HokError on failure. The caller holds the registry's lock.
void apply_record_rename(const RenamePlan& plan);

// What `hok mv` did or would do.
struct RenameResult {
  RenamePlan plan;
  RegistrySettings settings;  // hok.yaml's, as read before the rename (the language of the output)
  bool written = false;
  std::optional<ValidationResult> after;  // the tree re-read and validated after writing
};

// The whole command: takes the registry's lock (core/write_lock) unless `dry_run`, removes
// temporary files an interrupted run left, refuses while a rename journal is there, loads and
// validates the registry holding `start`, refuses when any file of it could not be read or it has
// validation errors (a rename over a broken tree could miss references), plans the rename, and
// unless `dry_run` writes it and validates the re-read tree. Throws HokError when it refuses.
RenameResult rename_record(const std::filesystem::path& start, const std::string& old_id, const std::string& new_id,
                           bool dry_run);

// What `hok mv --resume` or `--abort` did.
struct RecoveryResult {
  bool finished = false;  // false: there was no journal, nothing to finish
  std::string old_id;
  std::string new_id;
  std::size_t file_count = 0;
  std::vector<std::string> removed_temporaries;  // left by the interrupted run, relative to the root
  std::optional<ValidationResult> after;
};

// Finishes an interrupted rename from its journal under the registry's lock: `forward` rolls every
// file to its new text (--resume), else back to its old one (--abort), byte for byte; removes the
// temporary files and the journal. Refuses, changing nothing, when a file holds neither text.
RecoveryResult recover_record_rename(const std::filesystem::path& start, bool forward);

}  // namespace hok
