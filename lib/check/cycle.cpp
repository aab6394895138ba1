// E009: a cycle through one relation — `reports_to` and `successor` between groups, `supplements`
// and `replaced_by` between agreements. Each relation is searched on its own; every cycle is
// reported once, at the record with the smallest id in it, naming all of it.
#include <algorithm>
#include <map>
#include <set>

#include "check/checks.hpp"

namespace hok {

namespace {

struct Relation {
  const char* field;
  const char* hint_key;
  // id → (record holding the field, id it points to), for records of the relation's kind only.
  std::map<std::string, std::pair<const RecordBase*, std::string>> edges;
};

template <typename Record>
void add_edges(const Registry& registry, const std::vector<Record>& records,
               std::optional<std::string> Record::*field, Relation& relation) {
  for (const Record& record : records) {
    if (registry.find(record.id) != &record || !(record.*field)) continue;
    const RecordBase* target = registry.find(*(record.*field));
    if (target == nullptr || target->kind != record.kind) continue;
    relation.edges[record.id] = {&record, *(record.*field)};
  }
}

// Every cycle of a graph in which each id has at most one outgoing edge.
std::vector<std::vector<std::string>> find_cycles(const Relation& relation) {
  std::vector<std::vector<std::string>> cycles;
  std::set<std::string> finished;
  for (const auto& entry : relation.edges) {
    std::vector<std::string> path;
    std::string current = entry.first;
    while (!finished.count(current) && relation.edges.count(current)) {
      auto seen = std::find(path.begin(), path.end(), current);
      if (seen != path.end()) {
        cycles.emplace_back(seen, path.end());
        break;
      }
      path.push_back(current);
      current = relation.edges.at(current).second;
    }
    finished.insert(path.begin(), path.end());
  }
  return cycles;
}

void report_cycles(const Relation& relation, FindingSink& sink) {
  for (std::vector<std::string> cycle : find_cycles(relation)) {
    std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
    std::string chain;
    for (const std::string& id : cycle) chain += id + " → ";
    chain += cycle.front();
    const RecordBase& first = *relation.edges.at(cycle.front()).first;
    sink.add("E009", first.source->value_location(std::string("/") + relation.field),
             message("E009.message", {{"field", relation.field}, {"chain", chain}}), message(relation.hint_key),
             first.id);
  }
}

}  // namespace

void check_cycle(const Registry& registry, FindingSink& sink) {
  Relation reports_to{"reports_to", "E009.hint.reports_to", {}};
  add_edges(registry, registry.groups, &Group::reports_to, reports_to);
  Relation supplements{"supplements", "E009.hint.supplements", {}};
  add_edges(registry, registry.agreements, &Agreement::supplements, supplements);
  Relation replaced_by{"replaced_by", "E009.hint.replaced_by", {}};
  add_edges(registry, registry.agreements, &Agreement::replaced_by, replaced_by);
  Relation successor{"successor", "E009.hint.successor", {}};
  add_edges(registry, registry.groups, &Group::successor, successor);
  for (const Relation* relation : {&reports_to, &supplements, &replaced_by, &successor}) {
    report_cycles(*relation, sink);
  }
}

}  // namespace hok
