#pragma once
// The report model → one document: a self-contained HTML file (inline stylesheet, inline SVG
// charts, no script, nothing loaded from elsewhere) or Markdown for a git host (Mermaid charts).
// Rendered from the report templates of a TemplateStore; every value is escaped for where it
// lands: mustache's HTML escaping in HTML and SVG, escape_markdown_text in Markdown (set as the
// templates' escape function), escape_mermaid_label in the charts, and CommonMark through the
// safe renderer (no raw HTML). The sections are rendered by the DocumentRenderer, as the portal's
// pages are.
#include <string>

#include "document/document_renderer.hpp"
#include "document/template_store.hpp"
#include "report/report_catalog.hpp"
#include "report/report_model.hpp"

namespace hok {

using ReportFormat = DocumentFormat;

std::string render_report(const Report& report, ReportFormat format, const TemplateStore& templates,
                          const ReportCatalog& catalog);

}  // namespace hok
