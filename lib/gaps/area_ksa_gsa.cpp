// G002 and G003: every local area — a district, or a municipality without districts — needs an
// active function of each role: a KSA, appointed by the municipality, and a GSA, a care centre
// that the region's care centres in the area appoint together (seed 004). In a municipality with
// `coordination_by` (Norrtälje: KSON) that organisation holds the whole coordination
// responsibility and appoints both. A function counts for an area when it is `active`, has the
// role and names the area; a function held by the coordinating organisation must name the
// municipality too, so it needs no separate case.
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "gaps/gap_check.hpp"
#include "gaps/gap_support.hpp"

namespace hok {

namespace {

struct RoleText {
  const char* code;
  const char* role;
  const char* label;
  const char* hint_key;  // "add a file under functions/ …" naming the role's holder
  bool appointed_by_care_centres;  // GSA: the region's care centres; KSA: the municipality
};

const RoleText kKsa{"G002", "ksa", "KSA", "G002.hint.add", false};
const RoleText kGsa{"G003", "gsa", "GSA", "G003.hint.add", true};

// Who appoints the function of `role` in the area.
Message who_appoints(const Registry& registry, const RoleText& role, const District* district,
                     const Municipality& municipality) {
  if (municipality.coordination_by) {
    return message("G002.coordinator_appoints", {{"coordinator", display_name(registry, *municipality.coordination_by)},
                                                 {"municipality", display_name(municipality)}});
  }
  if (role.appointed_by_care_centres) {
    return message(district ? "G003.care_centres_in_district" : "G003.care_centres_in_municipality");
  }
  if (district) {
    return message("G002.municipality_appoints_district", {{"municipality", display_name(municipality)}});
  }
  return message("G002.municipality_appoints");
}

using FunctionsByArea = std::unordered_map<std::string, std::vector<const CoordinatingFunction*>>;

void check_area(const Registry& registry, const FunctionsByArea& functions_by_area, const RoleText& role,
                const RecordBase& area, const District* district, const Municipality& municipality,
                FindingSink& sink) {
  const CoordinatingFunction* inactive = nullptr;
  auto in_area = functions_by_area.find(area.id);
  const std::vector<const CoordinatingFunction*> none;
  for (const CoordinatingFunction* candidate : in_area == functions_by_area.end() ? none : in_area->second) {
    const CoordinatingFunction& function = *candidate;
    if (!function.has_role(role.role)) continue;
    if (function.status == "active") return;
    if (inactive == nullptr) inactive = &function;
  }
  Message hint = inactive == nullptr
                     ? message(role.hint_key, {{"role", role.role}, {"area", area.id}})
                     : message("G002.hint.inactive", {{"function", inactive->id}, {"status", inactive->status}});
  sink.add(role.code, id_location(area),
           message("G002.message", {{"area", area_name(registry, area.id)},
                                    {"role", role.label},
                                    {"who", who_appoints(registry, role, district, municipality)}}),
           std::move(hint), area.id);
}

void check_role(const Registry& registry, const RoleText& role, FindingSink& sink) {
  // The functions per area, in registry order, once (not every function for every area).
  FunctionsByArea functions_by_area;
  for (const CoordinatingFunction& function : registry.functions) functions_by_area[function.area].push_back(&function);
  for (const Municipality& municipality : registry.municipalities) {
    const std::vector<const District*> districts = registry.districts_of(municipality.id);
    if (districts.empty()) check_area(registry, functions_by_area, role, municipality, nullptr, municipality, sink);
    for (const District* district : districts) {
      check_area(registry, functions_by_area, role, *district, district, municipality, sink);
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
