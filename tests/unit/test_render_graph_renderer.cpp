#include <catch2/catch.hpp>

#include "app/governance_graph.hpp"
#include "render/graph_renderer.hpp"
#include "test_support.hpp"

using hok::test::TempRegistry;

namespace {

const hok::test::Files kTree = {
    {"groups/vis.yaml", "id: vis\nname: \"VIS \\\"politisk\\\" styrgrupp\"\nshort_name: VIS\n"
                        "type: political-steering\nstatus: active\n"},
    {"groups/barn.yaml", "id: barn\nname: \"Barn & unga #1 <b>\"\ntype: consultation-group\nstatus: active\n"
                         "reports_to: vis\n"},
    {"groups/end.yaml", "id: end\nname: Gammalt forum\ntype: legacy-forum\nstatus: decommissioned\n"
                        "reports_to: vis\n"},
    {"agreements/bus.yaml", "id: bus\ntitle: BUS\ntype: agreement\nstatus: in-force\nowner: barn\n"},
    {"agreements/orphan.yaml", "id: orphan\ntitle: Utan ägare\ntype: agreement\nstatus: in-force\nowner: saknas\n"},
};

}  // namespace

TEST_CASE("the graph holds groups and agreements, with reports_to and owner edges", "[app][governance_graph]") {
  TempRegistry tree(kTree);
  auto load = tree.load();
  hok::GovernanceGraph graph = hok::governance_graph(*load.registry);
  CHECK(graph.nodes.size() == 5);
  REQUIRE(graph.edges.size() == 3);
  int reports = 0, owned = 0;
  for (const auto& edge : graph.edges) {
    if (edge.relation == hok::GraphRelation::ReportsTo) {
      ++reports;
      CHECK(edge.to == "vis");
    } else {
      ++owned;
      CHECK((edge.from == "bus" && edge.to == "barn"));
    }
  }
  CHECK(reports == 2);
  CHECK(owned == 1);  // orphan's owner names no record: no edge, no invented node
}

TEST_CASE("short labels use short_name where there is one", "[app][governance_graph]") {
  TempRegistry tree(kTree);
  auto load = tree.load();
  hok::GovernanceGraph graph = hok::governance_graph(*load.registry, hok::GraphOptions{true});
  for (const auto& node : graph.nodes) {
    if (node.id == "vis") CHECK(node.label == "VIS");
    if (node.id == "barn") CHECK(node.label == "Barn & unga #1 <b>");
  }
}

TEST_CASE("DOT output quotes ids and escapes labels", "[render][graph_renderer]") {
  TempRegistry tree(kTree);
  auto load = tree.load();
  std::string dot = hok::render_graph_dot(hok::governance_graph(*load.registry), hok::FindingCatalog::english());
  CHECK(dot.rfind("// ", 0) == 0);
  CHECK(dot.find("digraph hok {") != std::string::npos);
  CHECK(dot.find("\"vis\" [label=\"VIS \\\"politisk\\\" styrgrupp\", shape=box") != std::string::npos);
  CHECK(hok::render_graph_dot({{{"lang", "Ett mycket långt namn på en grupp som inte får plats", hok::Kind::Group,
                                 "network", "active"}},
                               {}},
                              hok::FindingCatalog::english())
            .find("label=\"Ett mycket långt namn på en\\ngrupp som inte får plats\"") != std::string::npos);
  CHECK(dot.find("\"barn\" -> \"vis\" [label=\"reports to\"];") != std::string::npos);
  CHECK(dot.find("\"bus\" -> \"barn\" [label=\"owned by\", style=dashed];") != std::string::npos);
  CHECK(dot.find("\"end\" [label=\"Gammalt forum\", shape=box, style=\"rounded,dashed\"") != std::string::npos);
  CHECK(dot.back() == '\n');
  CHECK(hok::escape_dot("a\\b\"c\nd\x01") == "a\\\\b\\\"c\\nd");
}

TEST_CASE("Mermaid output escapes labels and keeps keywords from being read as syntax", "[render][graph_renderer]") {
  TempRegistry tree(kTree);
  auto load = tree.load();
  std::string mermaid = hok::render_graph_mermaid(hok::governance_graph(*load.registry), hok::FindingCatalog::english());
  CHECK(mermaid.rfind("flowchart BT\n", 0) == 0);
  CHECK(mermaid.find("  barn[\"Barn #38; unga #35;1 #60;b#62;\"]\n") != std::string::npos);
  CHECK(mermaid.find("  vis[\"VIS #34;politisk#34; styrgrupp\"]\n") != std::string::npos);
  CHECK(mermaid.find("  bus([\"BUS\"])\n") != std::string::npos);
  CHECK(mermaid.find("  barn -->|reports to| vis\n") != std::string::npos);
  CHECK(mermaid.find("  bus -.->|owned by| barn\n") != std::string::npos);
  CHECK(mermaid.find("  END -->|reports to| vis\n") != std::string::npos);
  CHECK(mermaid.find("class END inactive") != std::string::npos);
  CHECK(hok::mermaid_node_id("samrad-barn-unga") == "samrad-barn-unga");
  CHECK(hok::mermaid_node_id("style") == "STYLE");
  CHECK(hok::escape_mermaid("a`b\nc") == "a#96;b c");
}

TEST_CASE("the graph's words are in the run's language", "[render][graph_renderer]") {
  TempRegistry tree(kTree);
  auto load = tree.load();
  const hok::FindingCatalog& swedish = *hok::FindingCatalog::find("sv");
  std::string dot = hok::render_graph_dot(hok::governance_graph(*load.registry), swedish);
  CHECK(dot.rfind("// Samverkansstrukturen: grupper rapporterar uppåt", 0) == 0);
  CHECK(dot.find("\"barn\" -> \"vis\" [label=\"rapporterar till\"];") != std::string::npos);
  CHECK(dot.find("\"bus\" -> \"barn\" [label=\"ägs av\", style=dashed];") != std::string::npos);
  CHECK(dot.find("reports to") == std::string::npos);
  std::string mermaid = hok::render_graph_mermaid(hok::governance_graph(*load.registry), swedish);
  CHECK(mermaid.find("  barn -->|rapporterar till| vis\n") != std::string::npos);
  CHECK(mermaid.find("  bus -.->|ägs av| barn\n") != std::string::npos);
}
