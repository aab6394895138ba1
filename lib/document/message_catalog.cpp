#include "document/message_catalog.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "document/template_store.hpp"
#include "core/error.hpp"
#include "core/catalogue.hpp"

namespace hok {

const std::vector<std::string>& digest_languages() { return catalogue_languages(); }

MessageCatalog::MessageCatalog(const TemplateStore& store, const std::string& language, const std::string& space)
    : language_(language), space_(space) {
  const Catalogue& catalogue = store.catalogue(language);
  texts_ = catalogue.space(space);
  labels_ = catalogue.labels;
}

const std::string& MessageCatalog::text(const std::string& key) const {
  auto it = texts_.find(key);
  if (it == texts_.end()) {
    // Internal: hok asks only for keys of its built-in catalogues (checked by the unit tests).
    throw HokError(fmt::format("hok's catalogue messages/{}.json has no text '{}.{}'", language_, space_, key));
  }
  return it->second;
}

std::string MessageCatalog::text(const std::string& key,
                                 const std::vector<std::pair<std::string, std::string>>& values) const {
  const std::string& pattern = text(key);
  std::string result;
  std::size_t position = 0;
  while (position < pattern.size()) {
    std::size_t open = pattern.find('{', position);
    if (open == std::string::npos) break;
    std::size_t close = pattern.find('}', open);
    if (close == std::string::npos) break;
    result.append(pattern, position, open - position);
    const std::string name = pattern.substr(open + 1, close - open - 1);
    auto value =
        std::find_if(values.begin(), values.end(), [&](const auto& entry) { return entry.first == name; });
    if (value == values.end()) {
      result.append(pattern, open, close - open + 1);  // not ours: keep it as written
    } else {
      result += value->second;
    }
    position = close + 1;
  }
  result.append(pattern, position, std::string::npos);
  return result;
}

std::string MessageCatalog::label(const std::string& group, const std::string& value) const {
  auto it = labels_.find(group);
  if (it == labels_.end()) return value;
  auto label = it->second.find(value);
  return label == it->second.end() ? value : label->second;
}

kainjow::mustache::data MessageCatalog::template_texts() const {
  kainjow::mustache::data data;
  for (const auto& [key, value] : texts_) data.set(key, value);
  return data;
}

std::vector<std::string> MessageCatalog::text_keys() const {
  std::vector<std::string> keys;
  for (const auto& [key, value] : texts_) keys.push_back(key);
  return keys;
}

std::vector<std::string> MessageCatalog::label_keys() const {
  std::vector<std::string> keys;
  for (const auto& [group, values] : labels_) {
    for (const auto& [value, label] : values) keys.push_back(group + "/" + value);
  }
  return keys;
}

}  // namespace hok
