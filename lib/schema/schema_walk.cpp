#include "schema/schema_walk.hpp"

namespace hok {

using nlohmann::json;

const json* resolve_ref(const json& document, const json& node) {
  const json* current = &node;
  for (int hops = 0; hops < 16 && current->is_object() && current->contains("$ref"); ++hops) {
    const json& reference = (*current)["$ref"];
    if (!reference.is_string()) return current;
    const std::string& target = reference.get_ref<const std::string&>();
    if (target.rfind("#", 0) != 0) return current;
    try {
      current = &document.at(json::json_pointer(target.substr(1)));
    } catch (const std::exception&) {
      return current;
    }
  }
  return current;
}

bool json_type_matches(const json& type, const json& value) {
  if (type.is_array()) {
    for (const json& one : type) {
      if (json_type_matches(one, value)) return true;
    }
    return false;
  }
  if (!type.is_string()) return true;
  const std::string& name = type.get_ref<const std::string&>();
  if (name == "object") return value.is_object();
  if (name == "array") return value.is_array();
  if (name == "string") return value.is_string();
  if (name == "integer") return value.is_number_integer();
  if (name == "number") return value.is_number();
  if (name == "boolean") return value.is_boolean();
  if (name == "null") return value.is_null();
  return true;
}

void walk_schema(const json& document, const json& schema_node, const json& instance,
                 const std::string& pointer, const SchemaVisitor& visit) {
  const json& schema = *resolve_ref(document, schema_node);
  if (!schema.is_object()) return;
  visit(schema, instance, pointer);
  if (schema.contains("type") && !json_type_matches(schema["type"], instance)) return;
  if (instance.is_object()) {
    const json* properties = schema.contains("properties") ? &schema["properties"] : nullptr;
    const json* additional = schema.contains("additionalProperties") && schema["additionalProperties"].is_object()
                                 ? &schema["additionalProperties"]
                                 : nullptr;
    for (const auto& [key, value] : instance.items()) {
      std::string child = pointer + "/";
      for (char c : key) {
        if (c == '~') child += "~0";
        else if (c == '/') child += "~1";
        else child += c;
      }
      if (properties && properties->contains(key)) {
        walk_schema(document, (*properties)[key], value, child, visit);
      } else if (additional) {
        walk_schema(document, *additional, value, child, visit);
      }
    }
  } else if (instance.is_array() && schema.contains("items") && schema["items"].is_object()) {
    for (std::size_t i = 0; i < instance.size(); ++i) {
      walk_schema(document, schema["items"], instance[i], pointer + "/" + std::to_string(i), visit);
    }
  }
}

std::string unescape_token(const std::string& token) {
  std::string result;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '~' && i + 1 < token.size()) {
      result += token[i + 1] == '1' ? '/' : '~';
      ++i;
    } else {
      result += token[i];
    }
  }
  return result;
}

std::string field_label(const std::string& pointer) {
  std::string label;
  std::size_t position = 1;
  while (position <= pointer.size() && !pointer.empty()) {
    std::size_t next = pointer.find('/', position);
    std::string token = unescape_token(pointer.substr(position, next == std::string::npos ? std::string::npos : next - position));
    bool index = !token.empty() && token.size() < 10 && token.find_first_not_of("0123456789") == std::string::npos;
    if (index) {
      label += "[" + std::to_string(std::stoul(token) + 1) + "]";
    } else {
      if (!label.empty()) label += ".";
      label += token;
    }
    if (next == std::string::npos) break;
    position = next + 1;
  }
  return label.empty() ? "the record" : label;
}

}  // namespace hok
