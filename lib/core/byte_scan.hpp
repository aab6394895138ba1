#pragma once
// The raw-byte gate every file passes before a YAML parser sees it: size, UTF-8, NUL and other
// control bytes, byte-order mark. yaml-cpp passes invalid UTF-8 through, turns a NUL in a plain
// scalar into an escape, and switches to UTF-32 after three NULs — so none of that reaches it.
#include <string>

#include "core/finding.hpp"

namespace hok {

struct ByteScanResult {
  bool readable = true;  // false: do not parse the file
  bool had_bom = false;  // the caller strips the three BOM bytes
};

ByteScanResult scan_bytes(const std::string& path, const std::string& text, std::size_t max_bytes,
                          FindingSink& sink);

// Number of UTF-8 code points in `text` (valid UTF-8 assumed; stray bytes count one each).
int utf8_length(std::string_view text);

}  // namespace hok
