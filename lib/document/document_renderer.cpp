#include "document/document_renderer.hpp"

#include <algorithm>

#include "core/dates.hpp"
#include "document/chart.hpp"
#include "document/commonmark.hpp"
#include "document/escape.hpp"
#include "document/template_store.hpp"
#include "document/tidy.hpp"

namespace hok {

namespace {

namespace mustache = kainjow::mustache;

mustache::data flag(bool value) { return value ? mustache::data::type::bool_true : mustache::data::type::bool_false; }
mustache::data text(std::string value) { return mustache::data(std::move(value)); }

std::string mermaid_id(const std::string& id) {
  std::string result = "n_" + id;
  std::replace(result.begin(), result.end(), '-', '_');
  return result;
}

void mermaid_node(const ChartNode& node, std::string& out) {
  std::string label;
  for (const Inline& run : node.label) label += run.text;
  const char* open = node.is_agreement ? "([\"" : "[\"";
  const char* close = node.is_agreement ? "\"])" : "\"]";
  out += "  " + mermaid_id(node.id) + open + escape_mermaid_label(label) + close + "\n";
  for (const ChartNode& child : node.children) {
    mermaid_node(child, out);
    out += "  " + mermaid_id(node.id) + (child.is_agreement ? " -.-> " : " --> ") + mermaid_id(child.id) + "\n";
  }
}

}  // namespace

// Addresses percent-encode the characters people cannot see, so that revealing them in the
// finished document (tidy) never changes where a link leads.
std::string RenderRules::href(const std::string& page) const {
  std::string target = root + page + extension;
  return markdown() ? markdown_link_destination(target) : percent_encode_invisible(target);
}

std::string RenderRules::external(const std::string& url) const {
  return markdown() ? markdown_link_destination(url) : percent_encode_invisible(url);
}

// Every object sets every key its template reads, so a missing key never falls through to a
// value of the same name further out in the mustache context.
mustache::data DocumentRenderer::cell(const Cell& cell) const {
  mustache::data list = mustache::data::type::list;
  for (const Inline& run : cell) {
    mustache::data item;
    const bool internal = !run.page.empty();
    const bool external = !run.url.empty();
    set_moved(item, "text", text(run.text));
    set_moved(item, "href", text(internal ? rules_.href(run.page) : external ? rules_.external(run.url) : std::string()));
    set_moved(item, "is_link", flag(internal || external));
    set_moved(item, "is_external", flag(external));
    set_moved(item, "is_current", flag(internal && run.page == rules_.current));
    set_moved(item, "muted", flag(run.muted));
    push_moved(list, std::move(item));
  }
  return list;
}

mustache::data DocumentRenderer::table(const Table& table) const {
  mustache::data data;
  set_moved(data, "caption", text(table.caption));
  set_moved(data, "has_caption", flag(!table.caption.empty()));
  set_moved(data, "role", text(table.role));
  set_moved(data, "has_role", flag(!table.role.empty()));
  // A column is numeric when every cell in it is.
  std::vector<bool> numeric(table.headers.size(), !table.rows.empty());
  for (const auto& row : table.rows) {
    for (std::size_t i = 0; i < row.size() && i < numeric.size(); ++i) numeric[i] = numeric[i] && row[i].numeric;
  }
  mustache::data headers = mustache::data::type::list;
  for (std::size_t i = 0; i < table.headers.size(); ++i) {
    mustache::data header;
    set_moved(header, "text", text(table.headers[i]));
    set_moved(header, "numeric", flag(numeric[i]));
    set_moved(header, "align", text(numeric[i] ? "---:" : "---"));
    push_moved(headers, std::move(header));
  }
  set_moved(data, "headers", std::move(headers));
  mustache::data rows = mustache::data::type::list;
  for (const auto& row : table.rows) {
    mustache::data cells = mustache::data::type::list;
    for (std::size_t i = 0; i < row.size(); ++i) {
      mustache::data item;
      std::string classes = row[i].numeric ? "num" : "";
      if (row[i].muted) classes += classes.empty() ? "muted" : " muted";
      // A date alone in its cell is never broken at its hyphens ("2026-/02-18" in a narrow column).
      if (row[i].size() == 1 && parse_date(row[i].front().text)) classes += classes.empty() ? "date" : " date";
      set_moved(item, "cell", cell(row[i]));
      set_moved(item, "muted", flag(row[i].muted));
      set_moved(item, "class", text(classes));
      set_moved(item, "has_class", flag(!classes.empty()));
      set_moved(item, "is_first", flag(i == 0));
      push_moved(cells, std::move(item));
    }
    push_moved(rows, mustache::data("cells", std::move(cells)));
  }
  set_moved(data, "rows", std::move(rows));
  // A short table is kept on one printed page (report.css): split, three rows here and two there
  // read badly; moved whole, it leaves little space behind. A longer one breaks between rows.
  constexpr std::size_t kShortTable = 8;
  set_moved(data, "short", flag(table.rows.size() <= kShortTable));
  return data;
}

mustache::data DocumentRenderer::org_chart_node(const ChartNode& node) const {
  mustache::data data;
  set_moved(data, "label", cell(node.label));
  set_moved(data, "is_agreement", flag(node.is_agreement));
  mustache::data children = mustache::data::type::list;
  for (const ChartNode& child : node.children) push_moved(children, org_chart_node(child));
  set_moved(data, "has_children", flag(!node.children.empty()));
  set_moved(data, "children", std::move(children));
  return data;
}

void DocumentRenderer::flatten_org_chart(const ChartNode& node, int depth, mustache::data& rows) const {
  mustache::data row;
  set_moved(row, "indent", text(std::string(static_cast<std::size_t>(depth) * 2, ' ')));
  set_moved(row, "label", cell(node.label));
  set_moved(row, "is_agreement", flag(node.is_agreement));
  push_moved(rows, std::move(row));
  for (const ChartNode& child : node.children) flatten_org_chart(child, depth + 1, rows);
}

mustache::data DocumentRenderer::block(const Block& block, int level) {
  using Type = Block::Type;
  mustache::data data;
  set_moved(data, "is_paragraph", flag(block.type == Type::Paragraph));
  set_moved(data, "is_note", flag(block.type == Type::Note));
  set_moved(data, "is_facts", flag(block.type == Type::Facts));
  set_moved(data, "is_table", flag(block.type == Type::Table));
  set_moved(data, "is_list", flag(block.type == Type::List));
  set_moved(data, "is_chart", flag(block.type == Type::Chart));
  set_moved(data, "is_org_chart", flag(block.type == Type::OrgChart));
  set_moved(data, "is_commonmark", flag(block.type == Type::CommonMark));
  set_moved(data, "text", text(block.type == Type::CommonMark ? std::string() : block.text));
  // The summary line sits in raw HTML in both formats (Markdown passes a <details> block through
  // as HTML, where backslash escapes would show), so it is HTML-escaped here for both.
  set_moved(data, "is_folded", flag(!block.fold.empty()));
  set_moved(data, "fold_summary_html", text(mustache::html_escape(block.fold)));

  std::string commonmark;
  if (block.type == Type::CommonMark) {
    commonmark = rules_.markdown() ? commonmark_to_markdown(block.text, level + 1) : commonmark_to_html(block.text, level + 1);
  }
  set_moved(data, "commonmark", text(std::move(commonmark)));

  mustache::data facts = mustache::data::type::list;
  for (const Field& field : block.facts) {
    mustache::data item;
    set_moved(item, "label", text(field.label));
    set_moved(item, "value", cell(field.value));
    push_moved(facts, std::move(item));
  }
  set_moved(data, "facts", std::move(facts));

  mustache::data items = mustache::data::type::list;
  for (const Cell& item : block.items) push_moved(items, mustache::data("cell", cell(item)));
  set_moved(data, "items", std::move(items));

  set_moved(data, "table", block.type == Type::Table ? table(block.table) : mustache::data());

  mustache::data chart;
  mustache::data chart_mermaid = mustache::data::type::list;
  if (block.type == Type::Chart) {
    chart = svg_chart_data(block.chart, "chart-" + std::to_string(++charts_));
    if (rules_.markdown()) {
      for (const std::string& source : mermaid_charts(block.chart)) push_moved(chart_mermaid, mustache::data("source", source));
    }
  }
  set_moved(data, "chart", std::move(chart));
  set_moved(data, "chart_mermaid", std::move(chart_mermaid));

  mustache::data org_chart = mustache::data::type::list;
  mustache::data org_chart_rows = mustache::data::type::list;
  for (const ChartNode& root : block.org_chart) {
    push_moved(org_chart, org_chart_node(root));
    flatten_org_chart(root, 0, org_chart_rows);
  }
  set_moved(data, "org_chart", std::move(org_chart));
  set_moved(data, "org_chart_rows", std::move(org_chart_rows));
  const bool org_mermaid = rules_.markdown() && block.type == Type::OrgChart;
  set_moved(data, "org_mermaid", text(org_mermaid ? mermaid_org_chart(block.org_chart) : std::string()));
  return data;
}

mustache::data DocumentRenderer::section(const Section& section, int level) {
  mustache::data data;
  set_moved(data, "anchor", text(section.anchor));
  set_moved(data, "heading", text(section.heading));
  set_moved(data, "has_heading", flag(!section.heading.empty()));
  set_moved(data, "level", text(std::to_string(level)));
  set_moved(data, "hashes", text(std::string(static_cast<std::size_t>(level), '#')));
  set_moved(data, "ranked", flag(rules_.ranked));
  set_moved(data, "is_top", flag(level == 2));
  mustache::data blocks = mustache::data::type::list;
  for (const Block& item : section.blocks) push_moved(blocks, block(item, level));
  set_moved(data, "blocks", std::move(blocks));
  set_moved(data, "subsections", sections(section.subsections, std::min(level + 1, 6)));
  set_moved(data, "is_empty", flag(section.empty() && !section.empty_note.empty()));
  set_moved(data, "empty_note", text(section.empty_note));
  return data;
}

mustache::data DocumentRenderer::sections(const std::vector<Section>& sections, int level) {
  mustache::data list = mustache::data::type::list;
  for (const Section& item : sections) push_moved(list, section(item, level));
  return list;
}

std::optional<mustache::mustache::escape_handler> template_escape(DocumentFormat format) {
  if (format == DocumentFormat::Html) return std::nullopt;
  return [](const std::string& text) { return escape_markdown_text(text); };
}

// The one place where every document hok writes (the portal's pages, the report) passes last:
// whatever the text came through — a template value, CommonMark, a chart's label, a Mermaid
// diagram — a character people cannot see is shown there (escape.hpp, reveal_invisible_*).
std::string tidy(DocumentFormat format, const std::string& text) {
  return format == DocumentFormat::Html ? reveal_invisible_html(tidy_html(text))
                                        : reveal_invisible_markdown(tidy_markdown(text));
}

std::string mermaid_org_chart(const std::vector<ChartNode>& roots) {
  std::string out = "flowchart TD\n";
  for (const ChartNode& root : roots) mermaid_node(root, out);
  return out;
}

}  // namespace hok
