#include "digest/site_renderer.hpp"

#include <functional>
#include <memory>

#include "core/parallel.hpp"
#include "digest/commonmark.hpp"
#include "render/escape.hpp"
#include "render/markdown_tidy.hpp"

namespace hok {

namespace {

namespace mustache = kainjow::mustache;

std::string extension(DigestFormat format) { return format == DigestFormat::Html ? ".html" : ".md"; }

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
    set_moved(item, "text", mustache::data(run.text));
    bool internal = !run.page.empty();
    bool external = !run.url.empty();
    set_moved(item, "href", mustache::data(internal ? rules.href(run.page) : external ? rules.external(run.url) : std::string()));
    set_moved(item, "is_link", flag(internal || external));
    set_moved(item, "is_external", flag(external));
    set_moved(item, "is_current", flag(internal && run.page == rules.current));
    set_moved(item, "muted", flag(run.muted));
    push_moved(list, std::move(item));
  }
  return list;
}

mustache::data chart_node_data(const ChartNode& node, const FormatRules& rules) {
  mustache::data data;
  set_moved(data, "label", cell_data(node.label, rules));
  set_moved(data, "is_agreement", flag(node.is_agreement));
  mustache::data children = mustache::data::type::list;
  for (const ChartNode& child : node.children) push_moved(children, chart_node_data(child, rules));
  set_moved(data, "has_children", flag(!node.children.empty()));
  set_moved(data, "children", std::move(children));
  return data;
}

void flatten_chart(const ChartNode& node, int depth, const FormatRules& rules, mustache::data& rows) {
  mustache::data row;
  set_moved(row, "indent", mustache::data(std::string(static_cast<std::size_t>(depth) * 2, ' ')));
  set_moved(row, "label", cell_data(node.label, rules));
  set_moved(row, "is_agreement", flag(node.is_agreement));
  push_moved(rows, std::move(row));
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
  set_moved(data, "heading", mustache::data(section.heading));
  set_moved(data, "has_heading", flag(!section.heading.empty()));
  set_moved(data, "anchor", mustache::data(section.anchor));

  mustache::data fields = mustache::data::type::list;
  for (const Field& field : section.fields) {
    mustache::data item;
    set_moved(item, "label", mustache::data(field.label));
    set_moved(item, "value", cell_data(field.value, rules));
    push_moved(fields, std::move(item));
  }
  set_moved(data, "fields", std::move(fields));
  set_moved(data, "has_fields", flag(!section.fields.empty()));

  set_moved(data, "has_table", flag(section.table.has_value()));
  mustache::data headers = mustache::data::type::list;
  mustache::data rows = mustache::data::type::list;
  if (section.table) {
    for (const std::string& header : section.table->headers) push_moved(headers, mustache::data("text", header));
    for (const auto& row : section.table->rows) {
      mustache::data row_data;
      mustache::data rest = mustache::data::type::list;
      mustache::data cells = mustache::data::type::list;
      for (std::size_t i = 0; i < row.size(); ++i) {
        push_moved(cells, mustache::data("cell", cell_data(row[i], rules)));
        if (i > 0) push_moved(rest, mustache::data("cell", cell_data(row[i], rules)));
      }
      set_moved(row_data, "first", mustache::data(row.empty() ? mustache::data(mustache::data::type::list) : cell_data(row[0], rules)));
      set_moved(row_data, "rest", std::move(rest));
      set_moved(row_data, "cells", std::move(cells));
      push_moved(rows, std::move(row_data));
    }
  }
  set_moved(data, "headers", std::move(headers));
  set_moved(data, "rows", std::move(rows));

  mustache::data items = mustache::data::type::list;
  for (const Cell& item : section.items) push_moved(items, mustache::data("cell", cell_data(item, rules)));
  set_moved(data, "items", std::move(items));
  set_moved(data, "has_items", flag(!section.items.empty()));

  const bool has_commonmark = section.commonmark.has_value();
  set_moved(data, "has_commonmark", flag(has_commonmark));
  std::string commonmark;
  if (has_commonmark) {
    commonmark = rules.markdown() ? commonmark_to_markdown(*section.commonmark) : commonmark_to_html(*section.commonmark);
  }
  set_moved(data, "commonmark", mustache::data(commonmark));

  set_moved(data, "has_chart", flag(!section.chart.empty()));
  mustache::data chart = mustache::data::type::list;
  mustache::data chart_rows = mustache::data::type::list;
  std::string mermaid;
  for (const ChartNode& root : section.chart) {
    push_moved(chart, chart_node_data(root, rules));
    flatten_chart(root, 0, rules, chart_rows);
  }
  set_moved(data, "chart", std::move(chart));
  set_moved(data, "chart_rows", std::move(chart_rows));
  set_moved(data, "mermaid", mustache::data(rules.markdown() && !section.chart.empty() ? mermaid_chart(section.chart) : std::string()));

  const bool empty = section.fields.empty() && !section.table && section.items.empty() && !has_commonmark &&
                     section.chart.empty();
  set_moved(data, "is_empty", flag(empty && !section.empty_note.empty()));
  set_moved(data, "empty_note", mustache::data(section.empty_note));
  return data;
}

// A page's own data; the catalogue's texts (`t`) are shared by every page (see render_site).
mustache::data page_data(const Site& site, const Page& page, const FormatRules& rules) {
  mustache::data data;
  set_moved(data, "lang", mustache::data(site.language));
  set_moved(data, "site_name", mustache::data(site.registry_name));
  set_moved(data, "as_of", mustache::data(site.as_of));
  set_moved(data, "root", mustache::data(rules.root));
  set_moved(data, "home_href", mustache::data(rules.href("index")));
  set_moved(data, "stylesheet_href", mustache::data(rules.root + "hok.css"));
  set_moved(data, "title", mustache::data(page.title));
  set_moved(data, "kind_label", mustache::data(page.kind_label));
  set_moved(data, "is_index", flag(page.type == PageType::Index));
  set_moved(data, "is_list", flag(page.type == PageType::List));
  set_moved(data, "is_record", flag(page.type == PageType::Record));
  set_moved(data, "list_href", mustache::data(page.list_path.empty() ? std::string() : rules.href(page.list_path)));
  set_moved(data, "list_title", mustache::data(page.list_title));
  mustache::data navigation = mustache::data::type::list;
  for (const NavEntry& entry : site.navigation) {
    mustache::data item;
    set_moved(item, "href", mustache::data(rules.href(entry.page)));
    set_moved(item, "title", mustache::data(entry.title));
    set_moved(item, "is_current", flag(entry.page == page.path || entry.page == page.list_path));
    push_moved(navigation, std::move(item));
  }
  set_moved(data, "navigation", std::move(navigation));
  mustache::data sections = mustache::data::type::list;
  for (const Section& section : page.sections) push_moved(sections, section_data(section, rules));
  set_moved(data, "sections", std::move(sections));
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

std::vector<std::string> site_paths(const Site& site, DigestFormat format) {
  std::vector<std::string> paths;
  for (const Page& page : site.pages) paths.push_back(page.path + extension(format));
  if (format == DigestFormat::Html) paths.push_back("hok.css");
  return paths;
}

void render_site(const Site& site, DigestFormat format, const TemplateStore& templates, const MessageCatalog& catalog,
                 const SiteFileSink& sink, unsigned threads) {
  const bool html = format == DigestFormat::Html;
  std::optional<mustache::mustache::escape_handler> escape;
  if (!html) escape = [](const std::string& text) { return escape_markdown_text(text); };
  mustache::data shared;
  set_moved(shared, "t", catalog.template_texts());

  // Pages are independent: each thread renders pages with its own parsed templates.
  parallel_for_each_thread(site.pages.size(), threads, [&] {
    return [&, renderer = std::make_shared<TemplateRenderer>(templates)](std::size_t i) {
      const Page& page = site.pages[i];
      FormatRules rules{format, extension(format), "", page.path};
      for (int depth = page_depth(page.path); depth > 0; --depth) rules.root += "../";
      mustache::data data = page_data(site, page, rules);
      set_moved(data, "body", mustache::data(renderer->render(template_name(page, format), data, escape, &shared)));
      std::string content =
          renderer->render(html ? "layout.html.mustache" : "layout.md.mustache", data, escape, &shared);
      sink(i, {page.path + rules.extension, html ? std::move(content) : tidy_markdown(content)});
    };
  });
  if (html) sink(site.pages.size(), {"hok.css", templates.file("hok.css")});
}

std::vector<SiteFile> render_site(const Site& site, DigestFormat format, const TemplateStore& templates,
                                  const MessageCatalog& catalog, unsigned threads) {
  std::vector<SiteFile> files(site_paths(site, format).size());
  render_site(site, format, templates, catalog,
              [&](std::size_t index, SiteFile&& file) { files[index] = std::move(file); }, threads);
  return files;
}

}  // namespace hok
