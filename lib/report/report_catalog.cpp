#include "report/report_catalog.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "document/template_store.hpp"
#include "load/registry_loader.hpp"

namespace hok {

std::string report_catalog_name(const std::string& language) {
  return "report_catalog_" + language + ".json";
}

ReportCatalog::ReportCatalog(const TemplateStore& store, const std::string& language)
    : language_(language), labels_(store, language) {
  const std::string name = report_catalog_name(language);
  nlohmann::json json = nlohmann::json::parse(store.file(name), nullptr, false);
  auto broken = [&](const std::string& why) {
    return HokError(fmt::format("message catalogue {}: {}", name, why));
  };
  if (!json.is_object() || !json.contains("text") || !json["text"].is_object())
    throw broken("no \"text\" object");
  for (const auto& [key, value] : json["text"].items()) {
    if (!value.is_string()) throw broken(fmt::format("text '{}' is not a string", key));
    texts_[key] = value.get<std::string>();
  }
}

const std::string& ReportCatalog::text(const std::string& key) const {
  auto it = texts_.find(key);
  if (it == texts_.end()) {
    throw HokError(fmt::format("message catalogue {} has no text '{}'", report_catalog_name(language_), key));
  }
  return it->second;
}

std::string ReportCatalog::text(const std::string& key,
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

kainjow::mustache::data ReportCatalog::template_texts() const {
  kainjow::mustache::data data;
  for (const auto& [key, value] : texts_) data.set(key, value);
  return data;
}

std::vector<std::string> ReportCatalog::text_keys() const {
  std::vector<std::string> keys;
  for (const auto& [key, value] : texts_) keys.push_back(key);
  return keys;
}

}  // namespace hok
