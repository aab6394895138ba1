#pragma once
// Small registries written to a temporary directory, for tests that load a whole tree.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/finding.hpp"
#include "load/registry_loader.hpp"

namespace hok::test {

// Path relative to the registry root ("groups/vis.yaml") → the file's text.
using Files = std::map<std::string, std::string>;

// A registry tree under the system's temporary directory, removed again by the destructor.
// hok.yaml holds `hok: 1` and `name: Test` unless `files` gives one.
class TempRegistry {
 public:
  explicit TempRegistry(const Files& files);
  ~TempRegistry();
  TempRegistry(const TempRegistry&) = delete;
  TempRegistry& operator=(const TempRegistry&) = delete;

  const std::filesystem::path& root() const { return root_; }
  // Writes (or overwrites) one more file.
  void write(const std::string& path, const std::string& text) const;
  LoadResult load() const;

 private:
  std::filesystem::path root_;
};

// Loads `files` as a registry, runs every validate check and returns the findings with `code`.
std::vector<Finding> validate_findings(const Files& files, const std::string& code);

}  // namespace hok::test
