#pragma once
// A document's sections → the data of the shared templates (section, block, table, cell, inline,
// chart_node, bar_chart; `.html` and `.md` each), the one way every document hok writes turns its
// model into text. The portal's pages and the annual report differ only in the frame around the
// sections (their layout templates) and in these rules.
#include <kainjow/mustache.hpp>
#include <optional>
#include <string>
#include <vector>

#include "document/document.hpp"

namespace hok {

enum class DocumentFormat { Html, Markdown };

struct RenderRules {
  DocumentFormat format = DocumentFormat::Html;
  std::string root;       // "../" × the page's depth: where an internal link starts from
  std::string extension;  // of the pages internal links lead to: ".html", ".md"
  std::string current;    // the page being rendered: a link to it is marked as the current page
  // Sections carry their rank as a class ("major" for the top level, "minor" below): the report's
  // print styles start a page at each major one.
  bool ranked = false;

  bool markdown() const { return format == DocumentFormat::Markdown; }
  // The address of an internal link, escaped for the format's link syntax.
  std::string href(const std::string& page) const;
  // The address of an external link, escaped for the format's link syntax.
  std::string external(const std::string& url) const;
};

// Renders sections into template data. Not for several threads at once: it numbers the charts of
// one document, so that their element ids are unique in it.
class DocumentRenderer {
 public:
  explicit DocumentRenderer(RenderRules rules) : rules_(std::move(rules)) {}
  const RenderRules& rules() const { return rules_; }

  // `{{#sections}}{{> section.html}}{{/sections}}` (or section.md) renders the result; `level`
  // is the sections' heading level (2 under the document's h1).
  kainjow::mustache::data sections(const std::vector<Section>& sections, int level = 2);
  // A cell's runs, for `{{#cell}}{{> inline.html}}{{/cell}}`.
  kainjow::mustache::data cell(const Cell& cell) const;

 private:
  kainjow::mustache::data section(const Section& section, int level);
  kainjow::mustache::data block(const Block& block, int level);
  kainjow::mustache::data table(const Table& table) const;
  kainjow::mustache::data org_chart_node(const ChartNode& node) const;
  void flatten_org_chart(const ChartNode& node, int depth, kainjow::mustache::data& rows) const;

  RenderRules rules_;
  int charts_ = 0;
};

// How `{{value}}` is escaped in the format: mustache's own HTML escaping (nullopt) or
// escape_markdown_text.
std::optional<kainjow::mustache::mustache::escape_handler> template_escape(DocumentFormat format);

// The last step of every document: mustache's leftovers tidied for the format (tidy_html or
// tidy_markdown), then the characters people cannot see shown as their code point
// (reveal_invisible_html or reveal_invisible_markdown). Text without them is unchanged.
std::string tidy(DocumentFormat format, const std::string& text);

// The Mermaid flowchart of an organisation chart (without the code fence).
std::string mermaid_org_chart(const std::vector<ChartNode>& roots);

}  // namespace hok
