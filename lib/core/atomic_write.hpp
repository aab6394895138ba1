#pragma once
// Writes a file atomically: a temporary file in the same folder, flushed, then renamed over the
// target, so a reader never sees half a file and a failed run leaves the old file intact.
#include <filesystem>
#include <string>

namespace hok {

// Throws HokError-compatible std::runtime_error with a plain message on failure.
void write_file_atomically(const std::filesystem::path& target, const std::string& content);

// Writes `content` to a new temporary file in `target`'s folder, flushed to disk, and returns its
// path; the caller renames it into place (several files together: see app/record_rename) or
// removes it. Throws std::runtime_error with a plain message on failure, leaving nothing behind.
std::filesystem::path write_temporary_beside(const std::filesystem::path& target, const std::string& content);

// Like write_file_atomically, but never replaces an existing file: the complete temporary file is
// hard-linked to `target`, which fails if `target` exists (even one created a moment earlier).
// Throws std::runtime_error ("… already exists") in that case.
void create_file_atomically(const std::filesystem::path& target, const std::string& content);

}  // namespace hok
