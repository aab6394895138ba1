#include <fmt/format.h>

#include "check/checks.hpp"

namespace hok {

void check_id_filename(const Registry& registry, FindingSink& sink) {
  registry.for_each_record([&](const RecordBase& record) {
    const std::string& stem = record.source->stem;
    if (record.id == stem) return;
    sink.add("E005", record.source->value_location("/id"),
             fmt::format("id '{}' does not match the file name '{}.yaml'; a record's id must be "
                         "the same as its file name",
                         record.id, stem),
             fmt::format("rename the file to '{}.yaml', or change the id to '{}'", record.id, stem),
             record.id);
  });
}

}  // namespace hok
