#include <algorithm>
#include <map>

#include "check/checks.hpp"
#include "check/wording.hpp"
#include "core/spelling.hpp"

namespace hok {

namespace {

bool allows(const std::vector<Kind>& allowed, Kind kind) {
  return std::find(allowed.begin(), allowed.end(), kind) != allowed.end();
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

// Did-you-mean compares the missing id with every record it could mean (and again with every id
// when nothing of a fitting kind is near): a list of thousands of unknown ids against thousands of
// records is quadratic. With the names folded once (NameMatcher) a pair costs 80–200 ns, so
// 10,000 unknown ids against 1,000 records took 1.8 s (22 s before), and 100,000 against the
// national tree's 10,000 would take minutes. hok therefore stops looking once it has compared
// this many (missing id, record) pairs in one run: 0.4–1 s of CPU at most; later missing ids get
// the plain hint. The bound counts pairs, never time, so the output is the same on every machine;
// below it (every real registry so far) every suggestion is the same as before. See
// docs/performance.md, "Many unknown ids".
constexpr std::size_t kSuggestionComparisons = 5'000'000;

// What the reference most likely means, as a hint: a record of a kind the field allows whose name,
// short name or id the editor wrote ("Äldres hälsa" → samrad-aldre, said with its short name),
// else the nearest id by spelling, looked for first among the kinds the field allows. The
// records' names are folded once per set of allowed kinds, not once per missing id.
class Suggester {
 public:
  explicit Suggester(const Registry& registry) : registry_(registry), ids_(registry.all_ids()) {}

  // nullopt when nothing is near, or when the budget of comparisons is spent.
  std::optional<Message> suggest(const Reference& reference) {
    const Candidates& candidates = candidates_for(reference.allowed);
    const std::size_t cost = candidates.fitting.size() + ids_.size();
    if (compared_ + cost > kSuggestionComparisons && compared_ > 0) return std::nullopt;
    compared_ += cost;
    if (auto match = candidates.named.match(reference.target)) {
      const NamedValue& meant = candidates.named.candidates()[match->index];
      if (match->name.empty()) return message("hint.did_you_mean", {{"suggestion", meant.value}});
      return message("hint.did_you_mean_label", {{"suggestion", meant.value}, {"label", meant.names.front()}});
    }
    auto near = nearest_match(reference.target, candidates.fitting);
    if (!near) near = nearest_match(reference.target, ids_);
    if (near) return message("hint.did_you_mean", {{"suggestion", *near}});
    return std::nullopt;
  }

 private:
  struct Candidates {
    std::vector<std::string> fitting;  // the ids of records of a kind the field allows
    NameMatcher named;                 // the same records with their names
  };

  const Candidates& candidates_for(const std::vector<Kind>& allowed) {
    auto found = by_kinds_.find(allowed);
    if (found != by_kinds_.end()) return found->second;
    std::vector<std::string> fitting;
    std::vector<NamedValue> named;
    for (const std::string& id : ids_) {
      const RecordBase* record = registry_.find(id);
      if (!allows(allowed, record->kind)) continue;
      fitting.push_back(id);
      named.push_back({id, record_names(registry_, *record)});
    }
    return by_kinds_.emplace(allowed, Candidates{std::move(fitting), NameMatcher(std::move(named))}).first->second;
  }

  const Registry& registry_;
  const std::vector<std::string> ids_;
  std::map<std::vector<Kind>, Candidates> by_kinds_;
  std::size_t compared_ = 0;
};

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
  Suggester suggester(registry);
  // A missing id is often named by many references (a record renamed or deleted): each distinct
  // id and field kinds is looked up once, not once per reference.
  std::map<std::pair<std::string, std::vector<Kind>>, std::optional<Message>> suggestions;
  for (const Reference& reference : registry.references) {
    if (registry.find(reference.target) != nullptr) continue;
    if (registry.unreadable_ids.count(reference.target) != 0) continue;
    auto key = std::make_pair(reference.target, reference.allowed);
    auto cached = suggestions.find(key);
    if (cached == suggestions.end()) {
      cached = suggestions.emplace(std::move(key), suggester.suggest(reference)).first;
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
