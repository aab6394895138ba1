#include <algorithm>

#include "check/checks.hpp"
#include "check/wording.hpp"

namespace hok {

namespace {

// The kind of the record an id names, also for files that could not be read.
std::optional<Kind> kind_of(const Registry& registry, const std::string& id) {
  if (const RecordBase* record = registry.find(id)) return record->kind;
  auto unreadable = registry.unreadable_ids.find(id);
  if (unreadable != registry.unreadable_ids.end()) return unreadable->second;
  return std::nullopt;
}

}  // namespace

void check_reference_kind(const Registry& registry, FindingSink& sink) {
  for (const Reference& reference : registry.references) {
    const std::optional<Kind> kind = kind_of(registry, reference.target);
    if (!kind || reference.allowed.empty()) continue;
    if (std::find(reference.allowed.begin(), reference.allowed.end(), *kind) !=
        reference.allowed.end()) {
      continue;
    }
    std::optional<std::string> subject;
    if (!reference.from_id.empty()) subject = reference.from_id;
    sink.add("E008", reference.source->value_location(reference.pointer),
             message("E008.message", {{"field", reference.field},
                                      {"target", reference.target},
                                      {"kind", kind_with_article(*kind)},
                                      {"allowed", kinds_phrase(reference.allowed)}}),
             message("E008.hint", {{"target", reference.target}, {"allowed", kinds_phrase(reference.allowed)}}),
             subject);
  }
}

}  // namespace hok
