#pragma once
// Writes a digest into a folder that hok owns: a folder that is missing, empty, or marked by an
// earlier `hok digest` with the file `.hok-digest`. Each file is written atomically; files that
// an earlier run wrote and this one did not (a record removed since) are deleted.
#include <filesystem>
#include <vector>

#include "digest/site_renderer.hpp"

namespace hok {

// The marker's file name.
inline constexpr const char* digest_marker = ".hok-digest";

// Throws HokError (exit 2) for a folder that is not empty and holds no marker, for a path that
// is a file, and for any file that cannot be written.
void write_site(const std::filesystem::path& folder, const std::vector<SiteFile>& files);

}  // namespace hok
