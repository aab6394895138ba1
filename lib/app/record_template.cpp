#include "app/record_template.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/atomic_write.hpp"
#include "core/dates.hpp"
#include "core/slug.hpp"
#include "core/spelling.hpp"
#include "load/registry_loader.hpp"
#include "document/yaml_scalar.hpp"
#include "schema/embedded_schemas.hpp"

namespace hok {

namespace {

using Schema = nlohmann::ordered_json;

// The settings as a tree: "period.from=2024" → period → from = "2024".
struct SettingNode {
  std::optional<std::string> value;
  std::map<std::string, SettingNode> children;
};

class TemplateWriter {
 public:
  TemplateWriter(const Schema& root, std::string language) : root_(root), language_(std::move(language)) {}

  void object(const Schema& schema, const SettingNode& settings, const std::string& path, int indent) {
    const Schema& properties = resolve(schema).value("properties", Schema::object());
    for (const auto& [key, node] : settings.children) {
      if (!properties.contains(key)) unknown_field(properties, key, path);
    }
    std::set<std::string> wanted = required_fields(resolve(schema), settings);
    for (const auto& [key, node] : settings.children) wanted.insert(key);
    for (const auto& [key, property] : properties.items()) {
      if (!wanted.count(key)) continue;
      auto setting = settings.children.find(key);
      field(key, property, setting == settings.children.end() ? nullptr : &setting->second,
            path.empty() ? key : path + "." + key, indent);
    }
  }

  std::string text() const { return out_; }

 private:
  const Schema& resolve(const Schema& schema) const {
    if (schema.contains("$ref") && schema["$ref"].is_string()) {
      std::string ref = schema["$ref"].get<std::string>();
      const std::string prefix = "#/definitions/";
      if (ref.rfind(prefix, 0) == 0 && root_.contains("definitions") &&
          root_["definitions"].contains(ref.substr(prefix.size()))) {
        return root_["definitions"][ref.substr(prefix.size())];
      }
    }
    return schema;
  }

  // `required`, plus what `allOf: [{if, then, else}]` adds for the values set.
  std::set<std::string> required_fields(const Schema& schema, const SettingNode& settings) const {
    std::set<std::string> fields;
    for (const auto& name : schema.value("required", Schema::array())) fields.insert(name.get<std::string>());
    for (const auto& condition : schema.value("allOf", Schema::array())) {
      if (!condition.contains("if")) continue;
      const char* branch = holds(condition["if"], settings) ? "then" : "else";
      if (!condition.contains(branch)) continue;
      for (const auto& name : condition[branch].value("required", Schema::array())) {
        fields.insert(name.get<std::string>());
      }
    }
    return fields;
  }

  // Whether the settings satisfy an `if` made of `required` and `properties: {x: {const: v}}`.
  static bool holds(const Schema& condition, const SettingNode& settings) {
    for (const auto& name : condition.value("required", Schema::array())) {
      auto it = settings.children.find(name.get<std::string>());
      if (it == settings.children.end() || !it->second.value) return false;
    }
    const Schema properties = condition.value("properties", Schema::object());
    for (const auto& [key, property] : properties.items()) {
      auto it = settings.children.find(key);
      if (it == settings.children.end() || !it->second.value) continue;
      if (property.contains("const") && property["const"].is_string() &&
          property["const"].get<std::string>() != *it->second.value) {
        return false;
      }
    }
    return true;
  }

  [[noreturn]] static void unknown_field(const Schema& properties, const std::string& key, const std::string& path) {
    std::vector<std::string> names;
    for (const auto& [name, property] : properties.items()) names.push_back(name);
    std::vector<MessageArg> args{{"setting", path.empty() ? key : path + "." + key}, {"field", key}};
    if (!path.empty()) args.emplace_back("group", path);
    std::string stem = path.empty() ? "error.new.unknown_field" : "error.new.unknown_field_in";
    if (auto near = nearest_match(key, names)) {
      args.emplace_back("suggestion", *near);
      throw HokError(message(stem + "_suggest", std::move(args)));
    }
    args.emplace_back("fields", fmt::format("{}", fmt::join(names, ", ")));
    throw HokError(message(stem, std::move(args)));
  }

  // The description in the registry's language: schemas write "svenska / English".
  std::string description(const Schema& property) const {
    std::string text = property.value("description", "");
    std::size_t split = text.find(" / ");
    if (split == std::string::npos) return text;
    return language_ == "en" ? text.substr(split + 3) : text.substr(0, split);
  }

  void comment(const Schema& property, int indent) {
    std::string pad(static_cast<std::size_t>(indent), ' ');
    std::string text = description(property);
    const Schema& resolved = resolve(property);
    const Schema& choices = resolved.contains("enum") ? resolved["enum"]
                            : resolved.contains("items") && resolve(resolved["items"]).contains("enum")
                                ? resolve(resolved["items"])["enum"]
                                : Schema();
    if (choices.is_array()) {
      std::vector<std::string> words;
      bool all_described = true;
      for (const auto& word : choices) {
        words.push_back(word.is_string() ? word.get<std::string>() : word.dump());
        all_described = all_described && text.find(words.back()) != std::string::npos;
      }
      // Descriptions usually explain each choice already; name them only when one is missing.
      if (!all_described) text += fmt::format(" {}: {}.", language_ == "en" ? "One of" : "Ett av", fmt::join(words, ", "));
    }
    // Wrapped at 100 columns.
    std::string line;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      std::string word = text.substr(start, end - start);
      if (!line.empty() && pad.size() + 2 + line.size() + 1 + word.size() > 100) {
        out_ += pad + "# " + line + "\n";
        line.clear();
      }
      line += (line.empty() ? "" : " ") + word;
      start = end + 1;
    }
    if (!line.empty()) out_ += pad + "# " + line + "\n";
  }

  void field(const std::string& key, const Schema& raw_property, const SettingNode* setting, const std::string& path,
             int indent) {
    const Schema& property = resolve(raw_property);
    std::string type = type_of(property, setting, "");
    std::string pad(static_cast<std::size_t>(indent), ' ');
    comment(raw_property, indent);
    if (type == "object") {
      if (setting && setting->value) {
        throw HokError(message("error.new.group_of_fields",
                               {{"setting", path}, {"field", key}, {"first", first_property(property)}}));
      }
      out_ += pad + key + ":\n";
      object(property, setting ? *setting : SettingNode{}, path, indent + 2);
      return;
    }
    if (setting && !setting->children.empty()) {
      throw HokError(message("error.new.no_fields_inside",
                             {{"setting", path + "." + setting->children.begin()->first}, {"field", key}}));
    }
    if (!setting || !setting->value) {
      out_ += pad + key + ":\n";
      return;
    }
    if (type == "array") {
      const Schema raw_items = property.value("items", Schema::object());
      const Schema& items = resolve(raw_items);
      if (items.value("type", "") == "object") {
        throw HokError(message("error.new.list_of_entries", {{"setting", path}, {"field", key}}));
      }
      std::vector<std::string> values = split_list(*setting->value);
      if (values.empty()) {
        out_ += pad + key + ": []\n";
        return;
      }
      out_ += pad + key + ":\n";
      for (const std::string& value : values) out_ += pad + "  - " + scalar(items, value, path) + "\n";
      return;
    }
    out_ += pad + key + ": " + scalar(property, *setting->value, path) + "\n";
  }

  // The schema's type for the value being written. A field of two forms (`contact`: a person's id,
  // or an object of mailbox, phone and person) is the object when fields inside it are set.
  static std::string type_of(const Schema& schema, const SettingNode* setting, const char* fallback) {
    if (!schema.contains("type")) return fallback;
    const Schema& type = schema["type"];
    if (type.is_string()) return type.get<std::string>();
    if (!type.is_array() || type.empty()) return fallback;
    const bool nested = setting != nullptr && !setting->children.empty();
    for (const auto& one : type) {
      if (one.is_string() && (one.get<std::string>() == "object") == nested) return one.get<std::string>();
    }
    return type.front().is_string() ? type.front().get<std::string>() : fallback;
  }

  static std::string first_property(const Schema& schema) {
    const Schema properties = schema.value("properties", Schema::object());
    for (const auto& [name, property] : properties.items()) return name;
    return "…";
  }

  static std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> values;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find(',', start);
      if (end == std::string::npos) end = text.size();
      std::string value = text.substr(start, end - start);
      while (!value.empty() && value.front() == ' ') value.erase(0, 1);
      while (!value.empty() && value.back() == ' ') value.pop_back();
      if (!value.empty()) values.push_back(value);
      start = end + 1;
    }
    return values;
  }

  // A value as YAML for its schema, or HokError when it cannot fit.
  std::string scalar(const Schema& raw_schema, const std::string& value, const std::string& path) const {
    const Schema& schema = resolve(raw_schema);
    std::string type = type_of(schema, nullptr, "string");
    if (schema.contains("enum")) {
      std::vector<std::string> words;
      for (const auto& word : schema["enum"]) words.push_back(word.is_string() ? word.get<std::string>() : word.dump());
      if (std::find(words.begin(), words.end(), value) == words.end()) {
        std::vector<MessageArg> args{{"setting", path}, {"value", value}, {"values", fmt::format("{}", fmt::join(words, ", "))}};
        if (auto near = nearest_match(value, words)) {
          args.emplace_back("suggestion", *near);
          throw HokError(message("error.new.not_one_of_suggest", std::move(args)));
        }
        throw HokError(message("error.new.not_one_of", std::move(args)));
      }
    }
    if (type == "integer") {
      long long number = 0;
      auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
      if (error != std::errc() || end != value.data() + value.size()) {
        throw HokError(message("error.new.not_whole_number", {{"setting", path}, {"value", value}}));
      }
      return std::to_string(number);
    }
    if (type == "number") {
      double number = 0;
      auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
      if (error != std::errc() || end != value.data() + value.size()) {
        throw HokError(message("error.new.not_number", {{"setting", path}, {"value", value}}));
      }
      return value;
    }
    if (type == "boolean") {
      if (value != "true" && value != "false") {
        throw HokError(message("error.new.not_boolean", {{"setting", path}, {"value", value}}));
      }
      return value;
    }
    bool is_date = schema.value("format", "") == "date";
    if (is_date && !parse_date(value)) {
      throw HokError(message("error.new.not_date", {{"setting", path}, {"value", value}}));
    }
    return yaml_scalar(value, is_date);
  }

  const Schema& root_;
  std::string language_;
  std::string out_;
};

Schema kind_schema(const std::string& kind) {
  std::vector<std::string> kinds;
  for (Kind known : all_kinds()) kinds.push_back(kind_directory(known));
  if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
    if (auto near = nearest_match(kind, kinds)) {
      throw HokError(message("error.new.unknown_kind_suggest", {{"kind", kind}, {"suggestion", *near}}));
    }
    throw HokError(message("error.new.unknown_kind", {{"kind", kind}, {"kinds", fmt::format("{}", fmt::join(kinds, ", "))}}));
  }
  for (const EmbeddedSchema& schema : embedded_schemas()) {
    if (schema.name == kind) return Schema::parse(schema.text);
  }
  // Internal: every kind has a schema built into hok (the unit tests load each), so stays English.
  throw HokError(fmt::format("hok has no schema for the kind '{}' (a defect in this build)", kind));
}

}  // namespace

FieldSetting parse_field_setting(const std::string& text) {
  std::size_t equals = text.find('=');
  if (equals == std::string::npos || equals == 0) {
    throw HokError(message("error.new.setting_form", {{"text", text}}));
  }
  return {text.substr(0, equals), text.substr(equals + 1)};
}

std::string record_template(const std::string& kind, const std::string& id, const std::vector<FieldSetting>& settings,
                            const std::string& language) {
  return record_template(kind, id, settings, language, TemplateOptions{});
}

std::string record_template(const std::string& kind, const std::string& id, const std::vector<FieldSetting>& settings,
                            const std::string& language, const TemplateOptions& options) {
  Schema schema = kind_schema(kind);
  SettingNode tree;
  tree.children["id"].value = id;
  for (const FieldSetting& setting : settings) {
    if (setting.path == "id") throw HokError(message("error.new.set_id"));
    SettingNode* node = &tree;
    std::size_t start = 0;
    while (true) {
      std::size_t dot = setting.path.find('.', start);
      std::string key = setting.path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
      if (key.empty()) throw HokError(message("error.new.empty_field_name", {{"setting", setting.path}}));
      node = &node->children[key];
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    node->value = setting.value;
  }
  // A field to fill is a setting without a value: written as `field:` under its comment.
  for (const std::string& field : options.to_fill) tree.children[field];
  TemplateWriter writer(schema, language);
  writer.object(schema, tree, "", 0);
  std::string title = schema.value("title", kind);
  std::size_t split = title.find(" / ");
  if (split != std::string::npos) title = language == "en" ? title.substr(split + 3) : title.substr(0, split);
  if (options.origin == TemplateOrigin::Portal) {
    const std::string portal_header =
        language == "en" ? fmt::format("# {}, proposed from the portal.\n"
                                       "# Fill in the empty fields and save. The registry is checked before the change "
                                       "takes effect.\n",
                                       title)
                         : fmt::format("# {}, föreslagen från portalen.\n"
                                       "# Fyll i de tomma fälten och spara. Registret kontrolleras innan ändringen "
                                       "gäller.\n",
                                       title);
    return portal_header + writer.text();
  }
  std::string header = language == "en"
                           ? fmt::format("# {}, written by `hok new {} {}`.\n"
                                         "# Fill in the empty fields, then run `hok validate`.\n",
                                         title, kind, id)
                           : fmt::format("# {}, skapad med `hok new {} {}`.\n"
                                         "# Fyll i de tomma fälten och kör sedan `hok validate`.\n",
                                         title, kind, id);
  return header + writer.text();
}

NewRecordPlace create_record(const Registry& registry, const std::string& kind, const std::string& id,
                             const std::vector<FieldSetting>& settings) {
  if (!is_slug(id)) {
    throw HokError(message("error.invalid_id", {{"id", id}}));
  }
  std::string text = record_template(kind, id, settings, registry.settings.language);
  if (const RecordBase* existing = registry.find(id)) {
    throw HokError(message("error.id_in_use", {{"id", id},
                                               {"kind", message(std::string("kind.") + kind_directory(existing->kind) + ".noun")},
                                               {"file", existing->source ? existing->source->path : "?"}}));
  }
  for (const SourceFilePtr& file : registry.files) {
    if (file->stem == id && file->kind != "registry") {
      throw HokError(message("error.file_holds_id", {{"file", file->path}, {"id", id}}));
    }
  }
  NewRecordPlace place;
  place.relative_path = kind + "/" + id + ".yaml";
  place.file = registry.root / kind / (id + ".yaml");
  try {
    // The kind folder is opened without following a link: a `functions/` that leads elsewhere is
    // refused, naming it, never written through.
    Folder::open(registry.root).child(kind, true).create_atomically(id + ".yaml", text);
  } catch (const HokError&) {
    throw;  // already in words
  } catch (const std::runtime_error& failure) {
    std::string what = failure.what();
    if (what.find("already exists") != std::string::npos) {
      throw HokError(message("error.new.exists", {{"file", place.relative_path}}));
    }
    throw HokError(message("error.write_failed", {{"detail", what}}));
  }
  return place;
}

}  // namespace hok
