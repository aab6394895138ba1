#include "core/invisible.hpp"

#include <fmt/format.h>

namespace hok {

namespace {

struct Named {
  char32_t code_point;
  const char* name;
};

// Zero-width and bidirectional-control characters (Unicode's Bidi_Control and the zero-width
// format characters). The soft hyphen (U+00AD) is not among them: pasted from word processors into
// Swedish text it is common, and harmless.
constexpr Named kInvisible[] = {
    {0x061C, "ARABIC LETTER MARK"},
    {0x180E, "MONGOLIAN VOWEL SEPARATOR"},
    {0x200B, "ZERO WIDTH SPACE"},
    {0x200C, "ZERO WIDTH NON-JOINER"},
    {0x200D, "ZERO WIDTH JOINER"},
    {0x200E, "LEFT-TO-RIGHT MARK"},
    {0x200F, "RIGHT-TO-LEFT MARK"},
    {0x202A, "LEFT-TO-RIGHT EMBEDDING"},
    {0x202B, "RIGHT-TO-LEFT EMBEDDING"},
    {0x202C, "POP DIRECTIONAL FORMATTING"},
    {0x202D, "LEFT-TO-RIGHT OVERRIDE"},
    {0x202E, "RIGHT-TO-LEFT OVERRIDE"},
    {0x2060, "WORD JOINER"},
    {0x2061, "FUNCTION APPLICATION"},
    {0x2062, "INVISIBLE TIMES"},
    {0x2063, "INVISIBLE SEPARATOR"},
    {0x2064, "INVISIBLE PLUS"},
    {0x2066, "LEFT-TO-RIGHT ISOLATE"},
    {0x2067, "RIGHT-TO-LEFT ISOLATE"},
    {0x2068, "FIRST STRONG ISOLATE"},
    {0x2069, "POP DIRECTIONAL ISOLATE"},
    {0xFEFF, "ZERO WIDTH NO-BREAK SPACE"},
};

const char* name_of(char32_t code_point) {
  for (const Named& named : kInvisible) {
    if (named.code_point == code_point) return named.name;
  }
  return nullptr;
}

// Decodes the 2- or 3-byte UTF-8 sequence at text[i] (all the characters above are in the BMP);
// 0 for anything else.
char32_t decode_at(std::string_view text, std::size_t i, std::size_t& length) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  if (lead >= 0xC2 && lead <= 0xDF && i + 1 < text.size() && (byte(i + 1) & 0xC0) == 0x80) {
    length = 2;
    return (static_cast<char32_t>(lead & 0x1F) << 6) | (byte(i + 1) & 0x3F);
  }
  if (lead >= 0xE0 && lead <= 0xEF && i + 2 < text.size() && (byte(i + 1) & 0xC0) == 0x80 &&
      (byte(i + 2) & 0xC0) == 0x80) {
    length = 3;
    return (static_cast<char32_t>(lead & 0x0F) << 12) | (static_cast<char32_t>(byte(i + 1) & 0x3F) << 6) |
           (byte(i + 2) & 0x3F);
  }
  length = 1;
  return 0;
}

// A zero width joiner that joins emoji (👩‍⚕️: U+1F469, U+200D, U+2695) is how those are written,
// not a hidden character: one right after an emoji (a four-byte sequence) or after the emoji
// variation selector U+FE0F is left alone.
bool joins_emoji(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  if (i >= 4 && byte(i - 4) >= 0xF0 && byte(i - 4) <= 0xF4) return true;
  return i >= 3 && byte(i - 3) == 0xEF && byte(i - 2) == 0xB8 && byte(i - 1) == 0x8F;
}

}  // namespace

std::optional<InvisibleCharacter> find_invisible(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Every listed character starts with 0xD8 (U+061C), 0xE1 (U+180E), 0xE2 (U+20xx) or 0xEF (U+FEFF).
    unsigned char lead = static_cast<unsigned char>(text[i]);
    if (lead != 0xD8 && lead != 0xE1 && lead != 0xE2 && lead != 0xEF) continue;
    std::size_t length = 0;
    char32_t code_point = decode_at(text, i, length);
    if (code_point == 0x200D && joins_emoji(text, i)) continue;
    if (code_point != 0 && name_of(code_point)) return InvisibleCharacter{i, length, code_point};
  }
  return std::nullopt;
}

std::string invisible_label(char32_t code_point) {
  const char* name = name_of(code_point);
  return name ? fmt::format("U+{:04X} ({})", static_cast<unsigned>(code_point), name)
              : fmt::format("U+{:04X}", static_cast<unsigned>(code_point));
}

std::string escape_invisible(std::string_view text) {
  std::string result;
  std::size_t done = 0;
  while (true) {
    std::optional<InvisibleCharacter> found = find_invisible(text.substr(done));
    if (!found) break;
    result.append(text.substr(done, found->offset));
    result += fmt::format("<U+{:04X}>", static_cast<unsigned>(found->code_point));
    done += found->offset + found->length;
  }
  result.append(text.substr(done));
  return result;
}

}  // namespace hok
