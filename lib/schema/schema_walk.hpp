#pragma once
// Walks an instance together with its JSON Schema through `properties`, `additionalProperties`,
// `items` and local `$ref`s — the only places hok's schemas put the annotations hok reads
// (`x-hok-ref`, `format: date`). Conditionals (`if`/`then`) hold only `required`/`const`.
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

namespace hok {

using SchemaVisitor =
    std::function<void(const nlohmann::json& schema, const nlohmann::json& value, const std::string& pointer)>;

// Calls `visit` for every value of `instance` that its schema describes, parents before children.
// Children of a value whose declared type does not match are not visited.
void walk_schema(const nlohmann::json& document, const nlohmann::json& schema,
                 const nlohmann::json& instance, const std::string& pointer, const SchemaVisitor& visit);

// True if `value` has the JSON Schema type `type` (a name or a list of names); true when the
// schema names no type.
bool json_type_matches(const nlohmann::json& type, const nlohmann::json& value);

// Follows a local "$ref": "#/definitions/…" (repeatedly); returns `node` if it has none.
const nlohmann::json* resolve_ref(const nlohmann::json& document, const nlohmann::json& node);

// RFC 6901: "~1" → "/", "~0" → "~".
std::string unescape_token(const std::string& token);

// "/members/2/org" → "members[3].org" (list entries counted from 1, as an editor counts).
std::string field_label(const std::string& pointer);

}  // namespace hok
