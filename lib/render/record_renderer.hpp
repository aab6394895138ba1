#pragma once
// `hok show`: one record's usage (app/record_usage.hpp) as text for people or JSON for tools.
#include <string>

#include <nlohmann/json.hpp>

#include "app/record_usage.hpp"
#include "core/finding_catalog.hpp"

namespace hok {

// The record's header, its fields as YAML, "Refers to", "Referred to by" with file:line:col of each
// reference, and the verdict on deleting it, in the catalogue's language.
std::string render_record_text(const RecordUsage& usage, const FindingCatalog& catalog = FindingCatalog::english());

// {id, kind, file, name, fields, references[], referenced_by[], waivers[], deletable}; see
// docs/editors.md.
std::string render_record_json(const RecordUsage& usage);
nlohmann::ordered_json record_json(const RecordUsage& usage);

// `value` as indented YAML-like text (block scalars for multi-line text, safe quoting), each line
// prefixed with `indent` spaces. Control characters never reach the terminal raw.
std::string render_yaml_text(const nlohmann::ordered_json& value, int indent);

}  // namespace hok
