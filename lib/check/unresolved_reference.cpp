#include <fmt/format.h>

#include <algorithm>

#include "check/checks.hpp"
#include "check/wording.hpp"
#include "core/spelling.hpp"

namespace hok {

namespace {

bool allows(const Reference& reference, Kind kind) {
  return std::find(reference.allowed.begin(), reference.allowed.end(), kind) !=
         reference.allowed.end();
}

// The nearest existing id, looked for first among the kinds the field allows.
std::optional<std::string> suggestion(const Registry& registry, const Reference& reference,
                                      const std::vector<std::string>& ids) {
  std::vector<std::string> fitting;
  for (const std::string& id : ids) {
    if (allows(reference, registry.find(id)->kind)) fitting.push_back(id);
  }
  if (auto match = nearest_match(reference.target, fitting)) return match;
  return nearest_match(reference.target, ids);
}

}  // namespace

void check_unresolved_reference(const Registry& registry, FindingSink& sink) {
  const std::vector<std::string> ids = registry.all_ids();
  for (const Reference& reference : registry.references) {
    if (registry.find(reference.target) != nullptr) continue;
    if (registry.unreadable_ids.count(reference.target) != 0) continue;
    std::string hint;
    if (auto match = suggestion(registry, reference, ids)) {
      hint = fmt::format("did you mean '{}'?", *match);
    } else {
      hint = fmt::format("correct the id, or add {} with the id '{}'",
                         kinds_phrase(reference.allowed), reference.target);
    }
    std::optional<std::string> subject;
    if (!reference.from_id.empty()) subject = reference.from_id;
    sink.add("E007", reference.source->value_location(reference.pointer),
             fmt::format("{} '{}' names no record", reference.field, reference.target), hint,
             subject);
  }
}

}  // namespace hok
