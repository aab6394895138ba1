#pragma once
// Loading a whole registry: find the root, walk the kind directories, read and parse every file
// on all cores, validate each against its kind's schema, build the typed records.
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include "core/error.hpp"
#include "core/finding.hpp"
#include "model/registry.hpp"

namespace hok {

struct LoadOptions {
  unsigned threads = 0;  // 0: all cores
  // false: each record file's JSON (`SourceFile::data`) is freed once its typed record and
  // references are built, for commands that need only the records, the text and the positions.
  bool keep_data = true;
};

struct LoadResult {
  std::unique_ptr<Registry> registry;
  FindingSink findings;        // E001–E004, E011, E012 and the schema's E004s
  std::size_t file_count = 0;  // files read (hok.yaml included)
};

// The nearest directory at or above `start` that holds hok.yaml; nullopt if none.
std::optional<std::filesystem::path> find_registry_root(const std::filesystem::path& start);

// Loads the registry (in the working tree) that holds `start`. Throws HokError when there is no
// registry or a directory cannot be read.
LoadResult load_registry(const std::filesystem::path& start, const LoadOptions& options = {});

// The `language:` of the registry at `root` (its hok.yaml, read with the same limits as any
// record), so that a run speaks it from its first line, before the registry is loaded; nullopt
// when hok.yaml cannot be read or names none.
std::optional<std::string> registry_language(const std::filesystem::path& root);

class RegistrySource;
// Loads the registry that `source` provides (the working tree, or a git revision).
LoadResult load_registry(const RegistrySource& source, const LoadOptions& options = {});

}  // namespace hok
