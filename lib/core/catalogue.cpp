#include "core/catalogue.hpp"

#include <algorithm>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/embedded_messages.hpp"
#include "core/error.hpp"
#include "core/spelling.hpp"

namespace hok {

namespace {

bool is_comment(const std::string& key) { return key.starts_with("//"); }

// A message without a catalogue: its key and arguments, as data.
std::string plain(const Message& words) {
  if (words.key.empty()) return words.text;
  std::string text = words.key;
  for (const MessageArg& arg : words.args) text += fmt::format(" {}='{}'", arg.name, plain(arg.value));
  return text;
}

// A catalogue that cannot be read. A `--templates` file is the secretariat's: its refusal is in
// the catalogues' words. A built-in one (messages/*.json) is a broken build, which the unit tests
// catch before any user could meet it; and its words cannot come from the catalogue being read, so
// it stays English, as the key and its arguments.
[[noreturn]] void refuse(bool builtin, const Message& words) {
  if (builtin) throw HokError("hok's built-in catalogue is broken: " + plain(words));
  throw HokError(words);
}

void read_strings(const nlohmann::json& object, std::map<std::string, std::string>& into, const std::string& where,
                  const std::string& origin, bool builtin) {
  if (!object.is_object()) refuse(builtin, message("error.catalogue.not_object", {{"file", origin}, {"part", where}}));
  for (const auto& [key, value] : object.items()) {
    if (is_comment(key)) continue;
    if (!value.is_string()) {
      refuse(builtin, message("error.catalogue.not_text", {{"file", origin}, {"key", where + "." + key}}));
    }
    into[key] = value.get<std::string>();
  }
}

std::vector<std::string> keys_of(const std::map<std::string, std::string>& texts) {
  std::vector<std::string> keys;
  keys.reserve(texts.size());
  for (const auto& entry : texts) keys.push_back(entry.first);
  return keys;
}

Message unknown_key(const std::string& origin, const std::string& where, const std::string& key,
                    const std::vector<std::string>& known) {
  if (auto near = nearest_match(key, known)) {
    return message("error.catalogue.unknown_key_suggest",
                   {{"file", origin}, {"key", where + "." + key}, {"suggestion", where + "." + *near}});
  }
  return message("error.catalogue.unknown_key", {{"file", origin}, {"key", where + "." + key}});
}

Catalogue read_catalogue(std::string language, std::string_view json_text, const std::string& origin, bool builtin) {
  const nlohmann::json json = nlohmann::json::parse(json_text, nullptr, false);
  if (!json.is_object()) refuse(builtin, message("error.catalogue.not_json", {{"file", origin}}));
  Catalogue catalogue;
  catalogue.language = std::move(language);
  const auto& spaces = catalogue_namespaces();
  for (const auto& [name, content] : json.items()) {
    if (is_comment(name)) continue;
    if (std::find(spaces.begin(), spaces.end(), name) == spaces.end()) {
      std::vector<MessageArg> args{{"file", origin}, {"part", name}, {"parts", fmt::format("{}", fmt::join(spaces, ", "))}};
      if (auto near = nearest_match(name, spaces)) {
        args.emplace_back("suggestion", *near);
        refuse(builtin, message("error.catalogue.unknown_part_suggest", std::move(args)));
      }
      refuse(builtin, message("error.catalogue.unknown_part", std::move(args)));
    }
    if (name != "label") {
      read_strings(content, catalogue.texts[name], name, origin, builtin);
      continue;
    }
    if (!content.is_object()) refuse(builtin, message("error.catalogue.not_object", {{"file", origin}, {"part", "label"}}));
    for (const auto& [group, values] : content.items()) {
      if (is_comment(group)) continue;
      read_strings(values, catalogue.labels[group], "label." + group, origin, builtin);
    }
  }
  return catalogue;
}

}  // namespace

const std::vector<std::string>& catalogue_namespaces() {
  static const std::vector<std::string> spaces{"finding", "cli", "page", "label", "report"};
  return spaces;
}

const std::string* Catalogue::find(const std::string& name, const std::string& key) const {
  auto found_space = texts.find(name);
  if (found_space == texts.end()) return nullptr;
  auto found = found_space->second.find(key);
  return found == found_space->second.end() ? nullptr : &found->second;
}

const std::map<std::string, std::string>& Catalogue::space(const std::string& name) const {
  static const std::map<std::string, std::string> none;
  auto found = texts.find(name);
  return found == texts.end() ? none : found->second;
}

Catalogue parse_catalogue(std::string language, std::string_view json_text, const std::string& origin) {
  return read_catalogue(std::move(language), json_text, origin, false);
}

void overlay_catalogue(Catalogue& base, const Catalogue& overlay, const std::vector<std::string>& spaces,
                       const std::string& origin) {
  auto allowed = [&](const std::string& name) {
    if (std::find(spaces.begin(), spaces.end(), name) != spaces.end()) return;
    throw HokError(message("error.catalogue.not_replaceable",
                           {{"file", origin}, {"part", name}, {"parts", fmt::format("{}", fmt::join(spaces, ", "))}}));
  };
  for (const auto& [name, texts] : overlay.texts) {
    allowed(name);
    std::map<std::string, std::string>& into = base.texts[name];
    for (const auto& [key, text] : texts) {
      auto found = into.find(key);
      if (found == into.end()) throw HokError(unknown_key(origin, name, key, keys_of(into)));
      found->second = text;
    }
  }
  if (!overlay.labels.empty()) allowed("label");
  for (const auto& [group, values] : overlay.labels) {
    auto found_group = base.labels.find(group);
    if (found_group == base.labels.end()) {
      std::vector<std::string> groups;
      for (const auto& entry : base.labels) groups.push_back(entry.first);
      throw HokError(unknown_key(origin, "label", group, groups));
    }
    for (const auto& [value, label] : values) {
      auto found = found_group->second.find(value);
      if (found == found_group->second.end()) {
        throw HokError(unknown_key(origin, "label." + group, value, keys_of(found_group->second)));
      }
      found->second = label;
    }
  }
}

namespace {

// The embedded catalogues, parsed once. A broken one is a broken build: the unit tests load
// every one, so it never reaches a user.
const std::map<std::string, std::unique_ptr<Catalogue>, std::less<>>& all_catalogues() {
  static const auto catalogues = [] {
    std::map<std::string, std::unique_ptr<Catalogue>, std::less<>> result;
    for (const EmbeddedMessages& file : embedded_messages()) {
      result[file.language] = std::make_unique<Catalogue>(
          read_catalogue(file.language, file.text, "messages/" + file.language + ".json", true));
    }
    return result;
  }();
  return catalogues;
}

}  // namespace

const Catalogue* builtin_catalogue(std::string_view language) {
  const auto& catalogues = all_catalogues();
  auto found = catalogues.find(language);
  return found == catalogues.end() ? nullptr : found->second.get();
}

const std::vector<std::string>& catalogue_languages() {
  static const std::vector<std::string> languages = [] {
    std::vector<std::string> result;
    for (const auto& entry : all_catalogues()) result.push_back(entry.first);
    return result;
  }();
  return languages;
}

}  // namespace hok
