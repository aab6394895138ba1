#pragma once
// One registry file after loading: its bytes, its data as strictly typed JSON, and where every
// value came from. Everything after loading works on this, never on YAML nodes.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/finding.hpp"

namespace hok {

// Where one JSON value (and the key that holds it) sits in the YAML text. 1-based; column counts
// characters.
struct NodePosition {
  int line = 0;
  int column = 0;
  int length = 0;
  int key_line = 0;    // 0 for array items and the root
  int key_column = 0;
  int key_length = 0;
  bool plain = false;  // a plain (unquoted, non-block) scalar
};

// JSON pointer ("/mandate/purposes/1") → position. Pointers are RFC 6901 escaped. Flat: every
// pointer's characters in one string and one small entry per value, sorted by `seal`, so that a
// file with thousands of values costs a few allocations instead of one tree node and string each.
class PositionIndex {
 public:
  // Records `position` for `pointer`; a later `set` of the same pointer wins.
  void set(std::string_view pointer, NodePosition position);
  // Sorts the entries for lookup and frees the spare capacity; read_source calls it once a file
  // is read. `set` after `seal` is allowed (the index is sorted again on the next `seal`).
  void seal();
  const NodePosition* find(std::string_view pointer) const;
  // The position of `pointer`, or of its nearest ancestor that has one; the file start otherwise.
  NodePosition nearest(const std::string& pointer) const;
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::size_t offset;  // of the pointer in `keys_`
    std::uint32_t length;
    NodePosition position;
  };
  std::string_view key(const Entry& entry) const {
    return std::string_view(keys_).substr(entry.offset, entry.length);
  }

  std::string keys_;
  std::vector<Entry> entries_;
  bool sorted_ = true;
};

struct SourceFile {
  std::string path;          // relative to the registry root, `/`-separated
  std::string kind;          // "groups", … ; "registry" for hok.yaml
  std::string stem;          // file name without ".yaml"
  std::string text;          // raw bytes, as read
  std::optional<nlohmann::json> data;  // nullopt when the file could not be read or parsed
  PositionIndex positions;
  std::vector<std::string> reported_pointers;  // values the loader already reported on

  // Location of the value at `pointer` (or its nearest ancestor).
  Location value_location(const std::string& pointer) const;
  // Location of the key that holds `pointer` (falls back to the value).
  Location key_location(const std::string& pointer) const;
  // The text of 1-based line `line`, without its line ending; empty if out of range.
  std::string line_text(int line) const;
};

// The text of 1-based line `line` of `text`, without its line ending ("\n" or "\r\n"); empty if
// `line` is below 1 or past the end.
std::string line_text(std::string_view text, int line);

using SourceFilePtr = std::shared_ptr<const SourceFile>;

// Appends "/" and the RFC 6901 escaped `token` to `pointer` in place.
void append_pointer_token(std::string& pointer, std::string_view token);
// Appends an RFC 6901 escaped token to a JSON pointer.
std::string pointer_append(const std::string& pointer, const std::string& token);
std::string pointer_append(const std::string& pointer, std::size_t index);

}  // namespace hok
