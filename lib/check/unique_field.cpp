#include <map>

#include "check/checks.hpp"
#include "check/wording.hpp"

namespace hok {

void check_unique_field(const Registry& registry, FindingSink& sink) {
  std::map<std::string, const Municipality*> first_with_code;
  for (const Municipality& municipality : registry.municipalities) {
    if (municipality.code.empty()) continue;
    auto [entry, inserted] = first_with_code.emplace(municipality.code, &municipality);
    if (inserted) continue;
    const Municipality& first = *entry->second;
    sink.add("E013", municipality.source->value_location("/code"),
             message("E013.message", {{"code", municipality.code},
                                      {"first", first.id},
                                      {"place", place(first.source->value_location("/code"))}}),
             message("E013.hint"), municipality.id);
  }
}

}  // namespace hok
