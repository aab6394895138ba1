#include "render/record_renderer.hpp"

#include <set>

#include <fmt/format.h>

#include "document/escape.hpp"
#include "document/yaml_scalar.hpp"

namespace hok {

namespace {

std::string scalar_text(const nlohmann::ordered_json& value) {
  if (value.is_string()) return yaml_scalar(value.get<std::string>(), true);
  if (value.is_null()) return "null";
  return value.dump();
}

bool is_multiline(const nlohmann::ordered_json& value) {
  return value.is_string() && value.get<std::string>().find('\n') != std::string::npos;
}

// A multi-line string as a `|` block, each line's control characters escaped.
void append_block(std::string& out, const std::string& text, int indent) {
  out += text.size() > 0 && text.back() == '\n' ? "|\n" : "|-\n";
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = escape_control(std::string_view(text).substr(start, end - start));
    out += line.empty() ? "\n" : std::string(static_cast<std::size_t>(indent), ' ') + line + "\n";
    start = end + 1;
  }
}

void append_value(std::string& out, const nlohmann::ordered_json& value, int indent);

// After "key:" or "- ": the value on the same line, or on the following lines.
void append_after_marker(std::string& out, const nlohmann::ordered_json& value, int indent) {
  if (value.is_object() && !value.empty()) {
    out += "\n";
    append_value(out, value, indent);
  } else if (value.is_array() && !value.empty()) {
    out += "\n";
    append_value(out, value, indent);
  } else if (value.is_object()) {
    out += " {}\n";
  } else if (value.is_array()) {
    out += " []\n";
  } else if (is_multiline(value)) {
    out += " ";
    append_block(out, value.get<std::string>(), indent);
  } else {
    out += " " + scalar_text(value) + "\n";
  }
}

void append_value(std::string& out, const nlohmann::ordered_json& value, int indent) {
  std::string pad(static_cast<std::size_t>(indent), ' ');
  if (value.is_object()) {
    for (const auto& [key, item] : value.items()) {
      out += pad + yaml_scalar(key) + ":";
      append_after_marker(out, item, indent + 2);
    }
  } else if (value.is_array()) {
    for (const auto& item : value) {
      if (item.is_object() && !item.empty()) {
        // The first key on the dash's line, the rest aligned under it.
        std::string nested;
        append_value(nested, item, indent + 2);
        out += pad + "- " + nested.substr(static_cast<std::size_t>(indent) + 2);
      } else {
        out += pad + "-";
        append_after_marker(out, item, indent + 2);
      }
    }
  } else {
    out += pad;
    if (is_multiline(value)) {
      append_block(out, value.get<std::string>(), indent + 2);
    } else {
      out += scalar_text(value) + "\n";
    }
  }
}

std::string describe(const RecordBase& record, const FindingCatalog& catalog) {
  std::string text = fmt::format("{} {}", catalog.render(message(std::string("kind.") + kind_directory(record.kind) + ".noun")),
                                 record.id);
  if (record.name) text += fmt::format(" \"{}\"", escape_control(*record.name));
  return text;
}

std::size_t file_count(const std::vector<ReferenceUse>& uses, const std::vector<Location>& waivers) {
  std::set<std::string> files;
  for (const ReferenceUse& use : uses) files.insert(use.location.file);
  for (const Location& waiver : waivers) files.insert(waiver.file);
  return files.size();
}

std::string place(const Location& location) {
  return fmt::format("{}:{}:{}", escape_control(location.file), location.line, location.column);
}

nlohmann::ordered_json location_json(const Location& location) {
  return {{"file", location.file}, {"line", location.line}, {"column", location.column}};
}

}  // namespace

std::string render_yaml_text(const nlohmann::ordered_json& value, int indent) {
  std::string out;
  append_value(out, value, indent);
  return out;
}

std::string render_record_text(const RecordUsage& usage, const FindingCatalog& catalog) {
  const RecordBase& record = *usage.record;
  auto say = [&](const std::string& key, std::initializer_list<MessageArg> args = {}) {
    return catalog.render(message(key, args));
  };
  std::string file = record.source ? escape_control(record.source->path) : "?";
  std::string out = fmt::format("{}: {}\n", file, describe(record, catalog));
  for (const RecordBase* duplicate : usage.duplicates) {
    out += "  " + say("show.duplicate", {{"record", describe(*duplicate, catalog)},
                                         {"file", duplicate->source ? escape_control(duplicate->source->path) : "?"}}) +
           "\n";
  }
  out += "\n" + render_yaml_text(usage.fields, 2);

  out += "\n" + say("show.refers_to", {{"count", usage.references.size()}}) + "\n";
  if (usage.references.empty()) out += "  " + say("show.nothing") + "\n";
  for (const ReferenceUse& use : usage.references) {
    std::string target = use.other ? describe(*use.other, catalog)
                                   : say("show.no_record", {{"id", escape_control(use.reference.target)}});
    out += fmt::format("  {}: {} → {}\n", place(use.location), escape_control(use.reference.field), target);
  }

  std::size_t incoming = usage.referenced_by.size() + usage.waivers.size();
  out += "\n" + say("show.referred_to_by", {{"count", incoming}}) + "\n";
  if (incoming == 0) out += "  " + say("show.nothing") + "\n";
  for (const ReferenceUse& use : usage.referenced_by) {
    std::string from = use.other ? describe(*use.other, catalog) : say("show.registry_settings");
    out += fmt::format("  {}: {}\n", place(use.location),
                       say("show.referred_field", {{"from", from}, {"field", escape_control(use.reference.field)}}));
  }
  for (const Location& waiver : usage.waivers) out += fmt::format("  {}: {}\n", place(waiver), say("show.waiver"));

  if (usage.deletable()) {
    out += "\n" + say("show.deletable", {{"id", record.id}, {"file", file}}) + "\n";
  } else {
    std::size_t files = file_count(usage.referenced_by, usage.waivers);
    out += "\n" +
           catalog.render(plural("show.not_deletable", static_cast<long long>(incoming),
                                 {{"places", plural("show.places", static_cast<long long>(incoming))},
                                  {"files", plural("show.files", static_cast<long long>(files))},
                                  {"id", record.id}})) +
           "\n";
  }
  return out;
}

nlohmann::ordered_json record_json(const RecordUsage& usage) {
  const RecordBase& record = *usage.record;
  nlohmann::ordered_json out;
  out["id"] = record.id;
  out["kind"] = kind_directory(record.kind);
  out["file"] = record.source ? record.source->path : "";
  out["name"] = record.name ? nlohmann::ordered_json(*record.name) : nlohmann::ordered_json(nullptr);
  out["fields"] = usage.fields;
  out["references"] = nlohmann::ordered_json::array();
  for (const ReferenceUse& use : usage.references) {
    nlohmann::ordered_json item = {{"field", use.reference.field}, {"target", use.reference.target}};
    item["target_kind"] = use.other ? nlohmann::ordered_json(kind_directory(use.other->kind)) : nullptr;
    item["target_name"] = use.other && use.other->name ? nlohmann::ordered_json(*use.other->name) : nullptr;
    item.update(location_json(use.location));
    out["references"].push_back(std::move(item));
  }
  out["referenced_by"] = nlohmann::ordered_json::array();
  for (const ReferenceUse& use : usage.referenced_by) {
    nlohmann::ordered_json item;
    item["id"] = use.other ? nlohmann::ordered_json(use.other->id) : nullptr;
    item["kind"] = use.other ? kind_directory(use.other->kind) : "registry";
    item["name"] = use.other && use.other->name ? nlohmann::ordered_json(*use.other->name) : nullptr;
    item["field"] = use.reference.field;
    item.update(location_json(use.location));
    out["referenced_by"].push_back(std::move(item));
  }
  out["waivers"] = nlohmann::ordered_json::array();
  for (const Location& waiver : usage.waivers) out["waivers"].push_back(location_json(waiver));
  out["deletable"] = usage.deletable();
  return out;
}

std::string render_record_json(const RecordUsage& usage) {
  return record_json(usage).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace hok
