#include <fmt/format.h>

#include "check/checks.hpp"
#include "check/wording.hpp"

namespace hok {

// The index keeps the first record with an id (kind order, then file order); every other record
// with that id is reported at its own `id`, naming the first.
void check_duplicate_id(const Registry& registry, FindingSink& sink) {
  registry.for_each_record([&](const RecordBase& record) {
    const RecordBase* first = registry.find(record.id);
    if (first == nullptr || first == &record) return;
    sink.add("E006", record.source->value_location("/id"),
             fmt::format("id '{}' is already used by {} in {}; every id must be unique across the "
                         "whole registry, whatever the kind",
                         record.id, with_article(kind_noun(first->kind)),
                         place(first->source->value_location("/id"))),
             "give one of the two records another id (and rename its file to match), or delete "
             "it if both describe the same thing",
             record.id);
  });
}

}  // namespace hok
