#pragma once
// `hok digest` as a library call: the registry as a browsable site (HTML) or Markdown pages.
#include <filesystem>
#include <optional>
#include <string>

#include "core/dates.hpp"
#include "digest/site_renderer.hpp"
#include "model/registry.hpp"

namespace hok {

struct DigestOptions {
  DigestFormat format = DigestFormat::Html;
  std::filesystem::path out;
  std::optional<std::string> language;             // default: hok.yaml's `language`
  std::optional<std::filesystem::path> templates;  // replaces built-in files by name
  Date as_of;                                      // the date the open gaps are judged at
};

struct DigestSummary {
  std::size_t pages = 0;
  std::size_t files = 0;
};

// Builds and writes the digest of a registry that validated without errors. Throws HokError
// when the output folder is not hok's, a template or catalogue is broken, or a file cannot be
// written.
DigestSummary write_digest(const Registry& registry, const DigestOptions& options);

}  // namespace hok
