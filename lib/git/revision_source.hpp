#pragma once
// A registry as it stands in a git commit, read straight from the object database (works in a
// bare repository and in a shallow clone that has the commit).
#include <filesystem>
#include <memory>
#include <string>

#include "git/git_repository.hpp"
#include "load/registry_source.hpp"

namespace hok {

// The registry that holds `start` (a folder in the working tree, or the repository itself),
// as of `revision`. Throws HokError: not a git repository, unknown revision, or no hok.yaml in
// that revision.
std::unique_ptr<RegistrySource> revision_source(const std::filesystem::path& start, const std::string& revision);

}  // namespace hok
