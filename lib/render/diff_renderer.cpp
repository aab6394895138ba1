#include "render/diff_renderer.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/rule_catalog.hpp"
#include "document/escape.hpp"
#include "render/finding_renderer.hpp"
#include "render/gap_renderer.hpp"

namespace hok {

namespace {

// The machine word of a change (JSON's `change`, the same in every language).
const char* type_word(RecordChange::Type type) {
  switch (type) {
    case RecordChange::Type::Added: return "added";
    case RecordChange::Type::Removed: return "removed";
    case RecordChange::Type::Renamed: return "renamed";
    case RecordChange::Type::Changed: return "changed";
  }
  return "changed";
}

// The reader's word for a change of one record: "changed" / "ändrad".
std::string type_text(RecordChange::Type type, const FindingCatalog& catalog) {
  return catalog.render(message(std::string("diff.type.") + type_word(type)));
}

std::string field_line(const FieldChange& change, std::string (*escape)(std::string_view), const FindingCatalog& catalog) {
  if (!change.old_value) {
    return catalog.render(message("diff.field.added", {{"field", escape(change.field)}, {"value", escape(*change.new_value)}}));
  }
  if (!change.new_value) {
    return catalog.render(message("diff.field.removed", {{"field", escape(change.field)}, {"value", escape(*change.old_value)}}));
  }
  return fmt::format("{}: {} → {}", escape(change.field), escape(*change.old_value), escape(*change.new_value));
}

std::string plain(std::string_view text) { return escape_control(text); }

// "överenskommelse bus (Name)": the kind in the reader's words (its folder name when the
// catalogue has none for it).
std::string record_title(const RecordChange& change, std::string (*escape)(std::string_view), const FindingCatalog& catalog) {
  const std::string noun_key = "kind." + change.kind + ".noun";
  const std::string kind = catalog.text(noun_key) ? catalog.render(message(noun_key)) : escape(change.kind);
  std::string title = change.type == RecordChange::Type::Renamed
                          ? fmt::format("{} {} → {}", kind, escape(change.old_id), escape(change.id))
                          : fmt::format("{} {}", kind, escape(change.id));
  if (!change.name.empty()) title += fmt::format(" ({})", escape(change.name));
  return title;
}

std::string finding_line(const Finding& finding, std::string (*escape)(std::string_view)) {
  std::string place = finding.location.file;
  if (finding.location.line > 0) place += fmt::format(":{}", finding.location.line);
  return fmt::format("{} {} {}: {}", escape(place), finding.code, rule_name(finding.code), escape(finding.message));
}

}  // namespace

std::string diff_summary(const RegistryDiff& diff, const FindingCatalog& catalog) {
  std::map<RecordChange::Type, std::size_t> by_type;
  for (const RecordChange& change : diff.records) ++by_type[change.type];
  std::vector<Message> parts;
  if (!diff.records.empty()) {
    std::vector<std::string> records;
    for (auto type : {RecordChange::Type::Changed, RecordChange::Type::Added, RecordChange::Type::Removed,
                      RecordChange::Type::Renamed}) {
      if (by_type[type]) {
        records.push_back(catalog.render(plural(std::string("diff.records.") + type_word(type), static_cast<long long>(by_type[type]))));
      }
    }
    parts.push_back(message("diff.records", {{"list", fmt::format("{}", fmt::join(records, ", "))}}));
  }
  auto counted = [&](const char* key, const std::vector<Finding>& findings) {
    if (!findings.empty()) parts.push_back(plural(key, static_cast<long long>(findings.size())));
  };
  counted("diff.findings_introduced", diff.findings_introduced);
  counted("diff.findings_fixed", diff.findings_fixed);
  counted("diff.gaps_opened", diff.gaps_opened);
  counted("diff.gaps_closed", diff.gaps_closed);
  if (parts.empty()) return catalog.render(message("diff.no_changes"));
  std::vector<std::string> texts;
  for (const Message& part : parts) texts.push_back(catalog.render(part));
  return fmt::format("{}", fmt::join(texts, "; "));
}

std::string render_diff_text(const RegistryDiff& diff, const FindingCatalog& catalog) {
  std::string out = fmt::format("{} → {}: {}\n", plain(diff.base_label), plain(diff.head_label), diff_summary(diff, catalog));
  for (const RecordChange& change : diff.records) {
    out += fmt::format("\n{} {}  [{}]\n", type_text(change.type, catalog), record_title(change, plain, catalog), plain(change.file));
    for (const FieldChange& field : change.fields) out += "    " + field_line(field, plain, catalog) + "\n";
  }
  auto section = [&](const char* key, const std::vector<Finding>& findings) {
    if (findings.empty()) return;
    out += fmt::format("\n{}:\n", catalog.render(message(key)));
    for (const Finding& finding : findings) out += "    " + finding_line(finding, plain) + "\n";
  };
  section("diff.section.findings_introduced", diff.findings_introduced);
  section("diff.section.findings_fixed", diff.findings_fixed);
  section("diff.section.gaps_opened", diff.gaps_opened);
  section("diff.section.gaps_closed", diff.gaps_closed);
  if (!diff.gaps_compared) out += "\n" + catalog.render(message("diff.gaps_not_compared")) + "\n";
  return out;
}

std::string render_diff_markdown(const RegistryDiff& diff, const FindingCatalog& catalog) {
  std::string out = fmt::format("### hok: {}\n\n", escape_markdown_text(diff_summary(diff, catalog)));
  if (!diff.findings_introduced.empty()) {
    out += fmt::format("**{}**\n\n", catalog.render(message("diff.introduces")));
    for (const Finding& finding : diff.findings_introduced) out += "- " + finding_line(finding, escape_markdown_text) + "\n";
    out += "\n";
  }
  auto folded = [&](const char* key, std::size_t count, const std::string& body) {
    if (body.empty()) return;
    out += fmt::format("<details><summary>{} ({})</summary>\n\n{}\n</details>\n\n", catalog.render(message(key)), count, body);
  };
  std::string records;
  for (const RecordChange& change : diff.records) {
    records += fmt::format("- **{}** {}\n", type_text(change.type, catalog), record_title(change, escape_markdown_text, catalog));
    for (const FieldChange& field : change.fields) records += "  - " + field_line(field, escape_markdown_text, catalog) + "\n";
  }
  folded("diff.section.records", diff.records.size(), records);
  auto list = [](const std::vector<Finding>& findings) {
    std::string body;
    for (const Finding& finding : findings) body += "- " + finding_line(finding, escape_markdown_text) + "\n";
    return body;
  };
  folded("diff.section.findings_fixed", diff.findings_fixed.size(), list(diff.findings_fixed));
  folded("diff.section.gaps_opened", diff.gaps_opened.size(), list(diff.gaps_opened));
  folded("diff.section.gaps_closed", diff.gaps_closed.size(), list(diff.gaps_closed));
  out += fmt::format("<sub>{} → {}</sub>\n", escape_markdown_text(diff.base_label), escape_markdown_text(diff.head_label));
  return out;
}

std::string render_diff_json(const RegistryDiff& diff, const FindingCatalog& catalog) {
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
              {"summary", diff_summary(diff, catalog)},
              {"records", records},
              {"findings_introduced", findings(diff.findings_introduced)},
              {"findings_fixed", findings(diff.findings_fixed)},
              {"gaps_compared", diff.gaps_compared},
              {"gaps_opened", findings(diff.gaps_opened)},
              {"gaps_closed", findings(diff.gaps_closed)}};
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace hok
