#include "load/byte_scan.hpp"

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
             fmt::format("the file is larger than {} bytes, the most hok reads from one record file",
                         max_bytes),
             "a record is a few kilobytes: check that this is the file you meant to commit");
    result.readable = false;
    return result;
  }
  std::size_t start = 0;
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    result.had_bom = true;
    start = 3;
    Finding bom;
    bom.code = "E003";
    bom.severity = Severity::Warning;
    bom.location = Location{path, 1, 1, 0};
    bom.message = "the file starts with a byte-order mark (BOM)";
    bom.hint = "save the file as UTF-8 without BOM";
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
      sink.add("E003", Location{path, line, column, 1}, "the file contains a NUL byte",
               "this is not a text file, or it was saved with a wrong encoding; save it as UTF-8");
      result.readable = false;
      return result;
    }
    if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
      sink.add("E003", Location{path, line, column, 1},
               fmt::format("the file contains the control character U+{:04X}", c),
               "remove it; only tabs and line breaks are allowed besides printable text");
      result.readable = false;
      return result;
    }
    std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      sink.add("E003", Location{path, line, column, 1},
               fmt::format("the file is not valid UTF-8 (byte 0x{:02X} at offset {})", c, i),
               "save the file as UTF-8; other encodings (such as Latin-1) garble å, ä and ö");
      result.readable = false;
      return result;
    }
    i += length;
    ++column;
  }
  return result;
}

}  // namespace hok
