#pragma once
// `hok init DIR` as a library call: a new, empty registry that validates clean, with what its
// editors need — a guide in Swedish, CI, editor settings and the schemas for offline completion.
#include <filesystem>
#include <string>
#include <vector>

namespace hok {

struct InitOptions {
  std::string name;  // the registry's name in hok.yaml; empty: the folder's name
};

// One file of a new registry: its path relative to the registry root, and its text.
struct InitFile {
  std::string path;
  std::string text;
};

// The files of a new registry: hok.yaml, README.md, .editorconfig, .github/workflows/hok.yml,
// .vscode/settings.json, .hok/schemas/*.schema.json and a .gitkeep in each kind directory.
std::vector<InitFile> registry_init_files(const std::string& name);

// Writes a new registry into `directory` (created if missing), each file atomically, and returns
// the paths written. Throws HokError if `directory` exists and is not an empty folder: init never
// overwrites anything.
std::vector<std::string> init_registry(const std::filesystem::path& directory, const InitOptions& options);

}  // namespace hok
