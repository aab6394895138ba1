#include "registry_options.hpp"

#include <vector>

#include <fmt/format.h>

#include "git/revision_source.hpp"
#include "load/registry_loader.hpp"

namespace hok::cli {

void add_registry_options(CLI::App* command, RegistryArgs& args) {
  command->add_option("path", args.path, "the registry, or any folder or file inside it (default: .)");
  command->add_option("-C,--directory", args.directory, "the registry's folder (same as the path)");
  command->add_option("--rev", args.revision,
                      "read the registry as it stands in this git revision (a commit, branch or tag)");
}

void add_language_option(CLI::App* command, std::string& language) {
  command->add_option("--lang", language, "language of the messages: sv or en (default: hok.yaml's language)")
      ->check(CLI::IsMember({"sv", "en"}));
}

std::unique_ptr<RegistrySource> open_registry(const RegistryArgs& args) {
  std::filesystem::path start = args.directory.empty() ? args.path : args.directory;
  if (!args.revision.empty()) return revision_source(start, args.revision);
  std::error_code error;
  if (!std::filesystem::exists(start, error)) {
    throw HokError(fmt::format("{}: no such file or directory", start.string()));
  }
  std::optional<std::filesystem::path> root = find_registry_root(start);
  if (!root) {
    throw HokError(fmt::format(
        "E012 registry-root: no hok.yaml in {} or any folder above it; a registry starts with a hok.yaml "
        "(create one with `hok init`)",
        start.string()));
  }
  return working_tree_source(*root);
}

void keep_until_exit(std::unique_ptr<Registry> registry) {
  static auto* kept = new std::vector<std::unique_ptr<Registry>>();  // never destroyed, on purpose
  kept->push_back(std::move(registry));
}

}  // namespace hok::cli
