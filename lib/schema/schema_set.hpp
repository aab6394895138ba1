#pragma once
// The kinds' JSON Schemas, parsed once and shared read-only by every loading thread.
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/finding.hpp"
#include "core/source_file.hpp"

namespace hok {

struct CompiledSchema;

class SchemaSet {
 public:
  // Parses every embedded schema. Throws std::runtime_error if one is broken (a build defect).
  SchemaSet();
  ~SchemaSet();
  SchemaSet(const SchemaSet&) = delete;
  SchemaSet& operator=(const SchemaSet&) = delete;

  static const SchemaSet& instance();

  // Validates `file` (kind "registry" → hok.schema.json) and appends E004 findings. Values whose
  // type is wrong are removed from file.data afterwards, so that later stages see only values of
  // the declared types.
  void validate(SourceFile& file, FindingSink& sink) const;

  // The schema JSON of a kind directory ("groups") or "hok"; nullptr if unknown.
  const nlohmann::json* schema_json(const std::string& name) const;

 private:
  std::map<std::string, std::unique_ptr<CompiledSchema>> schemas_;
};

}  // namespace hok
