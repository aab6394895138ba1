#include <fmt/format.h>

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
             fmt::format("SCB code '{}' is already the code of municipality '{}' ({}); every "
                         "municipality has a code of its own",
                         municipality.code, first.id, place(first.source->value_location("/code"))),
             "check both codes against SCB's list of municipality codes", municipality.id);
  }
}

}  // namespace hok
