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
             message("E006.message", {{"id", record.id},
                                      {"kind", kind_with_article(first->kind)},
                                      {"place", place(first->source->value_location("/id"))}}),
             message("E006.hint"),
             record.id);
  });
}

}  // namespace hok
