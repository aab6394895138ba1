// The abbreviations the report uses, spelt out: a reader of a political body meets KSA, GSA, VIS,
// the records' own short names (UPH, HSF, BUS) and the words of the sources (RSS, NPO) without
// having seen the registry. The list holds the abbreviations the report's other parts use, each
// with what it stands for, from (first found) hok.yaml's `abbreviations`, a record whose short
// name is the abbreviation, or the catalogue's words for the report's own terms (KSA, GSA, VIS,
// HÖK). A record gives its full name where that does not merely hold the abbreviation as a word
// of its own ("VIS politisk styrgrupp" explains nothing about VIS; "Samverkan kring barn i behov
// av särskilt stöd, BUS" explains BUS once ", BUS" is taken off). The abbreviations found nowhere
// are handed to `hok report`, which names them for the secretariat.
#include <map>

#include "core/text_order.hpp"
#include "report/report_context.hpp"

namespace hok {

namespace {

// The length of the capital letter at `i` (A–Z one byte; Å, Ä, Ö two), or 0.
std::size_t capital_at(const std::string& text, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c >= 'A' && c <= 'Z') return 1;
  if (c == 0xC3 && i + 1 < text.size() &&
      (text[i + 1] == '\x85' || text[i + 1] == '\x84' || text[i + 1] == '\x96')) {
    return 2;  // Å, Ä, Ö in UTF-8
  }
  return 0;
}

// Part of a word: an ASCII letter or digit, or any byte of a multi-byte UTF-8 character.
bool word_byte(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// Two to six capital letters (Å, Ä and Ö included) and nothing else: "HÖK", "UPH", "SLSO".
bool is_abbreviation(const std::string& word) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t length = capital_at(word, i);
    if (length == 0) return false;
    i += length;
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

// The name without the abbreviation it ends on (", BUS" or " (BUS)"); nullopt when it does not.
std::optional<std::string> without_trailing(const std::string& name, const std::string& term) {
  for (const std::string& tail : {", " + term, " (" + term + ")"}) {
    if (name.size() > tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0) {
      return name.substr(0, name.size() - tail.size());
    }
  }
  return std::nullopt;
}

}  // namespace

void abbreviations_in(const std::string& text, std::set<std::string, SwedishLess>& found) {
  for (std::size_t i = 0; i < text.size();) {
    if (!word_byte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && word_byte(static_cast<unsigned char>(text[end]))) ++end;
    std::string word = text.substr(i, end - i);
    if (is_abbreviation(word)) found.insert(std::move(word));
    i = end;
  }
}

Glossary glossary_section(const ReportContext& context, const std::set<std::string, SwedishLess>& used) {
  Glossary glossary{context.section("glossary", "glossary"), {}};
  const Registry& registry = context.registry();
  std::map<std::string, std::string> meanings;  // abbreviation → what it stands for; the first kept
  for (const Abbreviation& abbreviation : registry.settings.abbreviations) {
    meanings.emplace(abbreviation.term, abbreviation.meaning);
  }
  auto add = [&](const std::optional<std::string>& short_name, const std::optional<std::string>& name) {
    if (!short_name || !name || !is_abbreviation(*short_name)) return;
    if (std::optional<std::string> rest = without_trailing(*name, *short_name)) {
      meanings.emplace(*short_name, *rest);
    } else if (!holds_word(*name, *short_name)) {
      meanings.emplace(*short_name, *name);
    }
  };
  for (const Agreement& agreement : registry.agreements) add(agreement.short_name, agreement.name);
  for (const Group& group : registry.groups) add(group.short_name, group.name);
  for (const Organisation& organisation : registry.organisations) add(organisation.short_name, organisation.name);
  // The report's own words, last: a registry's main agreement spells out HÖK by its real title.
  for (const char* fixed : {"KSA", "GSA", "VIS", "HÖK"}) {
    meanings.emplace(fixed, context.text(std::string("glossary_") + fixed));
  }
  Table table;
  table.headers = {context.text("column_abbreviation"), context.text("column_meaning")};
  for (const std::string& term : used) {
    auto meaning = meanings.find(term);
    if (meaning == meanings.end()) {
      glossary.unexplained.push_back(term);
      continue;
    }
    table.rows.push_back({text_cell(term), text_cell(meaning->second)});
  }
  if (table.rows.empty()) {
    glossary.section.note(context.text("glossary_none"));
  } else {
    glossary.section.add(std::move(table));
  }
  return glossary;
}

}  // namespace hok
