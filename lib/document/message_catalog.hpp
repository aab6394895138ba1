#pragma once
// Every fixed text of the digest in one language, from the namespaces `page` and `label` of hok's
// catalogue (messages/<language>.json, with a `--templates` folder's replacements): the words of
// the templates (`{{t.key}}`), the page model's headings and labels, and the names of enum values
// ("main-agreement" → "Huvudöverenskommelse"). No fixed text lives in the code.
#include <map>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

namespace hok {

class TemplateStore;

class MessageCatalog {
 public:
  // The store's catalogue of `language`. Throws HokError for a language hok has no catalogue for.
  MessageCatalog(const TemplateStore& store, const std::string& language);

  const std::string& language() const { return language_; }
  // A fixed text; throws HokError naming the key when the catalogue lacks it (a broken
  // catalogue is a broken hok, not a finding).
  const std::string& text(const std::string& key) const;
  // The label of an enum value; the value itself when the catalogue has none.
  std::string label(const std::string& group, const std::string& value) const;
  // Every key of `text`, for `{{t.key}}` in the templates.
  kainjow::mustache::data template_texts() const;
  std::vector<std::string> text_keys() const;
  std::vector<std::string> label_keys() const;  // "group/value"

 private:
  std::string language_;
  std::map<std::string, std::string> texts_;
  std::map<std::string, std::map<std::string, std::string>> labels_;
};

// The languages hok ships a catalogue for: catalogue_languages().
const std::vector<std::string>& digest_languages();

}  // namespace hok
