#pragma once
// Writes a file atomically: a temporary file in the same folder, flushed, then renamed over the
// target, so a reader never sees half a file and a failed run leaves the old file intact.
#include <filesystem>
#include <string>

namespace hok {

// Whether a file is flushed to disk (fsync) before it is renamed into place. The rename is atomic
// either way: a reader never sees half a file. `Later` is for thousands of files written
// together (the digest's pages): one fsync each cost 30 of the 40 s of a 9,500-page digest; the
// writer calls sync_file_system once at the end instead, before it declares the files complete.
enum class Flush { Now, Later };

// Throws HokError-compatible std::runtime_error with a plain message on failure.
void write_file_atomically(const std::filesystem::path& target, const std::string& content,
                           Flush flush = Flush::Now);

// Flushes to disk everything written so far to the file system that holds `folder` (syncfs).
// Throws std::runtime_error with a plain message on failure.
void sync_file_system(const std::filesystem::path& folder);

// Writes `content` to a new temporary file in `target`'s folder, flushed to disk unless `flush`
// says later, and returns its path; the caller renames it into place (several files together:
// see app/record_rename) or removes it. Throws std::runtime_error with a plain message on
// failure, leaving nothing behind.
std::filesystem::path write_temporary_beside(const std::filesystem::path& target, const std::string& content,
                                             Flush flush = Flush::Now);

// Like write_file_atomically, but never replaces an existing file: the complete temporary file is
// hard-linked to `target`, which fails if `target` exists (even one created a moment earlier).
// Throws std::runtime_error ("… already exists") in that case.
void create_file_atomically(const std::filesystem::path& target, const std::string& content);

}  // namespace hok
