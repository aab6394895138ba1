#pragma once
// Every fixed text of the annual report in one language: the namespace `report` of hok's catalogue
// (messages/<language>.json), and the names of values and kinds from its namespace `label`, which
// the portal uses too, so both call a thing by the same name. Both through a TemplateStore, so a
// `--templates DIR` can replace single texts.
#include <kainjow/mustache.hpp>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "document/message_catalog.hpp"

namespace hok {

class TemplateStore;

class ReportCatalog {
 public:
  // Throws HokError for a language hok has no catalogue for.
  ReportCatalog(const TemplateStore& store, const std::string& language);

  const std::string& language() const { return language_; }
  // A fixed text; throws HokError naming the key when the catalogue lacks it.
  const std::string& text(const std::string& key) const;
  // True when the catalogue has the text.
  bool has_text(const std::string& key) const { return texts_.count(key) > 0; }
  // A fixed text with `{name}` placeholders replaced: text("no_followups", {{"year", "2025"}}).
  std::string text(const std::string& key,
                   const std::vector<std::pair<std::string, std::string>>& values) const;
  // The label of an enum value from the digest's catalogue; the value itself when it has none.
  std::string label(const std::string& group, const std::string& value) const {
    return labels_.label(group, value);
  }
  // Every text, for `{{msg.key}}` in the report's templates.
  kainjow::mustache::data template_texts() const;
  std::vector<std::string> text_keys() const;

 private:
  std::string language_;
  MessageCatalog labels_;
  std::map<std::string, std::string> texts_;
};

}  // namespace hok
