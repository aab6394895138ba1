#pragma once
// What an editor most likely meant, for E004's hints: the value or field they named by the word
// the portal shows ("gällande" → in-force), and the corrected line built from the schema and what
// they wrote (`roles: KSA` → `roles: [ksa]`, `decided: 1 mars 2025` → `decided: 2025-03-01`).
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/message.hpp"
#include "core/spelling.hpp"

namespace hok {

// An enumeration's values, each with the labels the portal shows for it.
std::vector<NamedValue> labelled_values(const nlohmann::json& enumeration);

// The fields of an object schema (`properties`), each with the portal's labels and the schema's
// own `title` ("Ägare / Owner" → "Ägare", "Owner").
std::vector<NamedValue> labelled_fields(const nlohmann::json& object_schema);

// "did you mean `in-force` (Gällande)?" — with the label when it was a label that matched, else
// "did you mean 'in-force'?"; nullopt when nothing fits.
std::optional<Message> named_suggestion(const std::string& written, const std::vector<NamedValue>& candidates);

// `written` as the list `schema` (type array) asks for: each comma-separated part as an entry,
// an enumeration's value where a part names one ("KSA" → ksa), an id where entries are ids
// ("Äldres hälsa" → aldres-halsa). "[ksa]", "[ksa, gsa]".
std::string as_flow_list(const nlohmann::json& document, const nlohmann::json& schema, const std::string& written);

// A date written another common way, as YYYY-MM-DD: 2025-3-1, 2025/03/01, 1/3/2025, 1.3.2025,
// 20250301, "1 mars 2025", "March 1, 2025"; nullopt unless it is a real calendar date.
std::optional<std::string> as_iso_date(const std::string& written);

// The id an editor most likely meant by a name: folded, words joined by hyphens
// ("Äldres hälsa" → "aldres-halsa").
std::string as_id(const std::string& written);

}  // namespace hok
