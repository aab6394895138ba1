#include "render/gap_renderer.hpp"

#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

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

std::string trimmed(const std::string& text) {
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

}  // namespace

std::string render_gaps_text(const std::vector<Finding>& gaps, const std::string& as_of, bool color) {
  std::string out = fmt::format("Gaps as of {}\n", as_of);
  if (gaps.empty()) return out + "no gaps\n";
  for (const auto& [code, findings] : by_rule(gaps)) {
    Severity severity = findings.front()->severity;
    std::string heading = fmt::format("{} {} ({}): {}", code, rule_name(code), severity_name(severity), findings.size());
    out += "\n" + (color ? "\x1b[1m" + heading + "\x1b[0m" : heading) + "\n";
    for (const Finding* gap : findings) {
      out += fmt::format("  {}: {}", escape_control(place(*gap)), escape_control(gap->message));
      if (gap->waived_reason) {
        out += fmt::format(" [waived until {}: {}]", gap->waived_until.value_or("?"), escape_control(trimmed(*gap->waived_reason)));
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
  if (open[Severity::Error]) parts.push_back(fmt::format("{} error{}", open[Severity::Error], open[Severity::Error] == 1 ? "" : "s"));
  if (open[Severity::Warning]) parts.push_back(fmt::format("{} warning{}", open[Severity::Warning], open[Severity::Warning] == 1 ? "" : "s"));
  if (open[Severity::Info]) parts.push_back(fmt::format("{} note{}", open[Severity::Info], open[Severity::Info] == 1 ? "" : "s"));
  out += "\n" + (parts.empty() ? std::string("no open gaps") : fmt::format("{}", fmt::join(parts, ", ")));
  if (waived) out += fmt::format(" ({} waived)", waived);
  out += fmt::format(" as of {}\n", as_of);
  return out;
}

std::string render_gaps_markdown(const std::vector<Finding>& gaps, const std::string& as_of) {
  std::string out = fmt::format("# Gaps as of {}\n\n", as_of);
  if (gaps.empty()) return out + "No gaps.\n";
  for (const auto& [code, findings] : by_rule(gaps)) {
    out += fmt::format("## {} {} ({})\n\n", code, rule_name(code), findings.size());
    for (const Finding* gap : findings) {
      out += fmt::format("- [{}] {}", gap->waived_reason ? "x" : " ", escape_markdown_text(gap->message));
      if (gap->waived_reason) {
        out += fmt::format(" — *waived until {}: {}*", escape_markdown_text(gap->waived_until.value_or("?")),
                           escape_markdown_text(trimmed(*gap->waived_reason)));
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
