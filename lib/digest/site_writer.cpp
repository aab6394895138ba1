#include "digest/site_writer.hpp"

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "core/atomic_write.hpp"
#include "load/registry_loader.hpp"

namespace hok {

namespace {

namespace fs = std::filesystem;

// What a digest may name: paths built from ids and fixed names only.
bool is_digest_path(const std::string& path) {
  static const std::regex pattern("^([a-z0-9]+(-[a-z0-9]+)*/)?[a-z0-9]+(-[a-z0-9]+)*\\.(html|md|css)$");
  return std::regex_match(path, pattern);
}

std::vector<std::string> files_listed_in_marker(const fs::path& marker) {
  std::ifstream input(marker);
  std::vector<std::string> listed;
  for (std::string line; std::getline(input, line);) {
    if (is_digest_path(line)) listed.push_back(line);
  }
  return listed;
}

void check_folder(const fs::path& folder) {
  std::error_code error;
  fs::file_status status = fs::symlink_status(folder, error);
  if (!fs::exists(status)) return;
  if (!fs::is_directory(status)) {
    throw HokError(fmt::format("--out {}: exists and is not a folder; name a new or empty folder", folder.string()));
  }
  if (fs::is_empty(folder, error) || fs::is_regular_file(folder / digest_marker)) return;
  throw HokError(fmt::format(
      "--out {}: the folder is not empty and was not written by `hok digest` (it has no {} file); "
      "hok will not overwrite it. Name a new or empty folder.",
      folder.string(), digest_marker));
}

}  // namespace

static std::string marker_text(const std::set<std::string>& paths) {
  std::string text =
      "# Written by `hok digest`: hok may overwrite this folder and deletes the files listed here\n"
      "# that it no longer writes. Remove this file to keep hok out of the folder.\n";
  for (const std::string& path : paths) text += path + "\n";
  return text;
}

void write_site(const fs::path& folder, const std::vector<SiteFile>& files) {
  check_folder(folder);
  std::error_code error;
  fs::create_directories(folder, error);
  if (error) throw HokError(fmt::format("cannot create {}: {}", folder.string(), error.message()));
  std::vector<std::string> previous = files_listed_in_marker(folder / digest_marker);
  std::set<std::string> current;
  for (const SiteFile& file : files) {
    if (!is_digest_path(file.path)) throw HokError(fmt::format("refusing to write the file name '{}'", file.path));
    current.insert(file.path);
  }
  try {
    // The marker first, listing old and new files, so a run that fails halfway leaves a folder
    // that hok may write into and clean up again.
    std::set<std::string> all = current;
    all.insert(previous.begin(), previous.end());
    write_file_atomically(folder / digest_marker, marker_text(all));
    for (const SiteFile& file : files) {
      fs::path target = folder / file.path;
      fs::create_directories(target.parent_path());
      write_file_atomically(target, file.content, Flush::Later);
    }
    sync_file_system(folder);  // every page on disk before the marker says the folder is complete
    for (const std::string& path : previous) {
      if (current.contains(path)) continue;
      fs::remove(folder / path, error);
      fs::path parent = (folder / path).parent_path();
      if (parent != folder && fs::is_directory(parent, error) && fs::is_empty(parent, error)) fs::remove(parent, error);
    }
    write_file_atomically(folder / digest_marker, marker_text(current));
  } catch (const std::runtime_error& failure) {
    throw HokError(failure.what());
  }
}

}  // namespace hok
