#include "core/byte_scan.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace hok {

namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 if it is not valid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t utf8_sequence_length(const std::string& text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t length;
  unsigned int min_second = 0x80, max_second = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) length = 2;
  else if (lead == 0xE0) { length = 3; min_second = 0xA0; }
  else if (lead >= 0xE1 && lead <= 0xEC) length = 3;
  else if (lead == 0xED) { length = 3; max_second = 0x9F; }
  else if (lead >= 0xEE && lead <= 0xEF) length = 3;
  else if (lead == 0xF0) { length = 4; min_second = 0x90; }
  else if (lead >= 0xF1 && lead <= 0xF3) length = 4;
  else if (lead == 0xF4) { length = 4; max_second = 0x8F; }
  else return 0;
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < min_second || byte(i + 1) > max_second) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return length;
}

// "UTF-16 LE" or "UTF-16 BE" (as editors name them) when `text` looks like UTF-16: it starts with a UTF-16 byte-order
// mark (FF FE, FE FF), or, without one, its first bytes are text with a NUL byte beside each
// character, as Windows' "Unicode" encoding saves ASCII (`i\0d\0:\0`). Empty otherwise.
std::string utf16_byte_order(const std::string& text) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  if (text.size() >= 2 && byte(0) == 0xFF && byte(1) == 0xFE) return "UTF-16 LE";
  if (text.size() >= 2 && byte(0) == 0xFE && byte(1) == 0xFF) return "UTF-16 BE";
  std::size_t pairs = std::min<std::size_t>(text.size() / 2, 64);
  if (pairs < 2) return "";
  std::size_t nul_odd = 0, nul_even = 0;
  for (std::size_t k = 0; k < pairs; ++k) {
    if (byte(2 * k) == 0 && byte(2 * k + 1) != 0) ++nul_even;
    if (byte(2 * k + 1) == 0 && byte(2 * k) != 0) ++nul_odd;
  }
  // Most characters of a registry file are ASCII: three in four pairs with one NUL is UTF-16.
  if (nul_odd * 4 >= pairs * 3) return "UTF-16 LE";
  if (nul_even * 4 >= pairs * 3) return "UTF-16 BE";
  return "";
}

}  // namespace

int utf8_length(std::string_view text) {
  int count = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

ByteScanResult scan_bytes(const std::string& path, const std::string& text, std::size_t max_bytes,
                          FindingSink& sink) {
  ByteScanResult result;
  if (text.size() > max_bytes) {
    sink.add("E003", Location{path, 1, 1, 0},
             message("E003.message.too_large", {{"bytes", max_bytes}}), message("E003.hint.too_large"));
    result.readable = false;
    return result;
  }
  // A file saved as UTF-16 (Notepad's "Unicode") is not garbled UTF-8: say what it is.
  if (std::string order = utf16_byte_order(text); !order.empty()) {
    sink.add("E003", Location{path, 1, 1, 0}, message("E003.message.utf16", {{"encoding", order}}),
             message("E003.hint.utf16"));
    result.readable = false;
    return result;
  }
  std::size_t start = 0;
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    result.had_bom = true;
    start = 3;
    Finding bom = make_finding("E003", Location{path, 1, 1, 0}, message("E003.message.bom"), message("E003.hint.bom"));
    bom.severity = Severity::Warning;
    sink.add(std::move(bom));
  }
  int line = 1;
  int column = 1;
  for (std::size_t i = start; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 1;
      ++i;
      continue;
    }
    if (c == 0) {
      sink.add("E003", Location{path, line, column, 1}, message("E003.message.nul"), message("E003.hint.nul"));
      result.readable = false;
      return result;
    }
    if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
      sink.add("E003", Location{path, line, column, 1},
               message("E003.message.control", {{"character", fmt::format("U+{:04X}", c)}}),
               message("E003.hint.control"));
      result.readable = false;
      return result;
    }
    std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      sink.add("E003", Location{path, line, column, 1},
               message("E003.message.utf8", {{"byte", fmt::format("0x{:02X}", c)}, {"offset", i}}),
               message("E003.hint.utf8"));
      result.readable = false;
      return result;
    }
    i += length;
    ++column;
  }
  return result;
}

}  // namespace hok
