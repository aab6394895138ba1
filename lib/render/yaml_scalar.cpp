#include "render/yaml_scalar.hpp"

#include <regex>

#include <fmt/format.h>

#include "load/scalar_typing.hpp"

namespace hok {

namespace {

bool is_date_form(std::string_view text) {
  static const std::regex date(R"([0-9]{4}-[0-9]{2}-[0-9]{2})");
  return std::regex_match(text.begin(), text.end(), date);
}

// Forms YAML 1.1 reads as something other than text, beyond is_yaml11_ambiguous: timestamps,
// numbers with `_` separators, sexagesimal numbers (`1:20`).
bool is_yaml11_non_text(std::string_view text) {
  static const std::regex timestamp(R"([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?)");
  static const std::regex separated(R"([-+]?[0-9][0-9_]*(\.[0-9_]*)?)");
  static const std::regex sexagesimal(R"([-+]?[0-9]+(:[0-5]?[0-9])+(\.[0-9_]*)?)");
  return std::regex_match(text.begin(), text.end(), timestamp) ||
         std::regex_match(text.begin(), text.end(), separated) ||
         std::regex_match(text.begin(), text.end(), sexagesimal);
}

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
