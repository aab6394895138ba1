#pragma once
// Characters people cannot see: zero-width characters and the bidirectional controls that reorder
// how text is shown ("Trojan Source", CVE-2021-42574). Two ids or names that differ only by one of
// them look identical on screen, and U+202E can make a value read backwards. hok names them in
// findings, refuses them in ids, and prints them as `<U+202E>` in its text output.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hok {

struct InvisibleCharacter {
  std::size_t offset = 0;  // byte offset in the text
  std::size_t length = 0;  // its UTF-8 length in bytes
  char32_t code_point = 0;
};

// The first invisible character in UTF-8 `text`, if any.
std::optional<InvisibleCharacter> find_invisible(std::string_view text);

// "U+202E (RIGHT-TO-LEFT OVERRIDE)".
std::string invisible_label(char32_t code_point);

// `text` with every invisible character written as "<U+202E>".
std::string escape_invisible(std::string_view text);

}  // namespace hok
