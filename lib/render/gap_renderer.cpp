#include "render/gap_renderer.hpp"

#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/finding_catalog.hpp"
#include "core/rule_catalog.hpp"
#include "document/escape.hpp"
#include "render/finding_renderer.hpp"

namespace hok {

namespace {

// Gaps by rule code, in code order, keeping each rule's findings in file order.
std::map<std::string, std::vector<const Finding*>> by_rule(const std::vector<Finding>& gaps) {
  std::map<std::string, std::vector<const Finding*>> groups;
  for (const Finding& gap : gaps) groups[gap.code].push_back(&gap);
  return groups;
}

std::string place(const Finding& gap) {
  std::string text = gap.location.file;
  if (gap.location.line > 0) text += fmt::format(":{}", gap.location.line);
  return text;
}

std::string without_trailing_space(const std::string& text) {
  std::size_t end = text.find_last_not_of(" \t\r\n");
  return end == std::string::npos ? "" : text.substr(0, end + 1);
}

std::string csv_cell(std::string text) {
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) text = "'" + text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += "\"\"";
    else quoted += c;
  }
  return quoted + "\"";
}

// A gap's severity in the gap list's words: something still to record or decide ("brist",
// "att se över"), not a mistake ("fel"), which is what validation findings are.
std::string severity_words(Severity severity, const FindingCatalog& catalog) {
  return catalog.render(message(std::string("gaps.severity.") + severity_name(severity)));
}

}  // namespace

std::string render_gaps_text(const std::vector<Finding>& gaps, const std::string& as_of, bool color,
                             const FindingCatalog* language) {
  const FindingCatalog& catalog = language ? *language : FindingCatalog::english();
  std::string out = catalog.render(message("gaps.heading", {{"date", as_of}})) + "\n";
  if (gaps.empty()) return out + catalog.render(message("gaps.none")) + "\n";
  for (const auto& [code, findings] : by_rule(gaps)) {
    Severity severity = findings.front()->severity;
    std::string heading = fmt::format("{} {} ({}): {}", code, rule_name(code), severity_words(severity, catalog), findings.size());
    out += "\n" + (color ? "\x1b[1m" + heading + "\x1b[0m" : heading) + "\n";
    for (const Finding* gap : findings) {
      out += fmt::format("  {}: {}", escape_control(place(*gap)), escape_control(gap->message));
      if (gap->waived_reason) {
        out += " [" + escape_control(catalog.render(message("gaps.waived", {{"until", gap->waived_until.value_or("?")},
                                                                               {"reason", without_trailing_space(*gap->waived_reason)}}))) + "]";
      }
      out += "\n";
      if (gap->hint) out += fmt::format("      {}\n", escape_control(*gap->hint));
    }
  }
  std::size_t waived = 0;
  std::map<Severity, std::size_t> open;
  for (const Finding& gap : gaps) {
    if (gap.waived_reason) ++waived;
    else ++open[gap.severity];
  }
  std::vector<std::string> parts;
  for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
    if (open[severity]) {
      parts.push_back(catalog.render(plural(std::string("gaps.count.") + severity_name(severity),
                                            static_cast<long long>(open[severity]))));
    }
  }
  std::string counts = parts.empty() ? catalog.render(message("gaps.no_open")) : fmt::format("{}", fmt::join(parts, ", "));
  if (waived) counts += " " + catalog.render(plural("gaps.waived_count", static_cast<long long>(waived)));
  out += "\n" + catalog.render(message("gaps.summary", {{"counts", counts}, {"date", as_of}})) + "\n";
  return out;
}

std::string render_gaps_markdown(const std::vector<Finding>& gaps, const std::string& as_of,
                                 const FindingCatalog* language) {
  const FindingCatalog& catalog = language ? *language : FindingCatalog::english();
  std::string out = "# " + escape_markdown_text(catalog.render(message("gaps.heading", {{"date", as_of}}))) + "\n\n";
  if (gaps.empty()) return out + escape_markdown_text(catalog.render(message("gaps.none_sentence"))) + "\n";
  for (const auto& [code, findings] : by_rule(gaps)) {
    out += fmt::format("## {} {} ({})\n\n", code, rule_name(code), findings.size());
    for (const Finding* gap : findings) {
      out += fmt::format("- [{}] {}", gap->waived_reason ? "x" : " ", escape_markdown_text(gap->message));
      if (gap->waived_reason) {
        out += " — *" + escape_markdown_text(catalog.render(message("gaps.waived", {{"until", gap->waived_until.value_or("?")},
                                                                                  {"reason", without_trailing_space(*gap->waived_reason)}}))) + "*";
      }
      out += fmt::format(" (`{}`)\n", place(*gap));
    }
    out += "\n";
  }
  return out;
}

std::string render_gaps_csv(const std::vector<Finding>& gaps, const std::string& as_of) {
  std::string out = "\xEF\xBB\xBF";
  out += "as_of,code,name,severity,subject,file,line,column,message,hint,waived,waiver_reason,waiver_until\r\n";
  for (const Finding& gap : gaps) {
    std::vector<std::string> cells = {
        as_of, gap.code, std::string(rule_name(gap.code)), severity_name(gap.severity), gap.subject.value_or(""),
        gap.location.file, std::to_string(gap.location.line), std::to_string(gap.location.column), gap.message,
        gap.hint.value_or(""), gap.waived_reason ? "yes" : "no", gap.waived_reason.value_or(""),
        gap.waived_until.value_or("")};
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) out += ',';
      out += csv_cell(escape_control(cells[i]));
    }
    out += "\r\n";
  }
  return out;
}

std::string render_gaps_json(const std::vector<Finding>& gaps, const std::string& as_of) {
  nlohmann::json array = nlohmann::json::parse(render_json(gaps));
  for (auto& object : array) object["as_of"] = as_of;
  return array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace hok
