#include "report/report_catalog.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "document/template_store.hpp"
#include "core/error.hpp"

namespace hok {

ReportCatalog::ReportCatalog(const TemplateStore& store, const std::string& language)
    : language_(language), labels_(store, language), texts_(store.catalogue(language).space("report")) {}

const std::string& ReportCatalog::text(const std::string& key) const {
  auto it = texts_.find(key);
  if (it == texts_.end()) {
    throw HokError(fmt::format("hok's catalogue messages/{}.json has no text 'report.{}'", language_, key));
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
