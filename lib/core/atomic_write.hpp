#pragma once
// Writes files atomically: a temporary file in the same folder, then renamed over the target, so
// a reader never sees half a file and a failed run leaves the old file intact. Folders are opened
// without following symbolic links below the folder the caller names (`Folder::child`), so a link
// planted inside a registry or an output folder never sends a write elsewhere; temporary files are
// named by `temporary_name`, removed on SIGINT/SIGTERM (core/temporary_files) and recognised later.
#include <filesystem>
#include <string>
#include <vector>

namespace hok {

// Whether a file is flushed to disk (fsync) before it is renamed into place. The rename is atomic
// either way: a reader never sees half a file. `Later` is for many files written together (the
// digest's pages, hok mv's files): one fsync each cost 30 of the 40 s of a 9,500-page digest; the
// writer calls sync_file_system once at the end instead, before it declares the files complete.
enum class Flush { Now, Later };

// An open folder (a directory file descriptor): files are created, renamed and removed relative
// to it, so the folder cannot be swapped for a symbolic link in the middle of a run. Every method
// throws std::runtime_error with a plain message naming the path on failure.
class Folder {
 public:
  // Opens `path` (which may itself be reached through links: the caller named it); with `create`,
  // creates it and its missing parents first.
  static Folder open(const std::filesystem::path& path, bool create = false);
  // Opens the sub-folder `relative` ("a/b"), one name at a time without following a symbolic
  // link; with `create`, creates the missing ones. A link in the way is refused, naming it.
  Folder child(const std::string& relative, bool create = false) const;

  Folder(Folder&& other) noexcept;
  Folder& operator=(Folder&& other) noexcept;
  Folder(const Folder&) = delete;
  Folder& operator=(const Folder&) = delete;
  ~Folder();

  const std::filesystem::path& path() const { return path_; }
  int descriptor() const { return descriptor_; }

  // Writes `content` to a new temporary file here and returns its name; the caller renames it
  // into place (`rename`) or removes it (`remove`). It is removed if the process is interrupted.
  std::string write_temporary(const std::string& target_name, const std::string& content,
                              Flush flush = Flush::Now, int mode = 0644) const;
  // `name` replaced atomically by `content` (a symbolic link named `name` is replaced, never
  // followed).
  void write_atomically(const std::string& name, const std::string& content, Flush flush = Flush::Now,
                        int mode = 0644) const;
  // Like write_atomically, but never replaces an existing file (hard link; throws "… already
  // exists").
  void create_atomically(const std::string& name, const std::string& content, Flush flush = Flush::Now,
                         int mode = 0644) const;
  // A temporary file written by write_temporary becomes `name`; `ticket` bookkeeping included.
  void rename(const std::string& temporary, const std::string& name) const;
  // Hard-links the temporary to `name` (fails if `name` exists: throws "… already exists") and
  // removes the temporary.
  void link(const std::string& temporary, const std::string& name) const;
  // Removes a file; false if it was not there.
  bool remove(const std::string& name) const;
  // The file's bytes, read without following a final symbolic link; throws if it cannot be read.
  std::string read(const std::string& name) const;
  // Whether anything (a file, a folder, a link) is named `name` here.
  bool has(const std::string& name) const;
  // The mode bits of the file `name` (not followed), or -1.
  int mode_of(const std::string& name) const;

 private:
  Folder(int descriptor, std::filesystem::path path) : descriptor_(descriptor), path_(std::move(path)) {}
  int descriptor_ = -1;
  std::filesystem::path path_;
};

// Throws std::runtime_error with a plain message on failure. The folder holding `target` is the
// one the caller named (its path may pass through links); the file itself is never followed.
void write_file_atomically(const std::filesystem::path& target, const std::string& content,
                           Flush flush = Flush::Now);

// Flushes to disk everything written so far to the file system that holds `folder` (syncfs).
// Throws std::runtime_error with a plain message on failure.
void sync_file_system(const std::filesystem::path& folder);

// Writes `content` to a new temporary file in `target`'s folder, flushed to disk unless `flush`
// says later, and returns its path; the caller renames it into place or removes it. Throws
// std::runtime_error with a plain message on failure, leaving nothing behind.
std::filesystem::path write_temporary_beside(const std::filesystem::path& target, const std::string& content,
                                             Flush flush = Flush::Now);

// Like write_file_atomically, but never replaces an existing file: the complete temporary file is
// hard-linked to `target`, which fails if `target` exists (even one created a moment earlier).
// Throws std::runtime_error ("… already exists") in that case.
void create_file_atomically(const std::filesystem::path& target, const std::string& content);

// hok's temporary files (core/temporary_files) left under `folder` by a run that was killed,
// relative to it, sorted; hidden folders other than `.hok` are not entered, links never followed.
std::vector<std::string> find_left_temporaries(const std::filesystem::path& folder);
// Removes them and returns their names.
std::vector<std::string> remove_left_temporaries(const std::filesystem::path& folder);

// The folder part and the file name of a path relative to a Folder ("groups/a.yaml" → "groups",
// "a.yaml"; a bare name has the empty folder part).
inline std::string parent_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}
inline std::string name_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace hok
