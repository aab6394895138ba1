#pragma once
// `hok show ID` as a library call: one record's fields, the records it refers to, and every
// place that refers to it — the answer to "can I delete this?".
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/finding.hpp"
#include "model/registry.hpp"

namespace hok {

// One reference seen from the record being shown.
struct ReferenceUse {
  Reference reference;              // the field occurrence
  Location location;                // where its value is written
  const RecordBase* other = nullptr;  // outgoing: the target; incoming: the referring record
                                      // (nullptr: a missing target, or hok.yaml)
};

struct RecordUsage {
  const RecordBase* record = nullptr;
  nlohmann::ordered_json fields;             // the record's data, keys in the file's order
  std::vector<ReferenceUse> references;      // what it refers to, in the file's order
  std::vector<ReferenceUse> referenced_by;   // every reference to it, by file and line
  std::vector<Location> waivers;             // hok.yaml waivers whose subject it is
  std::vector<const RecordBase*> duplicates; // other records with the same id (E006)

  // True when nothing refers to the record: deleting its file breaks no reference.
  bool deletable() const { return referenced_by.empty() && waivers.empty(); }
};

// The usage of the record with `id`; nullopt when no record has it.
std::optional<RecordUsage> find_record_usage(const Registry& registry, const std::string& id);

// The existing id nearest to `id`, for "did you mean".
std::optional<std::string> suggest_record_id(const Registry& registry, const std::string& id);

// `data` with object keys in the order they appear in `file` (nlohmann::json sorts them).
nlohmann::ordered_json in_file_order(const nlohmann::json& data, const SourceFile& file,
                                     const std::string& pointer = "");

}  // namespace hok
