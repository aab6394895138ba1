#pragma once
// The page model → files: HTML pages and one stylesheet, or Markdown pages, each page rendered
// from the templates of a TemplateStore. Every value is escaped for where it lands: mustache's
// HTML escaping for text and attributes, safe_link_url for URLs, escape_markdown_text for
// Markdown (set as the templates' escape function), escape_mermaid_label in the diagram.
#include <string>
#include <vector>

#include "digest/message_catalog.hpp"
#include "digest/page_model.hpp"
#include "digest/template_store.hpp"

namespace hok {

enum class DigestFormat { Html, Markdown };

struct SiteFile {
  std::string path;  // relative to the output folder: "groups/vis-politisk.html", "hok.css"
  std::string content;
};

// Every page in page order, then (HTML) the stylesheet. Pages are rendered on `threads` threads
// (0: all cores); the result does not depend on how many. Throws HokError for a template that
// fails (the first failing page's).
std::vector<SiteFile> render_site(const Site& site, DigestFormat format, const TemplateStore& templates,
                                  const MessageCatalog& catalog, unsigned threads = 0);

// The Mermaid flowchart of the organisation chart (without the code fence).
std::string mermaid_chart(const std::vector<ChartNode>& roots);

}  // namespace hok
