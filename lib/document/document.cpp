#include "document/document.hpp"

namespace hok {

void Section::add_text(Block::Type type, std::string text) {
  Block block;
  block.type = type;
  block.text = std::move(text);
  blocks.push_back(std::move(block));
}

void Section::add(Table table, std::string fold) {
  Block block;
  block.type = Block::Type::Table;
  block.table = std::move(table);
  block.fold = std::move(fold);
  blocks.push_back(std::move(block));
}

void Section::add(BarChart chart) {
  Block block;
  block.type = Block::Type::Chart;
  block.chart = std::move(chart);
  blocks.push_back(std::move(block));
}

void Section::add(std::vector<ChartNode> org_chart) {
  if (org_chart.empty()) return;
  Block block;
  block.type = Block::Type::OrgChart;
  block.org_chart = std::move(org_chart);
  blocks.push_back(std::move(block));
}

void Section::fact(std::string label, Cell value) {
  if (blocks.empty() || blocks.back().type != Block::Type::Facts) {
    Block block;
    block.type = Block::Type::Facts;
    blocks.push_back(std::move(block));
  }
  blocks.back().facts.push_back({std::move(label), std::move(value)});
}

void Section::item(Cell value) {
  if (blocks.empty() || blocks.back().type != Block::Type::List) {
    Block block;
    block.type = Block::Type::List;
    blocks.push_back(std::move(block));
  }
  blocks.back().items.push_back(std::move(value));
}

namespace {

void visit_cell(const Cell& cell, const std::function<void(const std::string&)>& visit) {
  for (const Inline& run : cell) visit(run.text);
}

void visit_chart_node(const ChartNode& node, const std::function<void(const std::string&)>& visit) {
  visit_cell(node.label, visit);
  for (const ChartNode& child : node.children) visit_chart_node(child, visit);
}

}  // namespace

void visit_texts(const Section& section, const std::function<void(const std::string&)>& visit) {
  visit(section.heading);
  for (const Block& block : section.blocks) {
    visit(block.text);
    visit(block.fold);
    for (const Field& fact : block.facts) {
      visit(fact.label);
      visit_cell(fact.value, visit);
    }
    visit(block.table.caption);
    for (const std::string& header : block.table.headers) visit(header);
    for (const auto& row : block.table.rows) {
      for (const Cell& cell : row) visit_cell(cell, visit);
    }
    for (const Cell& item : block.items) visit_cell(item, visit);
    visit(block.chart.title);
    for (const std::string& series : block.chart.series) visit(series);
    for (const BarChart::Row& row : block.chart.rows) {
      visit(row.label);
      for (const std::string& label : row.value_labels) visit(label);
    }
    for (const ChartNode& root : block.org_chart) visit_chart_node(root, visit);
  }
  if (section.empty()) visit(section.empty_note);
  for (const Section& sub : section.subsections) visit_texts(sub, visit);
}

}  // namespace hok
