#pragma once
// Bar and pie charts of a document (the annual report): a BarChart as the data of the inline-SVG template
// (bar_chart.html.mustache: horizontal bars, geometry computed here, every label escaped by
// the template) and as Mermaid for the Markdown report (`pie`, or `xychart-beta` bars).
#include <kainjow/mustache.hpp>
#include <string>
#include <vector>

#include "document/document.hpp"

namespace hok {

// The SVG template's data; `id` makes the chart's element ids unique in the document.
kainjow::mustache::data svg_chart_data(const BarChart& chart, const std::string& id);

// The Mermaid sources (without the code fences): one for a pie, one xychart per series for a
// bar chart (xychart has no legend, so each series gets its own titled chart).
std::vector<std::string> mermaid_charts(const BarChart& chart);

// `text` cut to at most `limit` characters (not bytes) with "…" at the end when cut.
std::string shorten(const std::string& text, std::size_t limit);

}  // namespace hok
