#pragma once
// Every fixed text of one document kind in one language, from a namespace of hok's catalogue
// (messages/<language>.json, with a `--templates` folder's replacements) — `page` for the portal,
// `report` for the annual report — and the names of enum values from its `label` namespace
// ("main-agreement" → "Huvudöverenskommelse"), which both share: the words of the templates
// (`{{t.key}}`, `{{msg.key}}`), the builders' headings and labels. No fixed text lives in the code.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <kainjow/mustache.hpp>

namespace hok {

class TemplateStore;

class MessageCatalog {
 public:
  // The texts of namespace `space` in the store's catalogue of `language`. Throws HokError for a
  // language hok has no catalogue for.
  MessageCatalog(const TemplateStore& store, const std::string& language, const std::string& space = "page");

  const std::string& language() const { return language_; }
  // A fixed text; throws HokError naming the key when the catalogue lacks it (a broken
  // catalogue is a broken hok, not a finding).
  const std::string& text(const std::string& key) const;
  // A fixed text with `{name}` placeholders replaced: text("no_followups", {{"year", "2025"}}).
  // A placeholder without a value is kept as written.
  std::string text(const std::string& key, const std::vector<std::pair<std::string, std::string>>& values) const;
  bool has_text(const std::string& key) const { return texts_.count(key) > 0; }
  // The label of an enum value; the value itself when the catalogue has none.
  std::string label(const std::string& group, const std::string& value) const;
  // Every text, for `{{t.key}}` / `{{msg.key}}` in the templates.
  kainjow::mustache::data template_texts() const;
  std::vector<std::string> text_keys() const;
  std::vector<std::string> label_keys() const;  // "group/value"

 private:
  std::string language_;
  std::string space_;
  std::map<std::string, std::string> texts_;
  std::map<std::string, std::map<std::string, std::string>> labels_;
};

// The languages hok ships a catalogue for: catalogue_languages().
const std::vector<std::string>& digest_languages();

}  // namespace hok
