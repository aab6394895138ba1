#pragma once
// Lists the files of a registry tree without following anything out of it: symbolic links that
// leave the tree, loops, FIFOs, sockets and devices are findings (E011), never opened.
#include <filesystem>
#include <string>
#include <vector>

#include "core/finding.hpp"
#include "load/registry_source.hpp"

namespace hok {

// Every `*.yaml` under the kind directories of the working tree at `root`, sorted by path, with
// the file to open as `handle` (a symlink inside the tree: its target). Other files under kind
// directories and YAML files outside them are E011 findings. Hidden entries (".git") are skipped,
// except hok's own temporary files left by a killed run (E011, never read). Throws HokError while
// the root holds a `hok mv` journal (core/rename_journal): the tree is half renamed.
std::vector<SourceEntry> list_registry_files(const std::filesystem::path& root, FindingSink& sink);

// Reads a regular file without following a final symlink and without blocking on a FIFO.
// Reads at most `max_bytes + 1` bytes (the byte scan reports the oversize). Returns false with
// `error` set if the file cannot be read as a regular file.
bool read_regular_file(const std::filesystem::path& path, std::size_t max_bytes, std::string& content,
                       std::string& error);

}  // namespace hok
