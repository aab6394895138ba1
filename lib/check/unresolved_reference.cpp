#include <algorithm>
#include <map>

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
  // A missing id is often named by many references (a record renamed or deleted): each distinct
  // id and field kinds is looked up once, not once per reference.
  std::map<std::pair<std::string, std::vector<Kind>>, std::optional<std::string>> suggestions;
  for (const Reference& reference : registry.references) {
    if (registry.find(reference.target) != nullptr) continue;
    if (registry.unreadable_ids.count(reference.target) != 0) continue;
    auto key = std::make_pair(reference.target, reference.allowed);
    auto cached = suggestions.find(key);
    if (cached == suggestions.end()) {
      cached = suggestions.emplace(std::move(key), suggestion(registry, reference, ids)).first;
    }
    Message hint = cached->second
                       ? message("hint.did_you_mean", {{"suggestion", *cached->second}})
                       : message("E007.hint.add", {{"allowed", kinds_phrase(reference.allowed)},
                                                   {"target", reference.target}});
    std::optional<std::string> subject;
    if (!reference.from_id.empty()) subject = reference.from_id;
    sink.add("E007", reference.source->value_location(reference.pointer),
             message("E007.message", {{"field", reference.field}, {"target", reference.target}}), hint,
             subject);
  }
}

}  // namespace hok
