#pragma once
// `hok graph`: the governance graph (app/governance_graph.hpp) as Graphviz DOT or Mermaid.
#include <string>
#include <string_view>

#include "app/governance_graph.hpp"
#include "core/finding_catalog.hpp"

namespace hok {

// A `digraph` with groups as boxes and agreements as notes, parents at the top. The edges'
// words ("rapporterar till", "ägs av") and the opening comment come from `words`.
std::string render_graph_dot(const GovernanceGraph& graph, const FindingCatalog& words);
// A Mermaid `flowchart BT`, for Markdown pages (GitHub renders it).
std::string render_graph_mermaid(const GovernanceGraph& graph, const FindingCatalog& words);

// Text for a DOT double-quoted string: `\` and `"` escaped, line breaks as `\n`, other control
// characters dropped.
std::string escape_dot(std::string_view text);
// Text for a Mermaid `["…"]` label: `"`, `#`, `<`, `>`, `&`, `;` and backticks as Mermaid entity
// codes (`#34;`), control characters as spaces.
std::string escape_mermaid(std::string_view text);
// A record id as a Mermaid node id: unchanged, except ids that Mermaid reads as keywords
// (`end`, `graph`, `style`, …), which are written in capitals (ids are lowercase, so no clash).
std::string mermaid_node_id(std::string_view id);

}  // namespace hok
