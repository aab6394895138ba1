// The abbreviations the report uses, spelt out: a reader of a political body meets KSA, GSA, VIS
// and the records' own short names (UPH, HSF, BUS) without having seen the registry. The fixed
// terms come from the catalogue; the others from every record whose short name is an
// abbreviation that its full name does not already hold ("VIS politisk styrgrupp" explains
// nothing about VIS).
#include <map>

#include "report/report_context.hpp"

namespace hok {

namespace {

// Two to six capital letters (Å, Ä and Ö included): "HÖK", "UPH", "SLSO".
bool is_abbreviation(const std::string& text) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') {
      ++i;
    } else if (c == 0xC3 && i + 1 < text.size() &&
               (text[i + 1] == '\x85' || text[i + 1] == '\x84' || text[i + 1] == '\x96')) {
      i += 2;  // Å, Ä, Ö in UTF-8
    } else {
      return false;
    }
    ++letters;
  }
  return letters >= 2 && letters <= 6;
}

// True when `name` holds `word` as a word of its own.
bool holds_word(const std::string& name, const std::string& word) {
  for (std::size_t at = name.find(word); at != std::string::npos; at = name.find(word, at + 1)) {
    const bool starts = at == 0 || name[at - 1] == ' ' || name[at - 1] == '(';
    const std::size_t end = at + word.size();
    const bool ends = end == name.size() || name[end] == ' ' || name[end] == ')' || name[end] == ',';
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

Section glossary_section(const ReportContext& context) {
  Section section = context.section("glossary", "glossary");
  std::map<std::string, std::string> terms;  // abbreviation → what it stands for
  for (const char* fixed : {"KSA", "GSA", "VIS"}) terms[fixed] = context.text(std::string("glossary_") + fixed);
  auto add = [&](const std::optional<std::string>& short_name, const std::optional<std::string>& name) {
    if (!short_name || !name || !is_abbreviation(*short_name) || holds_word(*name, *short_name)) return;
    terms.emplace(*short_name, *name);  // the catalogue's words first; the first record else
  };
  const Registry& registry = context.registry();
  for (const Agreement& agreement : registry.agreements) add(agreement.short_name, agreement.name);
  for (const Group& group : registry.groups) add(group.short_name, group.name);
  for (const Organisation& organisation : registry.organisations) add(organisation.short_name, organisation.name);
  Table table;
  table.headers = {context.text("column_abbreviation"), context.text("column_meaning")};
  for (const auto& [abbreviation, meaning] : terms) table.rows.push_back({text_cell(abbreviation), text_cell(meaning)});
  section.add(std::move(table));
  return section;
}

}  // namespace hok
