#pragma once
// The report model → one document: a self-contained HTML file (inline stylesheet, inline SVG
// charts, no script, nothing loaded from elsewhere) or Markdown for a git host (Mermaid charts).
// Rendered from the report templates of a TemplateStore; every value is escaped for where it
// lands: mustache's HTML escaping in HTML and SVG, escape_markdown_text in Markdown (set as the
// templates' escape function), escape_mermaid_label in the charts, and CommonMark through the
// digest's safe renderer (no raw HTML).
#include <string>

#include "digest/template_store.hpp"
#include "report/report_catalog.hpp"
#include "report/report_model.hpp"

namespace hok {

enum class ReportFormat { Html, Markdown };

std::string render_report(const Report& report, ReportFormat format, const TemplateStore& templates,
                          const ReportCatalog& catalog);

}  // namespace hok
