#include "load/yaml_slips.hpp"

#include <cctype>
#include <vector>

#include "core/byte_scan.hpp"

namespace hok {

namespace {

struct Line {
  std::string text;  // without the line break
  int indent = 0;    // leading spaces
  std::string body;  // text after the indentation
  bool entry = false;  // a list entry, "- …"
  // The indentation of a key on this line: the line's own, or after "- " for an entry.
  int key_indent() const { return entry ? indent + 2 : indent; }
  bool blank() const { return body.empty() || body[0] == '#'; }
};

std::vector<Line> split_lines(const std::string& text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    Line line;
    line.text = text.substr(start, end - start);
    if (!line.text.empty() && line.text.back() == '\r') line.text.pop_back();
    const std::size_t first = line.text.find_first_not_of(' ');
    line.indent = first == std::string::npos ? static_cast<int>(line.text.size()) : static_cast<int>(first);
    line.body = first == std::string::npos ? "" : line.text.substr(first);
    line.entry = line.body == "-" || line.body.starts_with("- ");
    lines.push_back(std::move(line));
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

// `text` without a trailing comment (" # …" outside quotes) and trailing spaces: what a
// corrected line shows.
std::string without_comment(const std::string& text) {
  char quote = 0;
  std::size_t end = text.size();
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '#' && i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) {
      end = i;
      break;
    }
  }
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  return text.substr(0, end);
}

int columns(const std::string& text, std::size_t bytes) {
  return utf8_length(std::string_view(text).substr(0, std::min(bytes, text.size())));
}

// The length of a field name at the start of `text` (letters, digits, '_' and '-'); 0 for none.
std::size_t key_length(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_' || text[i] == '-')) ++i;
  return i > 0 && std::isalpha(static_cast<unsigned char>(text[0])) ? i : 0;
}

// Where the value of a `key: value` or `- value` line starts in `line.text`; npos for none.
std::size_t value_start(const Line& line) {
  std::size_t at = static_cast<std::size_t>(line.indent);
  if (line.entry) at += 2;
  const std::string rest = line.text.substr(std::min(at, line.text.size()));
  const std::size_t key = key_length(rest);
  if (key > 0 && rest.compare(key, 2, ": ") == 0) at += key + 2;
  else if (!line.entry) return std::string::npos;
  while (at < line.text.size() && line.text[at] == ' ') ++at;
  return at < line.text.size() ? at : std::string::npos;
}

// The key and value of a line `key:value` with no space after the colon (a web address such as
// `https://…` is not one); nullopt for any other line.
std::optional<std::pair<std::string, std::string>> missing_space(const Line& line) {
  std::string body = line.entry ? line.body.substr(std::min<std::size_t>(2, line.body.size())) : line.body;
  const std::size_t key = key_length(body);
  if (key == 0 || key + 1 >= body.size() || body[key] != ':') return std::nullopt;
  const char next = body[key + 1];
  if (next == ' ' || next == '/' || next == ':') return std::nullopt;
  return std::make_pair(body.substr(0, key), body.substr(key + 1));
}

YamlSlip missing_space_slip(const std::vector<Line>& lines, std::size_t index) {
  const Line& line = lines[index];
  auto [key, written] = *missing_space(line);
  const std::string value = without_comment(written);
  const std::string prefix = std::string(static_cast<std::size_t>(line.indent), ' ') + (line.entry ? "- " : "");
  const std::size_t colon = prefix.size() + key.size();
  return YamlSlip{static_cast<int>(index) + 1, columns(line.text, colon) + 1, 1,
                  message("E001.message.colon_space", {{"written", key + ":" + value}}),
                  message("E001.hint.colon_space", {{"line", key + ": " + value}})};
}

// The first value that opens a quote and does not close it on its line, at or above `last`.
std::optional<YamlSlip> unclosed_quote(const std::vector<Line>& lines, std::size_t last) {
  for (std::size_t index = 0; index <= last && index < lines.size(); ++index) {
    const Line& line = lines[index];
    if (line.blank()) continue;
    const std::size_t start = value_start(line);
    if (start == std::string::npos) continue;
    const char quote = line.text[start];
    if (quote != '"' && quote != '\'') continue;
    bool closed = false;
    for (std::size_t i = start + 1; i < line.text.size(); ++i) {
      if (quote == '"' && line.text[i] == '\\') {
        ++i;
      } else if (line.text[i] == quote) {
        if (quote == '\'' && i + 1 < line.text.size() && line.text[i + 1] == '\'') {
          ++i;
        } else {
          closed = true;
          break;
        }
      }
    }
    if (closed) continue;
    // The quote is open, so a '#' after it is text to the parser; the corrected line drops it
    // all the same, as a comment is what it most likely was.
    std::string corrected = line.body;
    if (std::size_t comment = corrected.find(" #"); comment != std::string::npos) corrected.erase(comment);
    while (!corrected.empty() && corrected.back() == ' ') corrected.pop_back();
    corrected += quote;
    return YamlSlip{static_cast<int>(index) + 1, columns(line.text, start) + 1, 1, message("E001.message.unclosed_quote_line"),
                    message("E001.hint.unclosed_quote_line", {{"quote", std::string(1, quote)}, {"line", corrected}})};
  }
  return std::nullopt;
}

// The nearest line above `index` that is not blank or a comment; npos for none.
std::size_t line_above(const std::vector<Line>& lines, std::size_t index) {
  while (index > 0) {
    --index;
    if (!lines[index].blank()) return index;
  }
  return std::string::npos;
}

// `line` indented differently from the line(s) it belongs with above it.
std::optional<YamlSlip> misindented(const std::vector<Line>& lines, std::size_t index) {
  const Line& line = lines[index];
  if (line.blank()) return std::nullopt;
  const std::size_t above = line_above(lines, index);
  if (above == std::string::npos) return std::nullopt;
  int expected = 0;
  std::size_t reference = above;
  if (line.entry) {
    // A list entry lines up with the entry before it, or sits under the field that opens the list.
    std::size_t previous = above;
    while (previous != std::string::npos && !lines[previous].entry && lines[previous].indent > line.indent) {
      previous = line_above(lines, previous);
    }
    if (previous == std::string::npos) return std::nullopt;
    reference = previous;
    if (!lines[previous].entry && lines[previous].body.back() != ':') return std::nullopt;
    expected = lines[previous].entry ? lines[previous].indent : lines[previous].indent + 2;
    // Under the field that opens it, a list may also start at the field's own indentation.
    if (!lines[previous].entry && line.indent == lines[previous].indent) return std::nullopt;
  } else {
    const Line& previous = lines[above];
    const bool opens = previous.body.back() == ':';
    expected = opens ? previous.key_indent() + 2 : previous.key_indent();
    if (!opens && line.indent < expected) {
      // Fewer spaces than the line above can be right: the line closes a nested block. It is a
      // slip only when no line above starts a field at this indentation.
      for (std::size_t up = above; up != std::string::npos; up = line_above(lines, up)) {
        if (lines[up].key_indent() == line.indent || lines[up].indent == line.indent) return std::nullopt;
        if (lines[up].indent < line.indent) break;
      }
    }
  }
  if (line.indent == expected) return std::nullopt;
  const std::string corrected = std::string(static_cast<std::size_t>(expected), ' ') + without_comment(line.body);
  const char* key = line.entry ? "E001.message.indent_entry" : "E001.message.indent_field";
  return YamlSlip{static_cast<int>(index) + 1, 1, line.indent > 0 ? line.indent : 1,
                  message(key, {{"spaces", plural("E001.spaces", line.indent)},
                                {"line", static_cast<int>(reference) + 1},
                                {"above", plural("E001.spaces", expected)}}),
                  message("E001.hint.indent", {{"spaces", plural("E001.spaces", expected)}, {"line", corrected}})};
}

// `key: text: more` where the text is not quoted: the second ": " ends the parser's patience.
std::optional<YamlSlip> colon_in_value(const std::vector<Line>& lines, std::size_t index, int error_column) {
  const Line& line = lines[index];
  const std::size_t start = value_start(line);
  if (start == std::string::npos || line.text[start] == '"' || line.text[start] == '\'') return std::nullopt;
  const std::size_t colon = line.text.find(": ", start);
  const bool at_end = line.text.size() > start && line.text.back() == ':';
  if (colon == std::string::npos && !at_end) return std::nullopt;
  if (error_column > 0 && columns(line.text, start) + 1 > error_column) return std::nullopt;
  const std::string value = without_comment(line.text.substr(start));
  std::string escaped;
  for (char c : value) {
    if (c == '"' || c == '\\') escaped += '\\';
    escaped += c;
  }
  const std::string prefix = line.text.substr(static_cast<std::size_t>(line.indent), start - static_cast<std::size_t>(line.indent));
  return YamlSlip{static_cast<int>(index) + 1, columns(line.text, colon == std::string::npos ? line.text.size() - 1 : colon) + 1, 1,
                  message("E001.message.colon_in_value"),
                  message("E001.hint.colon_in_value", {{"line", prefix + "\"" + escaped + "\""}})};
}

// A value that opens a list `[` or a mapping `{` on a line and never closes it, at or above `last`.
std::optional<YamlSlip> unclosed_bracket(const std::vector<Line>& lines, std::size_t last) {
  for (std::size_t index = 0; index <= last && index < lines.size(); ++index) {
    const Line& line = lines[index];
    if (line.blank()) continue;
    const std::size_t start = value_start(line);
    if (start == std::string::npos || (line.text[start] != '[' && line.text[start] != '{')) continue;
    // Count the brackets on this line and the lines after it that are indented further (a list
    // written over several lines), outside quotes, until the value ends.
    std::vector<char> open;
    for (std::size_t at = index; at < lines.size(); ++at) {
      if (at > index && !lines[at].blank() && lines[at].indent <= line.indent) break;
      const std::string text = without_comment(at == index ? lines[at].text.substr(start) : lines[at].text);
      char quote = 0;
      for (char c : text) {
        if (quote) {
          if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '[' || c == '{') {
          open.push_back(c);
        } else if ((c == ']' || c == '}') && !open.empty()) {
          open.pop_back();
        }
      }
      if (open.empty()) break;
    }
    if (open.empty()) continue;
    const char opening = line.text[start];
    const char closing = opening == '[' ? ']' : '}';
    std::string corrected = without_comment(line.body);
    for (auto it = open.rbegin(); it != open.rend(); ++it) corrected += *it == '[' ? ']' : '}';
    return YamlSlip{static_cast<int>(index) + 1, columns(line.text, start) + 1, 1,
                    message(opening == '[' ? "E001.message.unclosed_list" : "E001.message.unclosed_mapping",
                            {{"closing", std::string(1, closing)}}),
                    message("E001.hint.unclosed_bracket", {{"closing", std::string(1, closing)}, {"line", corrected}})};
  }
  return std::nullopt;
}

}  // namespace

std::optional<YamlSlip> find_slip_before_error(const std::string& text, int error_line, int error_column,
                                               const std::string& parser_message) {
  const std::vector<Line> lines = split_lines(text);
  if (lines.empty()) return std::nullopt;
  const std::size_t error = std::min(lines.size() - 1, static_cast<std::size_t>(std::max(1, error_line) - 1));
  // 1. A quote opened and not closed on its line: everything after it was read as its text.
  if (auto slip = unclosed_quote(lines, error)) return slip;
  // 1b. A list `[` or mapping `{` opened and not closed: the parser notices only at the end.
  if (parser_message.find("flow not found") != std::string::npos) {
    if (auto slip = unclosed_bracket(lines, error)) return slip;
  }
  // 2. `key:value` on the error line or the lines just above it (the parser reads on into the
  //    next line before it gives up).
  for (std::size_t index = error + 1; index-- > 0;) {
    if (!lines[index].blank() && missing_space(lines[index])) return missing_space_slip(lines, index);
    if (index + 3 < error) break;
  }
  std::size_t index = error;
  if (lines[index].blank()) {
    const std::size_t above = line_above(lines, index);
    if (above == std::string::npos) return std::nullopt;
    index = above;
  }
  // 3. A colon inside a text that is not quoted, on the line where the parser stopped.
  if (parser_message == "illegal map value") {
    const Line& line = lines[index];
    const std::size_t key = key_length(line.entry ? line.body.substr(std::min<std::size_t>(2, line.body.size())) : line.body);
    const int key_colon = columns(line.text, static_cast<std::size_t>(line.key_indent()) + key) + 1;
    if (error_column != key_colon) {
      if (auto slip = colon_in_value(lines, index, error_column)) return slip;
    }
  }
  // 4. The line indented differently from the lines it belongs with.
  if (auto slip = misindented(lines, index)) return slip;
  // The parser may stop one line late (a value read on into the next line): look at the one above.
  if (const std::size_t above = line_above(lines, index); above != std::string::npos) {
    if (auto slip = misindented(lines, above)) return slip;
  }
  return std::nullopt;
}

Message tab_hint(const std::string& line) {
  std::string corrected;
  std::size_t i = 0;
  for (; i < line.size() && (line[i] == ' ' || line[i] == '\t'); ++i) corrected += line[i] == '\t' ? "  " : " ";
  corrected += without_comment(line.substr(i));
  if (!corrected.empty() && corrected.back() == '\r') corrected.pop_back();
  return message("E001.hint.tab_line", {{"line", corrected}});
}

std::optional<YamlSlip> find_silent_slip(const std::string& text) {
  const std::vector<Line> lines = split_lines(text);
  bool in_block_text = false;  // inside a `key: |` or `key: >` text, whose lines are free
  int block_indent = 0;
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const Line& line = lines[index];
    if (line.blank()) continue;
    if (in_block_text && line.indent > block_indent) continue;
    in_block_text = false;
    const std::string& body = line.body;
    const char last = body.back();
    if ((last == '|' || last == '>' || body.ends_with("|-") || body.ends_with(">-")) && body.find(": ") != std::string::npos) {
      in_block_text = true;
      block_indent = line.indent;
      continue;
    }
    // `status:in-force` at the start of a line is read as part of the value above it.
    if (line.indent == 0 && !line.entry && missing_space(line)) return missing_space_slip(lines, index);
    // `   - b` under `  - a`: read as the text "a - b".
    if (line.entry && index > 0) {
      const std::size_t above = line_above(lines, index);
      if (above == std::string::npos) continue;
      const Line& previous = lines[above];
      const std::string previous_value = previous.entry ? previous.body.substr(std::min<std::size_t>(2, previous.body.size())) : "";
      if (previous.entry && previous.indent < line.indent && !previous_value.empty() &&
          previous_value.find(": ") == std::string::npos && previous_value.back() != ':' &&
          previous_value[0] != '"' && previous_value[0] != '\'' && previous_value[0] != '[' && previous_value[0] != '{' &&
          previous_value[0] != '|' && previous_value[0] != '>') {
        return misindented(lines, index);
      }
    }
  }
  return std::nullopt;
}

}  // namespace hok
