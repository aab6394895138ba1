#pragma once
// `hok graph` as a library call: the governance structure as nodes and edges — groups and whom
// they report to (`reports_to`), agreements and the group that owns them (`owner`).
#include <string>
#include <vector>

#include "model/registry.hpp"

namespace hok {

struct GraphNode {
  std::string id;      // the record's id: a slug, [a-z0-9-] only
  std::string label;   // the record's name (or short name), unescaped
  Kind kind = Kind::Group;
  std::string type;    // the group's or agreement's type
  std::string status;  // the group's or agreement's status
};

enum class GraphRelation { ReportsTo, OwnedBy };

struct GraphEdge {
  std::string from;
  std::string to;
  GraphRelation relation = GraphRelation::ReportsTo;
};

struct GovernanceGraph {
  std::vector<GraphNode> nodes;  // groups, then agreements, in registry order
  std::vector<GraphEdge> edges;  // only between nodes of the graph
};

struct GraphOptions {
  bool short_labels = false;  // use `short_name` where a record has one
};

// Every group and agreement whose id is a valid slug; an edge for each `reports_to` and `owner`
// that names a group of the graph (broken references are `hok validate`'s business, not drawn).
GovernanceGraph governance_graph(const Registry& registry, const GraphOptions& options = {});

}  // namespace hok
