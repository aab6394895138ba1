#pragma once
// Where a registry's files come from: the working tree on disk, or a commit in git's object
// database. The loader reads through this interface and does not know which.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/finding.hpp"
#include "core/message.hpp"

namespace hok {

struct SourceEntry {
  std::string path;    // relative to the registry root, `/`-separated
  std::string kind;    // kind directory name; "registry" for hok.yaml
  std::string handle;  // what the source needs to read it (a file path, a blob id)
};

struct ReadOutcome {
  bool ok = false;
  bool too_large = false;  // larger than the cap: not read
  std::string content;
  std::string error;
};

class RegistrySource {
 public:
  virtual ~RegistrySource() = default;
  // The registry's folder on disk (for a revision: where it lies in the working tree, or the
  // repository's folder when it is bare). Used for display and paths relative to the cwd.
  virtual std::filesystem::path root() const = 0;
  // "the working tree" / "revision 1a2b3c4 (main)".
  // Where the records come from, in the reader's words ("the files as they are now", "revision
  // abc1234 (main)"), as a catalogue message.
  virtual Message describe() const = 0;
  virtual SourceEntry settings_entry() const = 0;
  // Every record file, sorted by path; everything else that lies where records live, and every
  // entry that is not a regular file, is an E011 finding.
  virtual std::vector<SourceEntry> list(FindingSink& sink) const = 0;
  // Reads one entry, checking its size before reading it.
  virtual ReadOutcome read(const SourceEntry& entry, std::size_t max_bytes) const = 0;
};

// The working tree whose registry root (the folder holding hok.yaml) is `root`.
std::unique_ptr<RegistrySource> working_tree_source(const std::filesystem::path& root);

// The kind of the entries under the registry's top-level folder `top`: `top` itself for a kind
// directory ("groups") and for "reports" (the secretariat's texts, reports/YYYY.md), "" for any
// other folder.
std::string folder_kind(const std::string& top);

// Sorts an entry found at `path` (name `name`, inside kind directory `kind` or "" outside all)
// into `entries` when it is a record file or a secretariat's text (kind "reports", a path
// "reports/YYYY.md"), or reports it as stray. Shared by every source so the
// working tree and a revision judge the same tree the same way.
void classify_regular_file(const std::string& path, const std::string& name, const std::string& kind,
                           const std::string& handle, std::vector<SourceEntry>& entries, FindingSink& sink);

// An E011 finding for a file-level problem.
void report_stray(FindingSink& sink, const std::string& path, Message message, Message hint);

}  // namespace hok
