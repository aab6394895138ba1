#pragma once
// What changed between two states of a registry, in the registry's terms: records added,
// removed and renamed, fields changed (old → new), findings introduced and fixed, gaps opened and
// closed. Findings and gaps are matched by code, subject and message — never by line numbers, which
// shift with every edit.
#include <optional>
#include <string>
#include <vector>

#include "app/validation.hpp"
#include "core/dates.hpp"
#include "core/finding.hpp"

namespace hok {

struct FieldChange {
  std::string field;                    // "owner", "members[2].org"
  std::optional<std::string> old_value; // nullopt: the field was added
  std::optional<std::string> new_value; // nullopt: the field was removed
};

struct RecordChange {
  enum class Type { Added, Removed, Renamed, Changed };
  Type type = Type::Changed;
  std::string kind;    // kind directory
  std::string id;      // the id now (for Removed: the id it had)
  std::string old_id;  // Renamed: the id before
  std::string name;    // name or title, for people
  std::string file;    // registry-relative path now (Removed: before)
  std::vector<FieldChange> fields;
};

struct RegistryDiff {
  std::string base_label;
  std::string head_label;
  std::vector<RecordChange> records;
  std::vector<Finding> findings_introduced;
  std::vector<Finding> findings_fixed;
  bool gaps_compared = false;  // false when either side has validation errors
  std::vector<Finding> gaps_opened;
  std::vector<Finding> gaps_closed;
};

// Compares two validated registries; gaps as of `as_of`.
RegistryDiff diff_registries(const ValidationResult& base, const ValidationResult& head, const Date& as_of);

// Findings of `head` that `base` does not have, matched as a multiset by code, subject (the file
// when there is none) and — unless `match_message` is false — message. Never by line.
std::vector<Finding> findings_not_in(const std::vector<Finding>& head, const std::vector<Finding>& base,
                                     bool match_message = true);

}  // namespace hok
