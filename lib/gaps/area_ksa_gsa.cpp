// G002 and G003: every local area — a district, or a municipality without districts — needs an
// active function of each role: a KSA, appointed by the municipality, and a GSA, a care centre
// that the region's care centres in the area appoint together (seed 004). In a municipality with
// `coordination_by` (Norrtälje: KSON) that organisation holds the whole coordination
// responsibility and appoints both. A function counts for an area when it is `active`, has the
// role and names the area; a function held by the coordinating organisation must name the
// municipality too, so it needs no separate case.
#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

struct RoleText {
  const char* code;
  const char* role;
  const char* label;
  const char* holder_hint;
  bool appointed_by_care_centres;  // GSA: the region's care centres; KSA: the municipality
};

const RoleText kKsa{"G002", "ksa", "KSA", "the municipality or its unit", false};
const RoleText kGsa{"G003", "gsa", "GSA", "the care centre", true};

// Who appoints the function of `role` in the area.
std::string who_appoints(const Registry& registry, const RoleText& role, const District* district,
                         const Municipality& municipality) {
  if (municipality.coordination_by) {
    return fmt::format("{}, which holds the whole coordination responsibility in {}, appoints it",
                       display_name(registry, *municipality.coordination_by),
                       display_name(municipality));
  }
  const char* place = district ? "district" : "municipality";
  if (role.appointed_by_care_centres) {
    return fmt::format("the region's care centres in the {} appoint one", place);
  }
  if (district) {
    return fmt::format("{} appoints the district's KSA", display_name(municipality));
  }
  return "the municipality appoints its KSA";
}

void check_area(const Registry& registry, const RoleText& role, const RecordBase& area,
                const District* district, const Municipality& municipality, FindingSink& sink) {
  std::string inactive;
  for (const CoordinatingFunction& function : registry.functions) {
    if (function.area != area.id || !function.has_role(role.role)) continue;
    if (function.status == "active") return;
    if (inactive.empty()) inactive = fmt::format("'{}' is {}", function.id, function.status);
  }
  const std::string hint =
      inactive.empty()
          ? fmt::format("add a file under functions/ with roles: [{}], area: {}, holder: the id "
                        "of {}, and status: active",
                        role.role, area.id, role.holder_hint)
          : fmt::format("function {}: name the holder and set status: active once appointed",
                        inactive);
  sink.add(role.code, id_location(area),
           fmt::format("{} has no active {}: {}", area_name(registry, area.id), role.label,
                       who_appoints(registry, role, district, municipality)),
           hint, area.id);
}

void check_role(const Registry& registry, const RoleText& role, FindingSink& sink) {
  for (const Municipality& municipality : registry.municipalities) {
    const std::vector<const District*> districts = registry.districts_of(municipality.id);
    if (districts.empty()) check_area(registry, role, municipality, nullptr, municipality, sink);
    for (const District* district : districts) {
      check_area(registry, role, *district, district, municipality, sink);
    }
  }
}

}  // namespace

void gap_area_ksa(const Registry& registry, const GapContext&, FindingSink& sink) {
  check_role(registry, kKsa, sink);
}

void gap_area_gsa(const Registry& registry, const GapContext&, FindingSink& sink) {
  check_role(registry, kGsa, sink);
}

}  // namespace hok
