#include "report/report_renderer.hpp"

#include "digest/commonmark.hpp"
#include "render/escape.hpp"
#include "render/markdown_tidy.hpp"
#include "report/report_chart.hpp"

namespace hok {

namespace {

namespace mustache = kainjow::mustache;

mustache::data flag(bool value) {
  return value ? mustache::data::type::bool_true : mustache::data::type::bool_false;
}

struct RenderState {
  ReportFormat format;
  int charts = 0;  // numbers the charts, for unique element ids
  bool markdown() const { return format == ReportFormat::Markdown; }
};

mustache::data table_data(const ReportTable& table) {
  mustache::data data;
  data.set("caption", table.caption);
  data.set("has_caption", flag(!table.caption.empty()));
  // A column is numeric when every cell in it is.
  std::vector<bool> numeric(table.headers.size(), !table.rows.empty());
  for (const auto& row : table.rows) {
    for (std::size_t i = 0; i < row.size() && i < numeric.size(); ++i)
      numeric[i] = numeric[i] && row[i].numeric;
  }
  mustache::data headers = mustache::data::type::list;
  for (std::size_t i = 0; i < table.headers.size(); ++i) {
    mustache::data header;
    header.set("text", table.headers[i]);
    header.set("numeric", flag(numeric[i]));
    header.set("align", numeric[i] ? "---:" : "---");
    headers.push_back(header);
  }
  data.set("headers", headers);
  mustache::data rows = mustache::data::type::list;
  for (const auto& row : table.rows) {
    mustache::data cells = mustache::data::type::list;
    for (std::size_t i = 0; i < row.size(); ++i) {
      mustache::data item;
      item.set("text", row[i].text);
      const bool muted = row[i].muted && !row[i].text.empty();
      std::string classes = row[i].numeric ? "num" : "";
      if (muted) classes += classes.empty() ? "muted" : " muted";
      item.set("muted", flag(muted));
      item.set("numeric", flag(row[i].numeric));
      item.set("class", classes);
      item.set("has_class", flag(!classes.empty()));
      item.set("is_first", flag(i == 0));
      cells.push_back(item);
    }
    rows.push_back(mustache::data("cells", cells));
  }
  data.set("rows", rows);
  return data;
}

mustache::data block_data(const ReportBlock& block, int level, RenderState& state) {
  mustache::data data;
  data.set("is_paragraph", flag(block.type == ReportBlock::Type::Paragraph));
  data.set("is_note", flag(block.type == ReportBlock::Type::Note));
  data.set("is_commonmark", flag(block.type == ReportBlock::Type::CommonMark));
  data.set("is_table", flag(block.type == ReportBlock::Type::Table));
  data.set("is_chart", flag(block.type == ReportBlock::Type::Chart));
  data.set("text", block.type == ReportBlock::Type::CommonMark ? std::string() : block.text);
  // The summary line sits in raw HTML in both formats (Markdown passes a <details> block through
  // as HTML, where backslash escapes would show), so it is HTML-escaped here for both.
  data.set("is_folded", flag(!block.fold.empty()));
  data.set("fold_summary_html", mustache::html_escape(block.fold));
  std::string rendered;
  if (block.type == ReportBlock::Type::CommonMark) {
    rendered = state.markdown() ? commonmark_to_markdown(block.text, level + 1)
                                : commonmark_to_html(block.text, level + 1);
  }
  data.set("commonmark", rendered);
  data.set("table", block.type == ReportBlock::Type::Table ? table_data(block.table) : mustache::data());
  mustache::data chart;
  mustache::data mermaid = mustache::data::type::list;
  if (block.type == ReportBlock::Type::Chart) {
    chart = svg_chart_data(block.chart, "chart-" + std::to_string(++state.charts));
    if (state.markdown()) {
      for (const std::string& source : mermaid_charts(block.chart))
        mermaid.push_back(mustache::data("source", source));
    }
  }
  data.set("chart", chart);
  data.set("mermaid", mermaid);
  return data;
}

mustache::data section_data(const ReportSection& section, int level, RenderState& state) {
  mustache::data data;
  data.set("anchor", section.anchor);
  data.set("heading", section.heading);
  data.set("level", std::to_string(level));
  data.set("hashes", std::string(static_cast<std::size_t>(level), '#'));
  data.set("is_top", flag(level == 2));
  mustache::data blocks = mustache::data::type::list;
  for (const ReportBlock& block : section.blocks) blocks.push_back(block_data(block, level, state));
  data.set("blocks", blocks);
  mustache::data subsections = mustache::data::type::list;
  for (const ReportSection& subsection : section.subsections) {
    subsections.push_back(section_data(subsection, std::min(level + 1, 6), state));
  }
  data.set("subsections", subsections);
  return data;
}

// Mustache leaves the blank lines of skipped sections behind (tidy_markdown mends the Markdown);
// in HTML they are dropped, except inside <pre>.
std::string tidy_html(const std::string& text) {
  std::string result;
  bool in_pre = false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    const bool blank = line.find_first_not_of(" \t") == std::string::npos;
    if (blank && !in_pre) continue;
    const std::size_t open = line.rfind("<pre");
    const std::size_t close = line.rfind("</pre>");
    if (open != std::string::npos && (close == std::string::npos || open > close)) in_pre = true;
    if (close != std::string::npos && (open == std::string::npos || close > open)) in_pre = false;
    result += line;
    result += '\n';
  }
  return result;
}

}  // namespace

std::string render_report(const Report& report, ReportFormat format, const TemplateStore& templates,
                          const ReportCatalog& catalog) {
  RenderState state{format};
  mustache::data data;
  data.set("msg", catalog.template_texts());
  data.set("lang", report.language);
  data.set("title", report.title);
  data.set("registry_name", report.registry_name);
  data.set("as_of", report.as_of);
  mustache::data lead = mustache::data::type::list;
  for (const std::string& line : report.lead) lead.push_back(mustache::data("line", line));
  data.set("lead", lead);
  mustache::data sections = mustache::data::type::list;
  for (const ReportSection& section : report.sections) sections.push_back(section_data(section, 2, state));
  data.set("sections", sections);
  data.set("footer", report.footer);
  if (format == ReportFormat::Html) {
    data.set("css", templates.file("report.css"));
    return tidy_html(templates.render("report.html.mustache", data));
  }
  auto escape = [](const std::string& text) { return escape_markdown_text(text); };
  return tidy_markdown(templates.render("report.md.mustache", data, escape));
}

}  // namespace hok
