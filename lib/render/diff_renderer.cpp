#include "render/diff_renderer.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/rule_catalog.hpp"
#include "document/escape.hpp"
#include "render/finding_renderer.hpp"
#include "render/gap_renderer.hpp"

namespace hok {

namespace {

const char* type_word(RecordChange::Type type) {
  switch (type) {
    case RecordChange::Type::Added: return "added";
    case RecordChange::Type::Removed: return "removed";
    case RecordChange::Type::Renamed: return "renamed";
    case RecordChange::Type::Changed: return "changed";
  }
  return "changed";
}

std::string count(std::size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string field_line(const FieldChange& change, std::string (*escape)(std::string_view)) {
  if (!change.old_value) return fmt::format("{}: added {}", escape(change.field), escape(*change.new_value));
  if (!change.new_value) return fmt::format("{}: removed (was {})", escape(change.field), escape(*change.old_value));
  return fmt::format("{}: {} → {}", escape(change.field), escape(*change.old_value), escape(*change.new_value));
}

std::string plain(std::string_view text) { return escape_control(text); }

std::string record_title(const RecordChange& change, std::string (*escape)(std::string_view)) {
  std::string title = change.type == RecordChange::Type::Renamed
                          ? fmt::format("{} {} → {}", escape(change.kind), escape(change.old_id), escape(change.id))
                          : fmt::format("{} {}", escape(change.kind), escape(change.id));
  if (!change.name.empty()) title += fmt::format(" ({})", escape(change.name));
  return title;
}

std::string finding_line(const Finding& finding, std::string (*escape)(std::string_view)) {
  std::string place = finding.location.file;
  if (finding.location.line > 0) place += fmt::format(":{}", finding.location.line);
  return fmt::format("{} {} {}: {}", escape(place), finding.code, rule_name(finding.code), escape(finding.message));
}

}  // namespace

std::string diff_summary(const RegistryDiff& diff) {
  std::map<RecordChange::Type, std::size_t> by_type;
  for (const RecordChange& change : diff.records) ++by_type[change.type];
  std::vector<std::string> parts;
  if (!diff.records.empty()) {
    std::vector<std::string> records;
    for (auto type : {RecordChange::Type::Changed, RecordChange::Type::Added, RecordChange::Type::Removed,
                      RecordChange::Type::Renamed}) {
      if (by_type[type]) records.push_back(fmt::format("{} {}", by_type[type], type_word(type)));
    }
    parts.push_back(fmt::format("records: {}", fmt::join(records, ", ")));
  }
  if (!diff.findings_introduced.empty()) parts.push_back(count(diff.findings_introduced.size(), "finding introduced", "findings introduced"));
  if (!diff.findings_fixed.empty()) parts.push_back(count(diff.findings_fixed.size(), "finding fixed", "findings fixed"));
  if (!diff.gaps_opened.empty()) parts.push_back(count(diff.gaps_opened.size(), "gap opened", "gaps opened"));
  if (!diff.gaps_closed.empty()) parts.push_back(count(diff.gaps_closed.size(), "gap closed", "gaps closed"));
  if (parts.empty()) return "no changes to the registry";
  return fmt::format("{}", fmt::join(parts, "; "));
}

std::string render_diff_text(const RegistryDiff& diff) {
  std::string out = fmt::format("{} → {}: {}\n", plain(diff.base_label), plain(diff.head_label), diff_summary(diff));
  for (const RecordChange& change : diff.records) {
    out += fmt::format("\n{} {}  [{}]\n", type_word(change.type), record_title(change, plain), plain(change.file));
    for (const FieldChange& field : change.fields) out += "    " + field_line(field, plain) + "\n";
  }
  auto section = [&](const char* title, const std::vector<Finding>& findings) {
    if (findings.empty()) return;
    out += fmt::format("\n{}:\n", title);
    for (const Finding& finding : findings) out += "    " + finding_line(finding, plain) + "\n";
  };
  section("Findings introduced", diff.findings_introduced);
  section("Findings fixed", diff.findings_fixed);
  section("Gaps opened", diff.gaps_opened);
  section("Gaps closed", diff.gaps_closed);
  if (!diff.gaps_compared) out += "\nGaps not compared: one side has validation errors.\n";
  return out;
}

std::string render_diff_markdown(const RegistryDiff& diff) {
  std::string out = fmt::format("### hok: {}\n\n", escape_markdown_text(diff_summary(diff)));
  if (!diff.findings_introduced.empty()) {
    out += "**This change introduces findings:**\n\n";
    for (const Finding& finding : diff.findings_introduced) out += "- " + finding_line(finding, escape_markdown_text) + "\n";
    out += "\n";
  }
  auto folded = [&](const std::string& title, const std::string& body) {
    if (body.empty()) return;
    out += fmt::format("<details><summary>{}</summary>\n\n{}\n</details>\n\n", title, body);
  };
  std::string records;
  for (const RecordChange& change : diff.records) {
    records += fmt::format("- **{}** {}\n", type_word(change.type), record_title(change, escape_markdown_text));
    for (const FieldChange& field : change.fields) records += "  - " + field_line(field, escape_markdown_text) + "\n";
  }
  folded(fmt::format("Records ({})", diff.records.size()), records);
  auto list = [](const std::vector<Finding>& findings) {
    std::string body;
    for (const Finding& finding : findings) body += "- " + finding_line(finding, escape_markdown_text) + "\n";
    return body;
  };
  folded(fmt::format("Findings fixed ({})", diff.findings_fixed.size()), list(diff.findings_fixed));
  folded(fmt::format("Gaps opened ({})", diff.gaps_opened.size()), list(diff.gaps_opened));
  folded(fmt::format("Gaps closed ({})", diff.gaps_closed.size()), list(diff.gaps_closed));
  out += fmt::format("<sub>{} → {}</sub>\n", escape_markdown_text(diff.base_label), escape_markdown_text(diff.head_label));
  return out;
}

std::string render_diff_json(const RegistryDiff& diff) {
  using nlohmann::json;
  json records = json::array();
  for (const RecordChange& change : diff.records) {
    json fields = json::array();
    for (const FieldChange& field : change.fields) {
      fields.push_back({{"field", field.field},
                        {"old", field.old_value ? json(*field.old_value) : json(nullptr)},
                        {"new", field.new_value ? json(*field.new_value) : json(nullptr)}});
    }
    json record = {{"change", type_word(change.type)}, {"kind", change.kind}, {"id", change.id},
                   {"name", change.name}, {"file", change.file}, {"fields", fields}};
    if (change.type == RecordChange::Type::Renamed) record["old_id"] = change.old_id;
    records.push_back(std::move(record));
  }
  auto findings = [](const std::vector<Finding>& list) { return json::parse(render_json(list)); };
  json out = {{"base", diff.base_label},
              {"head", diff.head_label},
              {"summary", diff_summary(diff)},
              {"records", records},
              {"findings_introduced", findings(diff.findings_introduced)},
              {"findings_fixed", findings(diff.findings_fixed)},
              {"gaps_compared", diff.gaps_compared},
              {"gaps_opened", findings(diff.gaps_opened)},
              {"gaps_closed", findings(diff.gaps_closed)}};
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace hok
