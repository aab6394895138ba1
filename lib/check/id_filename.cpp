#include "check/checks.hpp"

namespace hok {

void check_id_filename(const Registry& registry, FindingSink& sink) {
  registry.for_each_record([&](const RecordBase& record) {
    const std::string& stem = record.source->stem;
    if (record.id == stem) return;
    sink.add("E005", record.source->value_location("/id"),
             message("E005.message", {{"id", record.id}, {"stem", stem}}),
             message("E005.hint", {{"id", record.id}, {"stem", stem}}),
             record.id);
  });
}

}  // namespace hok
