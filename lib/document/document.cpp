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

}  // namespace hok
