#include "core/finding_catalog.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <stdexcept>

#include "core/embedded_messages.hpp"

namespace hok {

namespace {

// The embedded catalogues, parsed once. A catalogue that is not a flat JSON object of strings is
// a broken build, reported as such.
const std::map<std::string, std::unique_ptr<FindingCatalog>>& all_catalogs() {
  static const auto catalogs = [] {
    std::map<std::string, std::unique_ptr<FindingCatalog>> result;
    for (const EmbeddedMessages& file : embedded_messages()) {
      nlohmann::json json = nlohmann::json::parse(file.text, nullptr, false);
      if (!json.is_object()) throw std::runtime_error("messages/" + file.language + ".json is not a JSON object");
      std::map<std::string, std::string> entries;
      for (const auto& [key, value] : json.items()) {
        if (key.rfind("//", 0) == 0) continue;  // a comment for the translator
        if (!value.is_string()) {
          throw std::runtime_error("messages/" + file.language + ".json: '" + key + "' is not a string");
        }
        entries[key] = value.get<std::string>();
      }
      result[file.language] = std::make_unique<FindingCatalog>(file.language, std::move(entries));
    }
    return result;
  }();
  return catalogs;
}

}  // namespace

FindingCatalog::FindingCatalog(std::string language, std::map<std::string, std::string> entries)
    : language_(std::move(language)), entries_(std::move(entries)) {}

const FindingCatalog* FindingCatalog::find(std::string_view language) {
  const auto& catalogs = all_catalogs();
  auto found = catalogs.find(std::string(language));
  return found == catalogs.end() ? nullptr : found->second.get();
}

const FindingCatalog& FindingCatalog::english() {
  const FindingCatalog* catalog = find("en");
  if (!catalog) throw std::runtime_error("hok was built without messages/en.json");
  return *catalog;
}

const std::string* FindingCatalog::text(const std::string& key) const {
  auto found = entries_.find(key);
  return found == entries_.end() ? nullptr : &found->second;
}

std::string FindingCatalog::render(const Message& message) const {
  if (message.join != Message::Join::None) {
    const std::string* last = text(message.join == Message::Join::And ? "list.and" : "list.or");
    std::string result;
    for (std::size_t index = 0; index < message.items.size(); ++index) {
      if (index > 0) result += index + 1 == message.items.size() ? (last ? *last : " ") : ", ";
      result += render(message.items[index]);
    }
    return result;
  }
  if (message.key.empty()) return message.text;
  const std::string* pattern = text(message.key);
  if (!pattern && this != &english()) return english().render(message);
  if (!pattern) return message.key;

  std::string result;
  for (std::size_t i = 0; i < pattern->size(); ++i) {
    char c = (*pattern)[i];
    if (c == '{' || c == '}') {
      if (i + 1 < pattern->size() && (*pattern)[i + 1] == c) {  // "{{" and "}}" stand for a brace
        result += c;
        ++i;
        continue;
      }
    }
    if (c != '{') {
      result += c;
      continue;
    }
    std::size_t close = pattern->find('}', i);
    if (close == std::string::npos) {
      result += pattern->substr(i);
      break;
    }
    std::string name = pattern->substr(i + 1, close - i - 1);
    const MessageArg* arg = nullptr;
    for (const MessageArg& candidate : message.args) {
      if (candidate.name == name) arg = &candidate;
    }
    result += arg ? render(arg->value) : pattern->substr(i, close - i + 1);
    i = close;
  }
  return result;
}

std::vector<std::string> message_languages() {
  std::vector<std::string> languages;
  for (const auto& [language, catalog] : all_catalogs()) languages.push_back(language);
  return languages;
}

std::vector<std::string> placeholders(std::string_view text) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((text[i] == '{' || text[i] == '}') && i + 1 < text.size() && text[i + 1] == text[i]) {
      ++i;
      continue;
    }
    if (text[i] != '{') continue;
    std::size_t close = text.find('}', i);
    if (close == std::string_view::npos) break;
    names.emplace_back(text.substr(i + 1, close - i - 1));
    i = close;
  }
  return names;
}

void localize_findings(std::vector<Finding>& findings, const FindingCatalog& catalog) {
  for (Finding& finding : findings) {
    if (!finding.message_data.empty()) finding.message = catalog.render(finding.message_data);
    if (finding.hint_data) finding.hint = catalog.render(*finding.hint_data);
  }
}

}  // namespace hok
