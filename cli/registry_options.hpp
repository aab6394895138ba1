#pragma once
// The options every command that reads a registry shares: where it is, and at which revision.
#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "load/registry_source.hpp"
#include "model/registry.hpp"

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

// Hands the registry over to the end of the process instead of freeing it: a command that is done
// with it is about to exit, and the operating system takes the memory back at once, while
// freeing a national registry one small allocation at a time took some 25 ms of `hok validate`'s
// 0.52 s on 10,000 files (docs/performance.md). The registry stays reachable from a global, so
// LeakSanitizer does not count it as a leak. Call it after the last use of the registry.
void keep_until_exit(std::unique_ptr<Registry> registry);

}  // namespace hok::cli
