#include "document/message_catalog.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "document/template_store.hpp"
#include "core/error.hpp"
#include "core/finding_catalog.hpp"

namespace hok {

const std::vector<std::string>& digest_languages() {
  // The languages are those of messages/*.json, the one list; each has its page catalogue too
  // (tests/unit/test_document_message_catalog.cpp checks that every one loads).
  static const std::vector<std::string> languages = message_languages();
  return languages;
}

MessageCatalog::MessageCatalog(const TemplateStore& store, const std::string& language) : language_(language) {
  const auto& languages = digest_languages();
  if (std::find(languages.begin(), languages.end(), language) == languages.end()) {
    throw HokError(fmt::format("the digest has no texts in language '{}'; use sv or en", language));
  }
  std::string name = "catalog_" + language + ".json";
  nlohmann::json json = nlohmann::json::parse(store.file(name), nullptr, false);
  auto broken = [&](const std::string& why) { return HokError(fmt::format("message catalogue {}: {}", name, why)); };
  if (!json.is_object() || !json.contains("text") || !json["text"].is_object()) throw broken("no \"text\" object");
  for (const auto& [key, value] : json["text"].items()) {
    if (!value.is_string()) throw broken(fmt::format("text '{}' is not a string", key));
    texts_[key] = value.get<std::string>();
  }
  if (json.contains("labels")) {
    if (!json["labels"].is_object()) throw broken("\"labels\" is not an object");
    for (const auto& [group, values] : json["labels"].items()) {
      if (!values.is_object()) throw broken(fmt::format("labels '{}' is not an object", group));
      for (const auto& [value, label] : values.items()) {
        if (!label.is_string()) throw broken(fmt::format("label '{}/{}' is not a string", group, value));
        labels_[group][value] = label.get<std::string>();
      }
    }
  }
}

const std::string& MessageCatalog::text(const std::string& key) const {
  auto it = texts_.find(key);
  if (it == texts_.end()) {
    throw HokError(fmt::format("message catalogue catalog_{}.json has no text '{}'", language_, key));
  }
  return it->second;
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
