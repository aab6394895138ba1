#include "app/governance_graph.hpp"

#include <set>

#include "core/slug.hpp"

namespace hok {

namespace {

std::string label_of(const RecordBase& record, const std::optional<std::string>& short_name,
                     const GraphOptions& options) {
  if (options.short_labels && short_name) return *short_name;
  return record.name.value_or(record.id);
}

}  // namespace

GovernanceGraph governance_graph(const Registry& registry, const GraphOptions& options) {
  GovernanceGraph graph;
  std::set<std::string> groups;
  for (const Group& group : registry.groups) {
    if (!is_slug(group.id) || !groups.insert(group.id).second) continue;
    graph.nodes.push_back({group.id, label_of(group, group.short_name, options), Kind::Group, group.type, group.status});
  }
  std::set<std::string> agreements;
  for (const Agreement& agreement : registry.agreements) {
    if (!is_slug(agreement.id) || groups.count(agreement.id) || !agreements.insert(agreement.id).second) continue;
    graph.nodes.push_back({agreement.id, label_of(agreement, agreement.short_name, options), Kind::Agreement,
                           agreement.type, agreement.status});
  }
  for (const Group& group : registry.groups) {
    if (groups.count(group.id) && group.reports_to && groups.count(*group.reports_to)) {
      graph.edges.push_back({group.id, *group.reports_to, GraphRelation::ReportsTo});
    }
  }
  for (const Agreement& agreement : registry.agreements) {
    if (agreements.count(agreement.id) && agreement.owner && groups.count(*agreement.owner)) {
      graph.edges.push_back({agreement.id, *agreement.owner, GraphRelation::OwnedBy});
    }
  }
  return graph;
}

}  // namespace hok
