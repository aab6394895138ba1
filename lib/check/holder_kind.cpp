// E015: who may hold a local coordinating function, and where. A `gsa` is held by a care centre
// or a joint authority; a `ksa` by a municipality, a municipal unit or a joint authority. A
// municipality with districts is not a local area: its districts are. Holders that resolve to
// nothing or to another kind are E007's and E008's.
#include "check/checks.hpp"
#include "check/wording.hpp"

namespace hok {

namespace {

struct RoleRule {
  const char* role;
  const char* label;
  bool municipality_may_hold;
  std::vector<std::string> organisation_types;
  const char* allowed_key;  // catalogue key of "a care centre or a joint authority"
  const char* hint_key;
};

const std::vector<RoleRule>& role_rules() {
  static const std::vector<RoleRule> rules = {
      {"gsa",
       "GSA",
       false,
       {"care-centre", "joint-authority"},
       "E015.allowed.gsa",
       "E015.hint.gsa"},
      {"ksa",
       "KSA",
       true,
       {"municipal-unit", "joint-authority"},
       "E015.allowed.ksa",
       "E015.hint.ksa"},
  };
  return rules;
}

// "a municipality", "an organisation of type care-provider"; nullopt when the holder may hold it.
std::optional<Message> misfit(const Registry& registry, const RoleRule& rule, const std::string& holder) {
  if (registry.municipality(holder) != nullptr) {
    if (rule.municipality_may_hold) return std::nullopt;
    return kind_with_article(Kind::Municipality);
  }
  const Organisation* organisation = registry.organisation(holder);
  if (organisation == nullptr) return std::nullopt;
  for (const std::string& type : rule.organisation_types) {
    if (organisation->type == type) return std::nullopt;
  }
  if (organisation->type.empty()) return message("E015.organisation_without_type");
  return message("E015.organisation_of_type", {{"type", organisation->type}});
}

void check_holder(const Registry& registry, const CoordinatingFunction& function,
                  FindingSink& sink) {
  if (!function.holder) return;
  for (const RoleRule& rule : role_rules()) {
    if (!function.has_role(rule.role)) continue;
    std::optional<Message> what = misfit(registry, rule, *function.holder);
    if (!what) continue;
    sink.add("E015", function.source->value_location("/holder"),
             message("E015.message.holder", {{"holder", *function.holder},
                                             {"what", std::move(*what)},
                                             {"role", rule.label},
                                             {"allowed", message(rule.allowed_key)}}),
             message(rule.hint_key), function.id);
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
           message("E015.message.area", {{"area", function.area}}),
           message("E015.hint.area", {{"districts", list_or(literals(district_ids))}}),
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
