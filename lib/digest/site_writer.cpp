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

SiteWriter::SiteWriter(fs::path folder, const std::vector<std::string>& paths) : folder_(std::move(folder)) {
  check_folder(folder_);
  std::error_code error;
  fs::create_directories(folder_, error);
  if (error) throw HokError(fmt::format("cannot create {}: {}", folder_.string(), error.message()));
  previous_ = files_listed_in_marker(folder_ / digest_marker);
  for (const std::string& path : paths) {
    if (!is_digest_path(path)) throw HokError(fmt::format("refusing to write the file name '{}'", path));
    current_.insert(path);
  }
  std::set<std::string> all = current_;
  all.insert(previous_.begin(), previous_.end());
  try {
    write_file_atomically(folder_ / digest_marker, marker_text(all));
    for (const std::string& path : current_) {
      fs::path parent = (folder_ / path).parent_path();
      if (parent != folder_) fs::create_directories(parent);
    }
  } catch (const std::runtime_error& failure) {  // fs::filesystem_error is one
    throw HokError(failure.what());
  }
}

void SiteWriter::write(const SiteFile& file) const {
  if (!current_.contains(file.path)) {
    throw HokError(fmt::format("refusing to write '{}': not one of the digest's files", file.path));
  }
  try {
    write_file_atomically(folder_ / file.path, file.content, Flush::Later);
  } catch (const std::runtime_error& failure) {
    throw HokError(failure.what());
  }
}

void SiteWriter::finish() {
  std::error_code error;
  try {
    for (const std::string& path : previous_) {
      if (current_.contains(path)) continue;
      fs::remove(folder_ / path, error);
      fs::path parent = (folder_ / path).parent_path();
      if (parent != folder_ && fs::is_directory(parent, error) && fs::is_empty(parent, error)) fs::remove(parent, error);
    }
    sync_file_system(folder_);  // every page on disk before the marker says the folder is complete
    write_file_atomically(folder_ / digest_marker, marker_text(current_));
  } catch (const std::runtime_error& failure) {
    throw HokError(failure.what());
  }
}

void write_site(const fs::path& folder, const std::vector<SiteFile>& files) {
  std::vector<std::string> paths;
  for (const SiteFile& file : files) paths.push_back(file.path);
  SiteWriter writer(folder, paths);
  for (const SiteFile& file : files) writer.write(file);
  writer.finish();
}

}  // namespace hok
