#pragma once
// The journal `hok mv` writes before its first rename: every file it changes, with its bytes
// before and after. While it exists the registry is in the middle of a rename: every command that
// reads the working tree refuses to go on and says how to finish it; `hok mv --resume` rolls the
// rename forward from it and `hok mv --abort` rolls it back, byte for byte either way.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/message.hpp"

namespace hok {

// The journal's file name at the registry's root.
inline constexpr const char* rename_journal_name = ".hok-mv-journal";

struct JournalFile {
  std::string path;      // relative to the root, before the rename
  std::string new_path;  // after the rename (differs for the renamed record's own file)
  std::string old_text;  // the bytes before and after
  std::string new_text;
};

struct RenameJournal {
  std::string old_id;
  std::string new_id;
  std::vector<JournalFile> files;  // the renamed record's file first
};

// The journal as bytes: a header of lines, then each file's paths and lengths and its two texts.
std::string journal_text(const RenameJournal& journal);

// Parses a journal; nullopt when the bytes are not a complete journal.
std::optional<RenameJournal> parse_journal(const std::string& text);

// Whether `root` holds a journal.
bool has_rename_journal(const std::filesystem::path& root);

// The message for a registry that holds a journal: who is renaming what now (when a `hok mv` holds
// the lock), or that a `hok mv` was interrupted and how to finish it. `holding_lock`: the caller
// holds the registry's lock itself, so no other run can be under way.
Message rename_journal_refusal(const std::filesystem::path& root, bool holding_lock = false);

}  // namespace hok
