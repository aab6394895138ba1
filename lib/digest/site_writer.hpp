#pragma once
// Writes a digest into a folder that hok owns: a folder that is missing, empty, or marked by an
// earlier `hok digest` with the file `.hok-digest`. Each file is written atomically; files that
// an earlier run wrote and this one did not (a record removed since) are deleted.
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/atomic_write.hpp"
#include "core/write_lock.hpp"
#include "digest/site_renderer.hpp"

namespace hok {

// The marker's file name.
inline constexpr const char* digest_marker = ".hok-digest";

// Writes the files of a site one by one as they are rendered, so that a digest of 9,500 pages
// never holds them all. Every method throws HokError (exit 2) for a folder that is not empty and
// holds no marker, for a path that is a file, for a symbolic link inside the folder where a
// sub-folder goes (never followed, for writing or deleting), and for any file that cannot be
// written. The writer holds the folder's lock (core/write_lock) from construction to destruction
// and first removes the temporary files a killed run left there, so they are never published.
class SiteWriter {
 public:
  // Checks the folder, creates it and the sub-folders of `paths`, and writes the marker listing
  // `paths` and the files an earlier run wrote, so that a run that fails halfway leaves a folder
  // hok may write into and clean up again.
  SiteWriter(std::filesystem::path folder, const std::vector<std::string>& paths);
  // Writes one of the files named to the constructor; several threads may write at once.
  void write(const SiteFile& file) const;
  // Deletes the files an earlier run wrote and this one did not, flushes every file to disk, and
  // rewrites the marker to list exactly this run's files.
  void finish();

 private:
  const Folder& folder_of(const std::string& path) const;

  std::filesystem::path folder_;
  std::unique_ptr<WriteLock> lock_;
  std::unique_ptr<Folder> root_;
  std::map<std::string, Folder> folders_;  // the sub-folders, opened once (then only read)
  std::set<std::string> current_;
  std::vector<std::string> previous_;
};

// All of `files` through one SiteWriter.
void write_site(const std::filesystem::path& folder, const std::vector<SiteFile>& files);

}  // namespace hok
