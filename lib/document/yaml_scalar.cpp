#include "document/yaml_scalar.hpp"

#include <string>

#include <fmt/format.h>

#include "core/scalar_typing.hpp"

namespace hok {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Digits from `i` on, at least `least` and at most `most`; advances `i`.
bool digits(std::string_view text, std::size_t& i, std::size_t least, std::size_t most) {
  std::size_t count = 0;
  while (i < text.size() && count < most && is_digit(text[i])) ++i, ++count;
  return count >= least;
}

// YYYY-MM-DD by form (the calendar is checked elsewhere).
bool is_date_form(std::string_view text) {
  std::size_t i = 0;
  return text.size() == 10 && digits(text, i, 4, 4) && text[i++] == '-' && digits(text, i, 2, 2) &&
         text[i++] == '-' && digits(text, i, 2, 2) && i == text.size();
}

// YAML 1.1 timestamps: [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}, optionally followed by [Tt ] and a time.
bool is_yaml11_timestamp(std::string_view text) {
  std::size_t i = 0;
  if (!digits(text, i, 4, 4) || i >= text.size() || text[i++] != '-') return false;
  if (!digits(text, i, 1, 2) || i >= text.size() || text[i++] != '-') return false;
  if (!digits(text, i, 1, 2)) return false;
  return i == text.size() || text[i] == 'T' || text[i] == 't' || text[i] == ' ';
}

// YAML 1.1 numbers with `_` separators ([-+]?[0-9][0-9_]*(\.[0-9_]*)?) and sexagesimal ones
// ([-+]?[0-9]+(:[0-5]?[0-9])+(\.[0-9_]*)?, e.g. `1:20`).
bool is_yaml11_number(std::string_view text) {
  std::size_t i = (!text.empty() && (text[0] == '-' || text[0] == '+')) ? 1 : 0;
  if (i >= text.size() || !is_digit(text[i])) return false;
  bool sexagesimal = false;
  while (i < text.size() && (is_digit(text[i]) || text[i] == '_')) ++i;
  while (i < text.size() && text[i] == ':') {
    ++i;
    std::size_t start = i;
    if (!digits(text, i, 1, 2) || (i - start == 2 && text[start] > '5')) return false;
    sexagesimal = true;
  }
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && (is_digit(text[i]) || text[i] == '_')) ++i;
  }
  return i == text.size() && (sexagesimal || text.find(':') == std::string_view::npos);
}

// Forms YAML 1.1 reads as something other than text, beyond is_yaml11_ambiguous: timestamps,
// numbers with `_` separators, sexagesimal numbers.
bool is_yaml11_non_text(std::string_view text) { return is_yaml11_timestamp(text) || is_yaml11_number(text); }

bool has_unsafe_character(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 || byte == 0x7F) return true;
    // U+0085, U+2028, U+2029 are line breaks to YAML; U+FEFF a byte-order mark.
    if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85) return true;
    if (byte == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0xA8 || static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
      return true;
    }
    if (byte == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBB &&
        static_cast<unsigned char>(text[i + 2]) == 0xBF) {
      return true;
    }
  }
  return false;
}

bool can_be_plain(std::string_view text) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ') return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) != std::string_view::npos) return false;
  if (text.back() == ':') return false;
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) return false;
  if (has_unsafe_character(text)) return false;
  std::string copy(text);
  if (!type_scalar(copy, true).is_string() || is_yaml11_ambiguous(copy)) return false;
  return true;
}

}  // namespace

std::string yaml_double_quoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    auto byte = static_cast<unsigned char>(c);
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else if (byte < 0x20 || byte == 0x7F) out += fmt::format("\\x{:02x}", byte);
    else if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85) {
      out += "\\N";
      ++i;
    } else if (byte == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(text[i + 2]) == 0xA8 ||
                static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
      out += static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\L" : "\\P";
      i += 2;
    } else if (byte == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBB &&
               static_cast<unsigned char>(text[i + 2]) == 0xBF) {
      out += "\\uFEFF";
      i += 2;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string yaml_scalar(std::string_view text, bool plain_dates) {
  if (plain_dates && is_date_form(text)) return std::string(text);
  if (can_be_plain(text) && !is_yaml11_non_text(text)) return std::string(text);
  return yaml_double_quoted(text);
}

}  // namespace hok
