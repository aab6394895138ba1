#include "core/finding_catalog.hpp"

#include <cstdlib>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "core/catalogue.hpp"

namespace hok {

namespace {

// The finding and cli namespaces of every built-in catalogue: a Message's key is looked up in
// both (tests/unit/test_core_catalogue.cpp checks that no key is in both).
const std::map<std::string, std::unique_ptr<FindingCatalog>>& all_catalogs() {
  static const auto catalogs = [] {
    std::map<std::string, std::unique_ptr<FindingCatalog>> result;
    for (const std::string& language : catalogue_languages()) {
      const Catalogue& catalogue = *builtin_catalogue(language);
      std::map<std::string, std::string> entries = catalogue.space("finding");
      for (const auto& [key, text] : catalogue.space("cli")) entries.emplace(key, text);
      result[language] = std::make_unique<FindingCatalog>(language, std::move(entries));
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

std::vector<std::string> message_languages() { return catalogue_languages(); }

namespace {

struct RunLanguage {
  std::mutex mutex;
  std::string language;
  bool explicit_choice = false;
};

RunLanguage& run_language() {
  static RunLanguage state;
  return state;
}

// Swedish when the environment asks for it: LC_ALL, LC_MESSAGES, then LANG (POSIX's order).
std::string environment_language() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value && *value) return std::string(value).starts_with("sv") ? "sv" : "en";
  }
  return "en";
}

}  // namespace

void choose_run_language(const std::string& language, bool explicit_choice) {
  if (!FindingCatalog::find(language)) return;
  RunLanguage& state = run_language();
  std::lock_guard<std::mutex> lock(state.mutex);
  if (state.explicit_choice && !explicit_choice) return;
  state.language = language;
  state.explicit_choice = explicit_choice;
}

const FindingCatalog& run_catalog() {
  RunLanguage& state = run_language();
  std::string language;
  {
    std::lock_guard<std::mutex> lock(state.mutex);
    language = state.language;
  }
  if (language.empty()) language = environment_language();
  const FindingCatalog* catalog = FindingCatalog::find(language);
  return catalog ? *catalog : FindingCatalog::english();
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
