#include "digest/site_renderer.hpp"

#include <functional>

#include "digest/commonmark.hpp"
#include "render/escape.hpp"
#include "render/markdown_tidy.hpp"

namespace hok {

namespace {

namespace mustache = kainjow::mustache;

struct FormatRules {
  DigestFormat format;
  std::string extension;   // ".html", ".md"
  std::string root;        // "../" × the page's depth
  std::string current;     // the page being rendered

  bool markdown() const { return format == DigestFormat::Markdown; }
  std::string href(const std::string& page) const {
    std::string target = root + page + extension;
    return markdown() ? markdown_link_destination(target) : target;
  }
  std::string external(const std::string& url) const { return markdown() ? markdown_link_destination(url) : url; }
};

mustache::data flag(bool value) { return value ? mustache::data::type::bool_true : mustache::data::type::bool_false; }

// Every object sets every key its template reads, so a missing key never falls through to
// a value of the same name further out in the mustache context.
mustache::data cell_data(const Cell& cell, const FormatRules& rules) {
  mustache::data list = mustache::data::type::list;
  for (const Inline& run : cell) {
    mustache::data item;
    item.set("text", run.text);
    bool internal = !run.page.empty();
    bool external = !run.url.empty();
    item.set("href", internal ? rules.href(run.page) : external ? rules.external(run.url) : std::string());
    item.set("is_link", flag(internal || external));
    item.set("is_external", flag(external));
    item.set("is_current", flag(internal && run.page == rules.current));
    item.set("muted", flag(run.muted));
    list.push_back(item);
  }
  return list;
}

mustache::data chart_node_data(const ChartNode& node, const FormatRules& rules) {
  mustache::data data;
  data.set("label", cell_data(node.label, rules));
  data.set("is_agreement", flag(node.is_agreement));
  mustache::data children = mustache::data::type::list;
  for (const ChartNode& child : node.children) children.push_back(chart_node_data(child, rules));
  data.set("has_children", flag(!node.children.empty()));
  data.set("children", children);
  return data;
}

void flatten_chart(const ChartNode& node, int depth, const FormatRules& rules, mustache::data& rows) {
  mustache::data row;
  row.set("indent", std::string(static_cast<std::size_t>(depth) * 2, ' '));
  row.set("label", cell_data(node.label, rules));
  row.set("is_agreement", flag(node.is_agreement));
  rows.push_back(row);
  for (const ChartNode& child : node.children) flatten_chart(child, depth + 1, rules, rows);
}

std::string mermaid_id(const std::string& id) {
  std::string result = "n_" + id;
  for (char& c : result) {
    if (c == '-') c = '_';
  }
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

mustache::data section_data(const Section& section, const FormatRules& rules) {
  mustache::data data;
  data.set("heading", section.heading);
  data.set("has_heading", flag(!section.heading.empty()));
  data.set("anchor", section.anchor);

  mustache::data fields = mustache::data::type::list;
  for (const Field& field : section.fields) {
    mustache::data item;
    item.set("label", field.label);
    item.set("value", cell_data(field.value, rules));
    fields.push_back(item);
  }
  data.set("fields", fields);
  data.set("has_fields", flag(!section.fields.empty()));

  data.set("has_table", flag(section.table.has_value()));
  mustache::data headers = mustache::data::type::list;
  mustache::data rows = mustache::data::type::list;
  if (section.table) {
    for (const std::string& header : section.table->headers) headers.push_back(mustache::data("text", header));
    for (const auto& row : section.table->rows) {
      mustache::data row_data;
      mustache::data rest = mustache::data::type::list;
      mustache::data cells = mustache::data::type::list;
      for (std::size_t i = 0; i < row.size(); ++i) {
        cells.push_back(mustache::data("cell", cell_data(row[i], rules)));
        if (i > 0) rest.push_back(mustache::data("cell", cell_data(row[i], rules)));
      }
      row_data.set("first", row.empty() ? mustache::data(mustache::data::type::list) : cell_data(row[0], rules));
      row_data.set("rest", rest);
      row_data.set("cells", cells);
      rows.push_back(row_data);
    }
  }
  data.set("headers", headers);
  data.set("rows", rows);

  mustache::data items = mustache::data::type::list;
  for (const Cell& item : section.items) items.push_back(mustache::data("cell", cell_data(item, rules)));
  data.set("items", items);
  data.set("has_items", flag(!section.items.empty()));

  const bool has_commonmark = section.commonmark.has_value();
  data.set("has_commonmark", flag(has_commonmark));
  std::string commonmark;
  if (has_commonmark) {
    commonmark = rules.markdown() ? commonmark_to_markdown(*section.commonmark) : commonmark_to_html(*section.commonmark);
  }
  data.set("commonmark", commonmark);

  data.set("has_chart", flag(!section.chart.empty()));
  mustache::data chart = mustache::data::type::list;
  mustache::data chart_rows = mustache::data::type::list;
  std::string mermaid;
  for (const ChartNode& root : section.chart) {
    chart.push_back(chart_node_data(root, rules));
    flatten_chart(root, 0, rules, chart_rows);
  }
  data.set("chart", chart);
  data.set("chart_rows", chart_rows);
  data.set("mermaid", rules.markdown() && !section.chart.empty() ? mermaid_chart(section.chart) : std::string());

  const bool empty = section.fields.empty() && !section.table && section.items.empty() && !has_commonmark &&
                     section.chart.empty();
  data.set("is_empty", flag(empty && !section.empty_note.empty()));
  data.set("empty_note", section.empty_note);
  return data;
}

mustache::data page_data(const Site& site, const Page& page, const FormatRules& rules, const MessageCatalog& catalog) {
  mustache::data data;
  data.set("t", catalog.template_texts());
  data.set("lang", site.language);
  data.set("site_name", site.registry_name);
  data.set("as_of", site.as_of);
  data.set("root", rules.root);
  data.set("home_href", rules.href("index"));
  data.set("stylesheet_href", rules.root + "hok.css");
  data.set("title", page.title);
  data.set("kind_label", page.kind_label);
  data.set("is_index", flag(page.type == PageType::Index));
  data.set("is_list", flag(page.type == PageType::List));
  data.set("is_record", flag(page.type == PageType::Record));
  data.set("list_href", page.list_path.empty() ? std::string() : rules.href(page.list_path));
  data.set("list_title", page.list_title);
  mustache::data navigation = mustache::data::type::list;
  for (const NavEntry& entry : site.navigation) {
    mustache::data item;
    item.set("href", rules.href(entry.page));
    item.set("title", entry.title);
    item.set("is_current", flag(entry.page == page.path || entry.page == page.list_path));
    navigation.push_back(item);
  }
  data.set("navigation", navigation);
  mustache::data sections = mustache::data::type::list;
  for (const Section& section : page.sections) sections.push_back(section_data(section, rules));
  data.set("sections", sections);
  return data;
}

std::string template_name(const Page& page, DigestFormat format) {
  std::string base = page.type == PageType::Index ? "index" : page.type == PageType::List ? "list" : "record";
  return base + (format == DigestFormat::Html ? ".html.mustache" : ".md.mustache");
}

}  // namespace

std::string mermaid_chart(const std::vector<ChartNode>& roots) {
  std::string out = "flowchart TD\n";
  for (const ChartNode& root : roots) mermaid_node(root, out);
  return out;
}

std::vector<SiteFile> render_site(const Site& site, DigestFormat format, const TemplateStore& templates,
                                  const MessageCatalog& catalog) {
  std::vector<SiteFile> files;
  const bool html = format == DigestFormat::Html;
  std::optional<mustache::mustache::escape_handler> escape;
  if (!html) escape = [](const std::string& text) { return escape_markdown_text(text); };
  for (const Page& page : site.pages) {
    FormatRules rules{format, html ? ".html" : ".md", "", page.path};
    for (int depth = page_depth(page.path); depth > 0; --depth) rules.root += "../";
    mustache::data data = page_data(site, page, rules, catalog);
    data.set("body", templates.render(template_name(page, format), data, escape));
    std::string content = templates.render(html ? "layout.html.mustache" : "layout.md.mustache", data, escape);
    files.push_back({page.path + rules.extension, html ? content : tidy_markdown(content)});
  }
  if (html) files.push_back({"hok.css", templates.file("hok.css")});
  return files;
}

}  // namespace hok
