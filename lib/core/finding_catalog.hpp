#pragma once
// The texts of findings and of the lines commands print, one set per language: the namespaces
// `finding` and `cli` of messages/<language>.json (core/catalogue.hpp). Each maps a stable key
// ("E007.message") to a text with named placeholders ("{field} '{target}' names no record").
// See docs/messages.md.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.hpp"
#include "core/message.hpp"

namespace hok {

class FindingCatalog {
 public:
  // The catalogue of `language` ("sv", "en"); nullptr when hok has none for it.
  static const FindingCatalog* find(std::string_view language);
  // The English catalogue, which every finding is first rendered with.
  static const FindingCatalog& english();

  // The message as text. A key missing here falls back to English; a key missing there too
  // renders as the key itself, so a gap shows instead of vanishing.
  std::string render(const Message& message) const;
  // The text behind `key`; nullptr when the catalogue lacks it.
  const std::string* text(const std::string& key) const;
  const std::string& language() const { return language_; }
  const std::map<std::string, std::string>& entries() const { return entries_; }

  FindingCatalog(std::string language, std::map<std::string, std::string> entries);

 private:
  std::string language_;
  std::map<std::string, std::string> entries_;
};

// The languages hok has catalogues for ("en", "sv"): catalogue_languages().
std::vector<std::string> message_languages();

// The language of what this run prints where no catalogue is passed along (the errors of the run):
// `--lang` when given (explicit), else the registry's `language:` once hok.yaml is read; before
// either, Swedish when the environment's LANG (or LC_ALL, LC_MESSAGES) is Swedish, else English.
// An explicit choice is not replaced by a registry's.
void choose_run_language(const std::string& language, bool explicit_choice);
const FindingCatalog& run_catalog();

// The placeholder names in a catalogue text, in order of appearance ("{field}" → "field").
std::vector<std::string> placeholders(std::string_view text);

// Renders every finding's message and hint anew in `catalog`'s language (findings carrying no
// message data keep their text).
void localize_findings(std::vector<Finding>& findings, const FindingCatalog& catalog);

}  // namespace hok
