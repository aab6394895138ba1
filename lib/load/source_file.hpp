#pragma once
// One registry file after loading: its bytes, its data as strictly typed JSON, and where every
// value came from. Everything after loading works on this, never on YAML nodes.
#include <map>
#include <memory>
#include <optional>
#include <string>
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

// JSON pointer ("/mandate/purposes/1") → position. Pointers are RFC 6901 escaped.
class PositionIndex {
 public:
  void set(const std::string& pointer, NodePosition position) { positions_[pointer] = position; }
  const NodePosition* find(const std::string& pointer) const;
  // The position of `pointer`, or of its nearest ancestor that has one; the file start otherwise.
  NodePosition nearest(const std::string& pointer) const;

 private:
  std::map<std::string, NodePosition> positions_;
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

using SourceFilePtr = std::shared_ptr<const SourceFile>;

// Appends an RFC 6901 escaped token to a JSON pointer.
std::string pointer_append(const std::string& pointer, const std::string& token);
std::string pointer_append(const std::string& pointer, std::size_t index);

}  // namespace hok
