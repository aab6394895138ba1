#include "render/graph_renderer.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include <fmt/format.h>

namespace hok {

namespace {

bool is_inactive(const GraphNode& node) {
  return node.status == "decommissioned" || node.status == "paused" || node.status == "expired" ||
         node.status == "replaced" || node.type == "legacy-forum";
}

// A long name over several lines, so that the boxes stay narrow: words joined up to `width`
// characters (counted in bytes; close enough for a layout hint).
std::vector<std::string> wrap_words(const std::string& text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      lines.push_back(line);
      line.clear();
    }
    if (!word.empty()) line += (line.empty() ? "" : " ") + word;
    start = end + 1;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

std::string relation_label(GraphRelation relation, const FindingCatalog& words) {
  return words.render(message(relation == GraphRelation::ReportsTo ? "graph.reports_to" : "graph.owned_by"));
}

}  // namespace

std::string escape_dot(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else if (c == '\n') out += "\\n";
    else if (byte < 0x20 || byte == 0x7F) continue;
    else out += c;
  }
  return out;
}

std::string escape_mermaid(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "#34;"; break;
      case '#': out += "#35;"; break;
      case '&': out += "#38;"; break;
      case ';': out += "#59;"; break;
      case '<': out += "#60;"; break;
      case '>': out += "#62;"; break;
      case '`': out += "#96;"; break;
      default:
        if (byte < 0x20 || byte == 0x7F) out += ' ';
        else out += c;
    }
  }
  return out;
}

std::string mermaid_node_id(std::string_view id) {
  static constexpr std::array<std::string_view, 12> keywords = {
      "end", "graph", "flowchart", "subgraph", "style", "class", "click", "call", "href", "direction", "default",
      "interpolate"};
  std::string out(id);
  if (std::find(keywords.begin(), keywords.end(), id) != keywords.end()) {
    std::transform(out.begin(), out.end(), out.begin(), [](char c) { return static_cast<char>(c - 'a' + 'A'); });
  }
  return out;
}

std::string render_graph_dot(const GovernanceGraph& graph, const FindingCatalog& words) {
  std::string comment = words.render(message("graph.comment"));
  std::replace_if(comment.begin(), comment.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  std::string out = "// " + comment + "\n" +
      "digraph hok {\n"
      "  rankdir=BT;\n"
      "  node [fontname=\"Helvetica\", fontsize=11];\n"
      "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  for (const GraphNode& node : graph.nodes) {
    std::vector<std::string> lines;
    for (const std::string& line : wrap_words(node.label, 32)) lines.push_back(escape_dot(line));
    std::string attributes = fmt::format("label=\"{}\"", fmt::join(lines, "\\n"));
    attributes += node.kind == Kind::Group ? ", shape=box, style=\"rounded" : ", shape=note, style=\"solid";
    if (is_inactive(node)) attributes += ",dashed\", fontcolor=\"gray40\"";
    else attributes += "\"";
    out += fmt::format("  \"{}\" [{}];\n", node.id, attributes);
  }
  for (const GraphEdge& edge : graph.edges) {
    out += fmt::format("  \"{}\" -> \"{}\" [label=\"{}\"{}];\n", edge.from, edge.to,
                       escape_dot(relation_label(edge.relation, words)),
                       edge.relation == GraphRelation::OwnedBy ? ", style=dashed" : "");
  }
  return out + "}\n";
}

std::string render_graph_mermaid(const GovernanceGraph& graph, const FindingCatalog& words) {
  std::string out = "flowchart BT\n";
  std::vector<std::string> agreements, inactive;
  for (const GraphNode& node : graph.nodes) {
    std::string id = mermaid_node_id(node.id);
    if (node.kind == Kind::Group) {
      out += fmt::format("  {}[\"{}\"]\n", id, escape_mermaid(node.label));
    } else {
      out += fmt::format("  {}([\"{}\"])\n", id, escape_mermaid(node.label));
      agreements.push_back(id);
    }
    if (is_inactive(node)) inactive.push_back(id);
  }
  for (const GraphEdge& edge : graph.edges) {
    out += fmt::format("  {} {}|{}| {}\n", mermaid_node_id(edge.from),
                       edge.relation == GraphRelation::OwnedBy ? "-.->" : "-->",
                       escape_mermaid(relation_label(edge.relation, words)),
                       mermaid_node_id(edge.to));
  }
  if (!agreements.empty()) {
    out += "  classDef agreement fill:#f4f4ff,stroke:#7070a0\n";
    out += fmt::format("  class {} agreement\n", fmt::join(agreements, ","));
  }
  if (!inactive.empty()) {
    out += "  classDef inactive stroke-dasharray:4 3,color:#666666\n";
    out += fmt::format("  class {} inactive\n", fmt::join(inactive, ","));
  }
  return out;
}

}  // namespace hok
