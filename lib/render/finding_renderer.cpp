#include "render/finding_renderer.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/finding_catalog.hpp"
#include "core/rule_catalog.hpp"
#include "core/byte_scan.hpp"
#include "core/invisible.hpp"
#include "document/escape.hpp"

namespace hok {

namespace {

const char* colour_of(Severity severity) {
  switch (severity) {
    case Severity::Error: return "\x1b[1;31m";
    case Severity::Warning: return "\x1b[1;33m";
    default: return "\x1b[1;36m";
  }
}

// `key`.one or `key`.other with the count, in `catalog`'s language.
std::string counted(const FindingCatalog& catalog, const std::string& key, std::size_t count) {
  return catalog.render(plural(key, static_cast<long long>(count)));
}

constexpr int kExcerptWidth = 200;  // columns of a source line shown under a finding
constexpr int kWindowBefore = 60;   // columns kept before the finding when the line is cut

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The character of `line` that starts at byte `at`, as printed: tabs as spaces, control and
// invisible characters escaped. Appends it to `out` when given; returns its bytes and columns.
struct Printed {
  std::size_t bytes = 1;
  int width = 0;
};
Printed print_character(std::string_view line, std::size_t at, std::string* out) {
  const auto byte = static_cast<unsigned char>(line[at]);
  if (byte >= 0xC0) {
    const std::optional<InvisibleCharacter> invisible = find_invisible(line.substr(at, 3));
    if (invisible && invisible->offset == 0) {
      std::string escaped = escape_invisible(line.substr(at, invisible->length));
      if (out) *out += escaped;
      return {invisible->length, static_cast<int>(escaped.size())};
    }
  }
  if (byte == '\t') {
    if (out) *out += ' ';
    return {1, 1};
  }
  if (byte < 0x20 || byte == 0x7F) {
    std::string escaped = escape_control(line.substr(at, 1));
    if (out) *out += escaped;
    return {1, static_cast<int>(escaped.size())};
  }
  // One character of UTF-8 (a stray continuation byte, which the byte scan keeps out, is shown as
  // it is and takes no column, as before).
  std::size_t end = at + 1;
  while (end < line.size() && is_continuation(static_cast<unsigned char>(line[end]))) ++end;
  if (out) out->append(line.substr(at, end - at));
  return {end - at, is_continuation(byte) ? 0 : 1};
}

// The byte offset where the character before the one at `at` starts.
std::size_t previous_character(std::string_view line, std::size_t at) {
  do --at;
  while (at > 0 && is_continuation(static_cast<unsigned char>(line[at])));
  return at;
}

}  // namespace

SourceExcerpt excerpt_of_line(std::string_view line, int column, LinePlace* place) {
  column = std::max(1, column);
  // The line from its start, as far as 200 columns: all of it when it fits, and then exactly as
  // hok has always shown it.
  SourceExcerpt excerpt;
  int display = 1;
  int current = 1;
  std::optional<int> caret;
  std::size_t caret_offset = 0;
  std::size_t at = 0;
  bool cut = false;
  while (at < line.size()) {
    if (current == column) {
      caret = display;
      caret_offset = at;
    }
    if (display > kExcerptWidth) {
      cut = true;
      break;
    }
    if (!is_continuation(static_cast<unsigned char>(line[at]))) ++current;
    const Printed printed = print_character(line, at, &excerpt.shown);
    at += printed.bytes;
    display += printed.width;
  }
  if (!cut) {
    excerpt.caret = caret ? *caret : display + (column - current);
    return excerpt;
  }
  if (caret && *caret <= kExcerptWidth - kWindowBefore) {
    excerpt.shown += "…";
    excerpt.caret = *caret;
    return excerpt;
  }
  // A long line with the finding far along it: a window of the line from up to 60 columns before
  // the finding, "…" marking each cut. Count on to the finding's character from the place known
  // on this line (the previous finding's), else from here.
  std::size_t target = caret ? caret_offset : at;
  int target_column = caret ? column : current;
  if (place && place->column <= column && place->column > target_column && place->offset <= line.size()) {
    target = place->offset;
    target_column = place->column;
  }
  while (target < line.size() && target_column < column) {
    target += print_character(line, target, nullptr).bytes;
    ++target_column;
  }
  if (place) *place = LinePlace{target, target_column};
  const int beyond = column - target_column;  // characters past the line's end (0 within it)
  std::size_t start = target;
  for (int before = 0; start > 0;) {
    const std::size_t previous = previous_character(line, start);
    before += print_character(line, previous, nullptr).width;
    if (before > kWindowBefore) break;
    start = previous;
  }
  excerpt.shown.clear();
  display = 1;
  if (start > 0) {
    excerpt.shown = "…";
    display = 2;
  }
  at = start;
  while (at < line.size()) {
    if (at == target) excerpt.caret = display;
    if (display > kExcerptWidth) {
      excerpt.shown += "…";
      break;
    }
    const Printed printed = print_character(line, at, &excerpt.shown);
    at += printed.bytes;
    display += printed.width;
  }
  if (target >= line.size()) excerpt.caret = display + std::min(beyond, kExcerptWidth);
  return excerpt;
}

namespace {

// The 1-based line `line` of `file` without its line ending, found from `cursor` when the
// previous finding was on this line or an earlier one of the same file: findings come sorted, so
// each file is scanned once, however many findings it has. Empty past the end.
struct LineCursor {
  const SourceFile* file = nullptr;
  int line = 1;
  std::size_t start = 0;  // of `line` in the file's text
  std::optional<std::string_view> text;  // of `line`, once found
  LinePlace place;                       // a character known on it
};
std::string_view source_line(const SourceFile& file, int line, LineCursor& cursor) {
  if (cursor.file != &file || line < cursor.line) {
    cursor = LineCursor{};
    cursor.file = &file;
  }
  if (line == cursor.line && cursor.text) return *cursor.text;
  const std::string_view text(file.text);
  while (cursor.line < line) {
    const std::size_t end = text.find('\n', cursor.start);
    if (end == std::string_view::npos) {
      cursor = LineCursor{};
      return {};
    }
    cursor.start = end + 1;
    ++cursor.line;
  }
  std::string_view result = text.substr(cursor.start);
  result = result.substr(0, result.find('\n'));
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  cursor.text = result;
  cursor.place = LinePlace{};
  return result;
}

void render_one(std::string& out, const Finding& finding, const RenderContext& context, LineCursor& cursor) {
  const Location& at = finding.location;
  std::string place = context.path_prefix + escape_control(at.file);
  if (at.line > 0) place += fmt::format(":{}:{}", at.line, at.column);
  std::string severity = severity_name(finding.severity);
  std::string label = fmt::format("{}[{}]", severity, finding.code);
  if (context.color) label = fmt::format("{}{}\x1b[0m", colour_of(finding.severity), label);
  out += fmt::format("{}: {} {}: {}", place, label, rule_name(finding.code), escape_control(finding.message));
  if (finding.waived_reason) {
    const FindingCatalog& catalog = context.catalog ? *context.catalog : FindingCatalog::english();
    out += " (" + escape_control(catalog.render(message("gaps.waived", {{"until", finding.waived_until.value_or("?")},
                                                                      {"reason", *finding.waived_reason}}))) + ")";
  }
  out += '\n';
  auto file = context.files.find(at.file);
  const std::string_view source =
      (at.line > 0 && file != context.files.end() && file->second) ? source_line(*file->second, at.line, cursor) : "";
  if (!source.empty()) {
    const SourceExcerpt excerpt = excerpt_of_line(source, at.column, &cursor.place);
    const std::string& shown = excerpt.shown;
    const int caret = excerpt.caret;
    std::string number = std::to_string(at.line);
    std::string gutter(number.size() + 1, ' ');
    std::string underline(static_cast<std::size_t>(std::clamp(at.length, 1, 120)), '^');
    out += fmt::format("{} |\n", gutter);
    out += fmt::format(" {} | {}\n", number, shown);
    out += fmt::format("{} | {}{}", gutter, std::string(static_cast<std::size_t>(caret - 1), ' '), underline);
    if (finding.hint) out += " " + escape_control(*finding.hint);
    out += '\n';
  } else if (finding.hint) {
    const FindingCatalog& catalog = context.catalog ? *context.catalog : FindingCatalog::english();
    out += fmt::format("    = {}: {}\n", catalog.render(message("summary.hint")), escape_control(*finding.hint));
  }
}

}  // namespace

std::string render_summary(const std::vector<Finding>& findings, std::size_t file_count, const FindingCatalog* language) {
  const FindingCatalog& catalog = language ? *language : FindingCatalog::english();
  std::size_t errors = 0, warnings = 0, infos = 0, waived = 0;
  std::set<std::string> files;
  for (const Finding& finding : findings) {
    if (finding.waived_reason) {
      ++waived;
      continue;
    }
    if (finding.severity == Severity::Error) ++errors;
    else if (finding.severity == Severity::Warning) ++warnings;
    else ++infos;
    files.insert(finding.location.file);
  }
  std::string waived_text = waived ? " " + counted(catalog, "gaps.waived_count", waived) : "";
  if (errors + warnings + infos == 0) {
    return catalog.render(message("summary.none", {{"files", counted(catalog, "summary.files", file_count)}})) +
           waived_text + "\n";
  }
  std::vector<std::string> parts;
  if (errors) parts.push_back(counted(catalog, "summary.errors", errors));
  if (warnings) parts.push_back(counted(catalog, "summary.warnings", warnings));
  if (infos) parts.push_back(counted(catalog, "summary.notes", infos));
  // Files that were never read (a FIFO, a link out of the tree) have findings too: count them.
  std::string line = catalog.render(message(
      "summary.in_files", {{"counts", fmt::format("{}", fmt::join(parts, ", "))},
                           {"count", static_cast<long long>(files.size())},
                           {"files", counted(catalog, "summary.files", std::max(file_count, files.size()))}}));
  return line + waived_text + "\n";
}

std::string render_text(const std::vector<Finding>& findings, const RenderContext& context) {
  std::string out;
  LineCursor cursor;
  for (const Finding& finding : findings) render_one(out, finding, context, cursor);
  out += render_summary(findings, context.file_count, context.catalog);
  return out;
}

std::string render_json(const std::vector<Finding>& findings, const std::string& path_prefix) {
  nlohmann::json array = nlohmann::json::array();
  for (const Finding& finding : findings) {
    nlohmann::json object = {
        {"code", finding.code},
        {"name", std::string(rule_name(finding.code))},
        {"severity", severity_name(finding.severity)},
        {"file", path_prefix + finding.location.file},
        {"line", finding.location.line},
        {"column", finding.location.column},
        {"message", finding.message},
        {"hint", finding.hint ? nlohmann::json(*finding.hint) : nlohmann::json(nullptr)},
        {"subject", finding.subject ? nlohmann::json(*finding.subject) : nlohmann::json(nullptr)},
    };
    if (finding.waived_reason) {
      object["waived"] = true;
      object["waiver_reason"] = *finding.waived_reason;
      object["waiver_until"] = finding.waived_until.value_or("");
    }
    array.push_back(std::move(object));
  }
  // Invalid UTF-8 never reaches here (the byte scan stops it), but replace rather than throw.
  return array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string render_github(const std::vector<Finding>& findings, const RenderContext& context) {
  std::string out;
  for (const Finding& finding : findings) {
    const char* command = finding.severity == Severity::Error     ? "error"
                          : finding.severity == Severity::Warning ? "warning"
                                                                  : "notice";
    if (finding.waived_reason) command = "notice";
    std::string properties = "file=" + escape_workflow_property(context.path_prefix + finding.location.file);
    if (finding.location.line > 0) {
      properties += fmt::format(",line={},col={}", finding.location.line, std::max(1, finding.location.column));
    }
    properties += ",title=" + escape_workflow_property(fmt::format("{} {}", finding.code, rule_name(finding.code)));
    std::string message = finding.message;
    if (finding.hint) message += " (" + *finding.hint + ")";
    out += fmt::format("::{} {}::{}\n", command, properties, escape_workflow_message(message));
  }
  // The readable copy must not hold a line the runner would take for a command (a file named
  // "::error…"): such lines get a leading space.
  std::string text = render_text(findings, context);
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (text.compare(start, 2, "::") == 0) out += ' ';
    out.append(text, start, end - start + 1);
    start = end + 1;
  }
  return out;
}

}  // namespace hok
