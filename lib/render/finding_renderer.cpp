#include "render/finding_renderer.hpp"

#include <algorithm>
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

// The source line as printed: tabs as spaces, control characters escaped, at most 200 columns.
std::string display_line(const std::string& line, int& caret_column) {
  std::string result;
  int column = 1;
  int display_column = 1;
  int new_caret = caret_column;
  for (std::size_t i = 0; i < line.size(); ++i) {
    auto byte = static_cast<unsigned char>(line[i]);
    bool starts_char = (byte & 0xC0) != 0x80;
    if (starts_char) {
      if (column == caret_column) new_caret = display_column;
      ++column;
    }
    if (display_column > 200) {
      result += "…";
      break;
    }
    std::optional<InvisibleCharacter> invisible;
    if (starts_char && byte >= 0xC0) invisible = find_invisible(std::string_view(line).substr(i, 3));
    if (invisible && invisible->offset == 0) {
      std::string escaped = escape_invisible(line.substr(i, invisible->length));
      result += escaped;
      display_column += static_cast<int>(escaped.size());
      i += invisible->length - 1;
    } else if (line[i] == '\t') {
      result += ' ';
      ++display_column;
    } else if (byte < 0x20 || byte == 0x7F) {
      std::string escaped = escape_control(std::string(1, line[i]));
      result += escaped;
      display_column += static_cast<int>(escaped.size());
    } else {
      result += line[i];
      if (starts_char) ++display_column;
    }
  }
  if (caret_column >= column) new_caret = display_column + (caret_column - column);
  caret_column = new_caret;
  return result;
}

void render_one(std::string& out, const Finding& finding, const RenderContext& context) {
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
  std::string source = (at.line > 0 && file != context.files.end()) ? file->second->line_text(at.line) : "";
  if (!source.empty()) {
    int caret = std::max(1, at.column);
    std::string shown = display_line(source, caret);
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
  for (const Finding& finding : findings) render_one(out, finding, context);
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
