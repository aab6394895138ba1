#include "digest/site_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <regex>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "core/atomic_write.hpp"
#include "core/temporary_files.hpp"
#include "core/error.hpp"

namespace hok {

namespace {

namespace fs = std::filesystem;

// What a digest may name: paths built from ids and fixed names only.
bool is_digest_path(const std::string& path) {
  static const std::regex pattern("^([a-z0-9]+(-[a-z0-9]+)*/)?[a-z0-9]+(-[a-z0-9]+)*\\.(html|md|css|js)$");
  return std::regex_match(path, pattern);
}

void check_folder(const fs::path& folder) {
  std::error_code error;
  fs::file_status status = fs::symlink_status(folder, error);
  if (!fs::exists(status)) return;
  if (!fs::is_directory(status)) {
    throw HokError(message("error.digest.out_not_folder", {{"folder", folder.string()}}));
  }
  if (fs::is_regular_file(fs::symlink_status(folder / digest_marker, error))) return;
  // Empty, or holding only what a killed run of hok left before its marker: its lock file and
  // temporary files.
  bool only_hok = true;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    std::string name = it->path().filename().string();
    if (name != lock_file_name && !is_temporary_name(name)) only_hok = false;
  }
  if (only_hok && !error) return;
  throw HokError(message("error.digest.out_not_empty", {{"folder", folder.string()}, {"marker", digest_marker}}));
}

}  // namespace

static std::string marker_text(const std::set<std::string>& paths) {
  std::string text =
      "# Written by `hok digest`: hok may overwrite this folder and deletes the files listed here\n"
      "# that it no longer writes. Remove this file to keep hok out of the folder.\n";
  for (const std::string& path : paths) text += path + "\n";
  return text;
}

namespace {

}  // namespace

SiteWriter::SiteWriter(fs::path folder, const std::vector<std::string>& paths) : folder_(std::move(folder)) {
  check_folder(folder_);
  for (const std::string& path : paths) {
    // Internal: the digest names its own files from ids (checked by the loader), so stays English.
    if (!is_digest_path(path)) throw HokError(fmt::format("refusing to write the file name '{}'", path));
    current_.insert(path);
  }
  try {
    root_ = std::make_unique<Folder>(Folder::open(folder_, true));
    lock_ = std::make_unique<WriteLock>(folder_, "hok digest");
    remove_left_temporaries(folder_);
    if (root_->has(digest_marker)) {
      std::istringstream listed(root_->read(digest_marker));
      for (std::string line; std::getline(listed, line);) {
        if (is_digest_path(line)) previous_.push_back(line);
      }
    }
    std::set<std::string> all = current_;
    all.insert(previous_.begin(), previous_.end());
    root_->write_atomically(digest_marker, marker_text(all));
    for (const std::string& path : current_) {
      std::string parent = parent_of(path);
      if (!parent.empty() && !folders_.contains(parent)) folders_.emplace(parent, root_->child(parent, true));
    }
  } catch (const HokError&) {
    throw;  // the lock held by another run: already in words
  } catch (const std::runtime_error& failure) {  // fs::filesystem_error is one
    throw HokError(message("error.write_failed", {{"detail", failure.what()}}));
  }
}

const Folder& SiteWriter::folder_of(const std::string& path) const {
  std::string parent = parent_of(path);
  return parent.empty() ? *root_ : folders_.at(parent);
}

void SiteWriter::write(const SiteFile& file) const {
  if (!current_.contains(file.path)) {
    // Internal: a page the digest did not announce is a defect in hok, so stays English.
    throw HokError(fmt::format("refusing to write '{}': not one of the digest's files", file.path));
  }
  try {
    folder_of(file.path).write_atomically(name_of(file.path), file.content, Flush::Later);
  } catch (const std::runtime_error& failure) {
    throw HokError(message("error.write_failed", {{"detail", failure.what()}}));
  }
}

void SiteWriter::finish() {
  try {
    for (const std::string& path : previous_) {
      if (current_.contains(path)) continue;
      std::string parent = parent_of(path);
      if (parent.empty()) {
        root_->remove(path);
        continue;
      }
      // A folder of an earlier run that is a link now is refused (Folder::child), never followed.
      if (!root_->has(parent)) continue;
      root_->child(parent).remove(name_of(path));
      ::unlinkat(root_->descriptor(), parent.c_str(), AT_REMOVEDIR);  // only if empty; never a link
    }
    sync_file_system(folder_);  // every page on disk before the marker says the folder is complete
    root_->write_atomically(digest_marker, marker_text(current_));
  } catch (const std::runtime_error& failure) {
    throw HokError(message("error.write_failed", {{"detail", failure.what()}}));
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
