#pragma once
// Bytes → strictly typed JSON with a position for every value. Closes the traps of yaml-cpp 0.7
// (../shared/spec/parsing-traps.md): duplicate keys, unclosed quotes, anchors/aliases, merge keys,
// tags, non-string keys, several documents, deep nesting, over-long scalars; scalars are typed by
// the YAML 1.2 core schema from their style, never with yaml-cpp's as<>.
#include <string>

#include "core/finding.hpp"
#include "core/source_file.hpp"

namespace hok {

struct ReadLimits {
  std::size_t max_file_bytes = 1 << 20;  // 1 MiB: a record is a few kilobytes
  std::size_t max_scalar_bytes = 10000;  // longer values are refused (valijson's regex recursion)
  int max_depth = 16;                    // a record needs 5 levels at most
};

// Reads one file's bytes: byte scan (E003), YAML parse (E001, E002), value limits (E004).
// The returned file has `data` unless the bytes or the syntax made it unreadable.
std::shared_ptr<SourceFile> read_source(std::string path, std::string kind, std::string text, FindingSink& sink,
                          const ReadLimits& limits = {});

}  // namespace hok
