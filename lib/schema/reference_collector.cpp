#include "schema/reference_collector.hpp"

#include "schema/schema_walk.hpp"

namespace hok {

std::vector<Reference> collect_references(const SchemaSet& schemas, const SourceFilePtr& file) {
  std::vector<Reference> references;
  if (!file->data || !file->data->is_object()) return references;
  const nlohmann::json* schema = schemas.schema_json(file->kind == "registry" ? "hok" : file->kind);
  if (!schema) return references;
  std::string from_id;
  if (file->kind != "registry") {
    const auto& data = *file->data;
    from_id = data.contains("id") && data["id"].is_string() ? data["id"].get<std::string>() : file->stem;
  }
  walk_schema(*schema, *schema, *file->data, "",
              [&](const nlohmann::json& node, const nlohmann::json& value, const std::string& pointer) {
                if (!value.is_string() || !node.contains("x-hok-ref") || !node["x-hok-ref"].is_array()) return;
                Reference reference;
                reference.from_id = from_id;
                reference.source = file;
                reference.pointer = pointer;
                reference.field = field_label(pointer);
                reference.target = value.get<std::string>();
                for (const auto& kind_name : node["x-hok-ref"]) {
                  if (!kind_name.is_string()) continue;
                  if (auto kind = kind_from_directory(kind_name.get<std::string>())) {
                    reference.allowed.push_back(*kind);
                  }
                }
                references.push_back(std::move(reference));
              });
  return references;
}

}  // namespace hok
