#include <algorithm>
#include <map>

#include "check/checks.hpp"
#include "check/wording.hpp"
#include "core/spelling.hpp"

namespace hok {

namespace {

bool allows(const Reference& reference, Kind kind) {
  return std::find(reference.allowed.begin(), reference.allowed.end(), kind) !=
         reference.allowed.end();
}

// The names people know a record by: its short name first (what the portal shows in lists), then
// its name or title.
std::vector<std::string> record_names(const Registry& registry, const RecordBase& record) {
  std::vector<std::string> names;
  std::optional<std::string> short_name;
  if (const Group* group = registry.group(record.id)) {
    short_name = group->short_name;
  } else if (const Organisation* organisation = registry.organisation(record.id)) {
    short_name = organisation->short_name;
  } else if (const Agreement* agreement = registry.agreement(record.id)) {
    short_name = agreement->short_name;
  }
  if (short_name && !short_name->empty()) names.push_back(*short_name);
  if (record.name && !record.name->empty()) names.push_back(*record.name);
  return names;
}

// What the reference most likely means, as a hint: a record of a kind the field allows whose name,
// short name or id the editor wrote ("Äldres hälsa" → samrad-aldre, said with its short name),
// else the nearest id by spelling, looked for first among the kinds the field allows.
std::optional<Message> suggestion(const Registry& registry, const Reference& reference,
                                  const std::vector<std::string>& ids) {
  std::vector<std::string> fitting;
  std::vector<NamedValue> named;
  for (const std::string& id : ids) {
    const RecordBase* record = registry.find(id);
    if (!allows(reference, record->kind)) continue;
    fitting.push_back(id);
    named.push_back({id, record_names(registry, *record)});
  }
  if (auto match = match_by_name(reference.target, named)) {
    const NamedValue& meant = named[match->index];
    if (match->name.empty()) return message("hint.did_you_mean", {{"suggestion", meant.value}});
    return message("hint.did_you_mean_label", {{"suggestion", meant.value}, {"label", meant.names.front()}});
  }
  auto near = nearest_match(reference.target, fitting);
  if (!near) near = nearest_match(reference.target, ids);
  if (near) return message("hint.did_you_mean", {{"suggestion", *near}});
  return std::nullopt;
}

// True for a text that can be an id (lowercase a–z, digits, single hyphens), as the schemas' pattern.
bool is_id(const std::string& text) {
  if (text.empty() || text.front() == '-' || text.back() == '-') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && text[i - 1] != '-');
    if (!ok) return false;
  }
  return true;
}

}  // namespace

void check_unresolved_reference(const Registry& registry, FindingSink& sink) {
  const std::vector<std::string> ids = registry.all_ids();
  // A missing id is often named by many references (a record renamed or deleted): each distinct
  // id and field kinds is looked up once, not once per reference.
  std::map<std::pair<std::string, std::vector<Kind>>, std::optional<Message>> suggestions;
  for (const Reference& reference : registry.references) {
    if (registry.find(reference.target) != nullptr) continue;
    if (registry.unreadable_ids.count(reference.target) != 0) continue;
    auto key = std::make_pair(reference.target, reference.allowed);
    auto cached = suggestions.find(key);
    if (cached == suggestions.end()) {
      cached = suggestions.emplace(std::move(key), suggestion(registry, reference, ids)).first;
    }
    // A name where an id belongs (`owner: Äldres hälsa`) is one mistake: the schema's "not an id"
    // is left to this finding, which can look up the names.
    Message hint = cached->second ? *cached->second
                   : is_id(reference.target)
                       ? message("E007.hint.add", {{"allowed", kinds_phrase(reference.allowed)}, {"target", reference.target}})
                       : message("E007.hint.not_an_id", {{"allowed", kinds_phrase(reference.allowed)}});
    std::optional<std::string> subject;
    if (!reference.from_id.empty()) subject = reference.from_id;
    sink.add("E007", reference.source->value_location(reference.pointer),
             message("E007.message", {{"field", reference.field}, {"target", reference.target}}), hint,
             subject);
  }
}

}  // namespace hok
