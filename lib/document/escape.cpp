#include "document/escape.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>

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
    // Bytes of UTF-8 characters (≥ 0x80) pass through and end `leading` and `only_digits`: text
    // after an invisible character can start no block, and the "⟨U+…⟩" that replaces it below
    // cannot either.
    const bool markup = std::strchr(markup_characters, c) != nullptr;
    const bool block_start = leading && std::strchr(line_start_characters, c) != nullptr;
    const bool list_number = c == '.' && only_digits && !leading;  // "1." starts an ordered list
    if (c != '\0' && (markup || block_start || list_number)) result += '\\';
    if (c != ' ') leading = false;
    only_digits = only_digits && (c == ' ' || (c >= '0' && c <= '9'));
    result += c;
  }
  if (find_invisible(result)) return reveal_invisible_markdown(result);
  return result;
}

std::string markdown_link_destination(std::string_view url) {
  const std::string encoded = percent_encode_invisible(url);
  std::string result;
  result.reserve(encoded.size());
  for (char c : encoded) {
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

namespace {

std::string code_point_text(char32_t code_point) {
  return fmt::format("\u27E8U+{:04X}\u27E9", static_cast<unsigned>(code_point));  // ⟨U+202E⟩
}

std::string code_point_span(char32_t code_point) {
  // invisible_label is ASCII: capital letters, digits, spaces, hyphens and parentheses.
  return fmt::format("<span class=\"invisible\" title=\"{}\">{}</span>", invisible_label(code_point),
                     code_point_text(code_point));
}

// Appends `text` to `out`, each invisible character replaced by `replace(code_point)`.
void append_revealed(std::string& out, std::string_view text, std::string (*replace)(char32_t)) {
  while (std::optional<InvisibleCharacter> found = find_invisible(text)) {
    out.append(text.substr(0, found->offset));
    out += replace(found->code_point);
    text.remove_prefix(found->offset + found->length);
  }
  out.append(text);
}

// Where the tag opening at html[open] ends: just after its '>', quoted attribute values skipped.
std::size_t tag_end(std::string_view html, std::size_t open) {
  char quote = 0;
  for (std::size_t i = open + 1; i < html.size(); ++i) {
    if (quote) {
      if (html[i] == quote) quote = 0;
    } else if (html[i] == '"' || html[i] == '\'') {
      quote = html[i];
    } else if (html[i] == '>') {
      return i + 1;
    }
  }
  return html.size();
}

// A tag's name in lower case, "/" first for a closing tag: "<SVG width=…>" → "svg", "</title>" → "/title".
std::string tag_name(std::string_view tag) {
  std::string name;
  for (std::size_t i = 1; i < tag.size(); ++i) {
    const char c = tag[i];
    if (c == '/' && i == 1) {
      name += c;
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      break;
    }
  }
  return name;
}

// Where the element `name` (script, style, title, textarea: no tags inside) closes at or after `from`.
std::size_t closing_tag(std::string_view html, const std::string& name, std::size_t from) {
  for (std::size_t at = html.find("</", from); at != std::string_view::npos; at = html.find("</", at + 2)) {
    if (tag_name(html.substr(at, name.size() + 3)) == "/" + name) return at;
  }
  return html.size();
}

}  // namespace

std::string reveal_invisible_html(std::string_view html) {
  if (!find_invisible(html)) return std::string(html);
  std::string out;
  out.reserve(html.size() + 512);
  int svg_depth = 0;  // inside <svg>: text, but no HTML element may go there
  std::size_t i = 0;
  while (i < html.size()) {
    std::size_t open = html.find('<', i);
    // A '<' that opens no tag, comment or declaration is text (html_escape never leaves one).
    while (open != std::string_view::npos && open + 1 < html.size() &&
           !std::isalpha(static_cast<unsigned char>(html[open + 1])) && html[open + 1] != '/' && html[open + 1] != '!') {
      open = html.find('<', open + 1);
    }
    if (open == std::string_view::npos || open + 1 >= html.size()) open = html.size();
    append_revealed(out, html.substr(i, open - i), svg_depth > 0 ? code_point_text : code_point_span);
    i = open;
    if (i >= html.size()) break;
    if (html.substr(i, 4) == "<!--") {
      const std::size_t close = html.find("-->", i + 4);
      const std::size_t end = close == std::string_view::npos ? html.size() : close + 3;
      out.append(html.substr(i, end - i));
      i = end;
      continue;
    }
    const std::size_t end = tag_end(html, i);
    const std::string_view tag = html.substr(i, end - i);
    append_revealed(out, tag, code_point_text);
    i = end;
    const std::string name = tag_name(tag);
    const bool self_closing = tag.size() >= 2 && tag[tag.size() - 2] == '/';
    if (name == "svg" && !self_closing) {
      ++svg_depth;
    } else if (name == "/svg") {
      svg_depth = std::max(0, svg_depth - 1);
    } else if (name == "script" || name == "style" || name == "title" || name == "textarea") {
      const std::size_t close = closing_tag(html, name, i);
      if (name == "script" || name == "style") {
        out.append(html.substr(i, close - i));
      } else {
        append_revealed(out, html.substr(i, close - i), code_point_text);
      }
      i = close;
    }
  }
  return out;
}

std::string reveal_invisible_markdown(std::string_view markdown) {
  if (!find_invisible(markdown)) return std::string(markdown);
  std::string out;
  out.reserve(markdown.size() + 64);
  append_revealed(out, markdown, code_point_text);
  return out;
}

std::string percent_encode_invisible(std::string_view url) {
  std::string out;
  while (std::optional<InvisibleCharacter> found = find_invisible(url)) {
    out.append(url.substr(0, found->offset));
    for (char byte : url.substr(found->offset, found->length)) {
      out += fmt::format("%{:02X}", static_cast<unsigned>(static_cast<unsigned char>(byte)));
    }
    url.remove_prefix(found->offset + found->length);
  }
  out.append(url);
  return out;
}

}  // namespace hok
