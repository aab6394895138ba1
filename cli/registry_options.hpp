#pragma once
// The options every command that reads a registry shares: where it is, and at which revision.
#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "load/registry_source.hpp"

namespace hok::cli {

struct RegistryArgs {
  std::string path = ".";
  std::string directory;
  std::string revision;  // --rev: read the registry as it stands in this commit
};

// Adds `path`, `-C/--directory` and `--rev` to `command`.
void add_registry_options(CLI::App* command, RegistryArgs& args);

// Adds `--lang sv|en`: the language of finding messages (default: hok.yaml's `language`).
void add_language_option(CLI::App* command, std::string& language);

// The working tree, or the revision named by --rev. Throws HokError when there is no registry.
std::unique_ptr<RegistrySource> open_registry(const RegistryArgs& args);

}  // namespace hok::cli
