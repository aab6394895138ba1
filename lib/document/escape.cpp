#include "document/escape.hpp"

#include <cstring>

#include <fmt/format.h>

#include "core/invisible.hpp"

namespace hok {

std::string escape_control(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '\n') result += "\\n";
    else if (c == '\r') result += "\\r";
    else if (c == '\t') result += "\\t";
    else if (byte < 0x20 || byte == 0x7F) result += fmt::format("\\x{:02x}", byte);
    else result += c;
  }
  // Zero-width and bidirectional-control characters as `<U+202E>`: printed raw, they hide or
  // reorder text in the terminal (core/invisible.hpp).
  return escape_invisible(result);
}

std::string escape_workflow_message(std::string_view text) {
  std::string result;
  for (char c : escape_control(text)) {
    if (c == '%') result += "%25";
    else result += c;
  }
  return result;
}

std::string escape_workflow_property(std::string_view text) {
  std::string result;
  for (char c : escape_workflow_message(text)) {
    if (c == ':') result += "%3A";
    else if (c == ',') result += "%2C";
    else result += c;
  }
  return result;
}

// Written by hand: neither mustache (HTML only) nor cmark-gfm (it renders Markdown from its own
// tree, not from a string placed into a template, and knows nothing of GFM table cells or
// Mermaid) escapes text for the places hok's Markdown puts it.
namespace {

// ASCII punctuation that can open or close Markdown, GFM or HTML syntax anywhere in a line;
// CommonMark lets any ASCII punctuation be backslash-escaped, so one too many is harmless.
constexpr const char* markup_characters = "\\`*_{}[]<>()#!|@~&$";
// Characters that start a block (list, thematic break, setext underline) only at a line's start.
constexpr const char* line_start_characters = "-+=";

}  // namespace

std::string escape_markdown_text(std::string_view text) {
  std::string result;
  result.reserve(text.size() + text.size() / 4);
  bool leading = true;     // only spaces so far
  bool only_digits = true;  // only spaces and digits so far
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) c = ' ';
    const bool markup = std::strchr(markup_characters, c) != nullptr;
    const bool block_start = leading && std::strchr(line_start_characters, c) != nullptr;
    const bool list_number = c == '.' && only_digits && !leading;  // "1." starts an ordered list
    if (c != '\0' && (markup || block_start || list_number)) result += '\\';
    if (c != ' ') leading = false;
    only_digits = only_digits && (c == ' ' || (c >= '0' && c <= '9'));
    result += c;
  }
  return result;
}

std::string markdown_link_destination(std::string_view url) {
  std::string result;
  result.reserve(url.size());
  for (char c : url) {
    auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7f || c == '(' || c == ')' || c == '<' || c == '>' || c == '\\' ||
        c == '|' || c == '`' || c == '"' || c == '\'') {
      result += fmt::format("%{:02X}", static_cast<unsigned>(byte));
    } else {
      result += c;
    }
  }
  return result;
}

std::string escape_mermaid_label(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"': result += "#quot;"; break;
      case '<': result += "#lt;"; break;
      case '>': result += "#gt;"; break;
      case '&': result += "#amp;"; break;
      case '#': result += "#35;"; break;
      case '`': result += "#96;"; break;
      default:
        result += (byte < 0x20 || byte == 0x7f) ? ' ' : c;
    }
  }
  return result;
}

}  // namespace hok
