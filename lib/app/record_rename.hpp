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

// Writes a plan: every new text to a temporary file first; if any of them fails, the temporaries
// are removed and nothing has changed. Then the renamed record's file is created (never replacing
// a file), the other files are renamed into place and the old file is removed; a failure there
// puts back what was already changed. Throws HokError on failure.
void apply_record_rename(const RenamePlan& plan);

// What `hok mv` did or would do.
struct RenameResult {
  RenamePlan plan;
  bool written = false;
  std::optional<ValidationResult> after;  // the tree re-read and validated after writing
};

// The whole command: loads and validates the registry holding `start`, refuses when it has
// validation errors (a rename over a broken tree could miss references), plans the rename, and
// unless `dry_run` writes it and validates the re-read tree. Throws HokError when it refuses.
RenameResult rename_record(const std::filesystem::path& start, const std::string& old_id, const std::string& new_id,
                           bool dry_run);

}  // namespace hok
