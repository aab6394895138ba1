#include "core/scalar_typing.hpp"

#include <charconv>
#include <string_view>
#include <stdexcept>

namespace hok {

namespace {

bool all_of_class(const std::string& text, std::size_t from, bool (*is_member)(char)) {
  if (from >= text.size()) return false;
  for (std::size_t i = from; i < text.size(); ++i) {
    if (!is_member(text[i])) return false;
  }
  return true;
}

bool is_decimal_digit(char c) { return c >= '0' && c <= '9'; }
bool is_octal_digit(char c) { return c >= '0' && c <= '7'; }
bool is_hex_digit(char c) {
  return is_decimal_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

nlohmann::json integer_value(const std::string& digits, int base, bool negative) {
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
  if (error == std::errc() && end == digits.data() + digits.size()) {
    return negative ? -value : value;
  }
  // Too large for 64 bits: still a number, never silently text.
  double magnitude = 1e308;
  try {
    magnitude = std::stod(digits);
  } catch (const std::out_of_range&) {
  }
  return negative ? -magnitude : magnitude;
}

// The YAML 1.2 core float form [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?, checked by
// hand: std::regex is slow, recursive, and trips g++ 12's maybe-uninitialized warning.
bool is_core_float(const std::string& text) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  std::size_t integer_digits = 0;
  for (; i < text.size() && is_decimal_digit(text[i]); ++i) ++integer_digits;
  std::size_t fraction_digits = 0;
  if (i < text.size() && text[i] == '.') {
    for (++i; i < text.size() && is_decimal_digit(text[i]); ++i) ++fraction_digits;
  }
  if (integer_digits == 0 && fraction_digits == 0) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    std::size_t exponent_digits = 0;
    for (; i < text.size() && is_decimal_digit(text[i]); ++i) ++exponent_digits;
    if (exponent_digits == 0) return false;
  }
  return i == text.size();
}

}  // namespace

nlohmann::json type_scalar(const std::string& value, bool plain) {
  if (!plain) return value;
  if (value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL") {
    return nullptr;
  }
  if (value == "true" || value == "True" || value == "TRUE") return true;
  if (value == "false" || value == "False" || value == "FALSE") return false;
  if (value.size() > 2 && value[0] == '0' && value[1] == 'o' && all_of_class(value, 2, is_octal_digit)) {
    return integer_value(value.substr(2), 8, false);
  }
  if (value.size() > 2 && value[0] == '0' && value[1] == 'x' && all_of_class(value, 2, is_hex_digit)) {
    return integer_value(value.substr(2), 16, false);
  }
  std::size_t sign = (value[0] == '-' || value[0] == '+') ? 1 : 0;
  if (all_of_class(value, sign, is_decimal_digit)) {
    return integer_value(value.substr(sign), 10, value[0] == '-');
  }
  if (is_core_float(value)) {
    try {
      return std::stod(value);
    } catch (const std::out_of_range&) {
      return value[0] == '-' ? -1e308 : 1e308;
    }
  }
  std::string_view rest = std::string_view(value).substr(sign);
  if (rest == ".inf" || rest == ".Inf" || rest == ".INF") {
    // JSON has no infinities: keep the type (a number) with a finite stand-in.
    return value[0] == '-' ? -1e308 : 1e308;
  }
  if (value == ".nan" || value == ".NaN" || value == ".NAN") return 0.0;
  return value;
}

bool is_yaml11_ambiguous(const std::string& value) {
  static const char* const words[] = {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
                                      "on", "On", "ON", "off", "Off", "OFF"};
  for (const char* word : words) {
    if (value == word) return true;
  }
  return value.size() > 1 && value[0] == '0' && all_of_class(value, 1, is_decimal_digit);
}

}  // namespace hok
