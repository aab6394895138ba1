#pragma once
// The page model → files: HTML pages and one stylesheet, or Markdown pages, each page's sections
// rendered by the DocumentRenderer into the layout, list, record and index templates of a
// TemplateStore. Every value is escaped for where it lands: mustache's HTML escaping for text and
// attributes, safe_link_url for URLs, escape_markdown_text for Markdown (set as the templates'
// escape function), escape_mermaid_label in the diagram.
#include <functional>
#include <string>
#include <vector>

#include "document/message_catalog.hpp"
#include "digest/page_model.hpp"
#include "document/document_renderer.hpp"
#include "document/template_store.hpp"

namespace hok {

using DigestFormat = DocumentFormat;

struct SiteFile {
  std::string path;  // relative to the output folder: "groups/vis-politisk.html", "hok.css"
  std::string content;
};

// The files of the site, page by page and then (HTML) the stylesheet: what render_site gives.
std::vector<std::string> site_paths(const Site& site, DigestFormat format);

// Receives file `index` of site_paths as soon as it is rendered; called from several threads at
// once, in no particular order.
using SiteFileSink = std::function<void(std::size_t index, SiteFile&& file)>;

// Renders every page on `threads` threads (0: all cores) and hands each file to `sink`; the files
// do not depend on the number of threads. Throws HokError for a template that fails, or what
// `sink` threw (the first failing page's, in page order).
void render_site(const Site& site, DigestFormat format, const TemplateStore& templates, const MessageCatalog& catalog,
                 const SiteFileSink& sink, unsigned threads = 0);

// The same, collected: every page in page order, then (HTML) the stylesheet.
std::vector<SiteFile> render_site(const Site& site, DigestFormat format, const TemplateStore& templates,
                                  const MessageCatalog& catalog, unsigned threads = 0);

}  // namespace hok
