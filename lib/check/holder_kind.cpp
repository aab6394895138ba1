// E015: who may hold a local coordinating function, and where. A `gsa` is held by a care centre
// or a joint authority; a `ksa` by a municipality, a municipal unit or a joint authority. A
// municipality with districts is not a local area: its districts are. Holders that resolve to
// nothing or to another kind are E007's and E008's.
#include <fmt/format.h>

#include "check/checks.hpp"
#include "check/wording.hpp"

namespace hok {

namespace {

struct RoleRule {
  const char* role;
  const char* label;
  bool municipality_may_hold;
  std::vector<std::string> organisation_types;
  const char* allowed_phrase;
  const char* hint;
};

const std::vector<RoleRule>& role_rules() {
  static const std::vector<RoleRule> rules = {
      {"gsa",
       "GSA",
       false,
       {"care-centre", "joint-authority"},
       "a care centre or a joint authority",
       "name the care centre (type care-centre) that has the geographic coordination "
       "responsibility for this area, or correct the holder's type if it is wrong"},
      {"ksa",
       "KSA",
       true,
       {"municipal-unit", "joint-authority"},
       "a municipality, a municipal unit or a joint authority",
       "name the municipality, or its unit (type municipal-unit), that has the municipal "
       "coordination responsibility for this area"},
  };
  return rules;
}

// "a municipality", "an organisation of type care-provider"; empty when the holder may hold it.
std::string misfit(const Registry& registry, const RoleRule& rule, const std::string& holder) {
  if (registry.municipality(holder) != nullptr) {
    return rule.municipality_may_hold ? "" : "a municipality";
  }
  const Organisation* organisation = registry.organisation(holder);
  if (organisation == nullptr) return "";
  for (const std::string& type : rule.organisation_types) {
    if (organisation->type == type) return "";
  }
  if (organisation->type.empty()) return "an organisation without a type";
  return "an organisation of type " + organisation->type;
}

void check_holder(const Registry& registry, const CoordinatingFunction& function,
                  FindingSink& sink) {
  if (!function.holder) return;
  for (const RoleRule& rule : role_rules()) {
    if (!function.has_role(rule.role)) continue;
    const std::string what = misfit(registry, rule, *function.holder);
    if (what.empty()) continue;
    sink.add("E015", function.source->value_location("/holder"),
             fmt::format("holder '{}' is {}, but a {} function must be held by {}",
                         *function.holder, what, rule.label, rule.allowed_phrase),
             rule.hint, function.id);
  }
}

void check_area(const Registry& registry, const CoordinatingFunction& function, FindingSink& sink) {
  if (registry.municipality(function.area) == nullptr) return;
  std::vector<std::string> district_ids;
  for (const District* district : registry.districts_of(function.area)) {
    district_ids.push_back(district->id);
  }
  if (district_ids.empty()) return;
  sink.add("E015", function.source->value_location("/area"),
           fmt::format("area '{}' is a municipality divided into districts; each district is a "
                       "local area of its own, so the function belongs to one of them",
                       function.area),
           fmt::format("set area to one of its districts: {}", join_list(district_ids, " or ")),
           function.id);
}

}  // namespace

void check_holder_kind(const Registry& registry, FindingSink& sink) {
  for (const CoordinatingFunction& function : registry.functions) {
    check_holder(registry, function, sink);
    check_area(registry, function, sink);
  }
}

}  // namespace hok
