#pragma once
// The annual report as data, before any format: sections of blocks (paragraphs, tables, charts,
// CommonMark) and sub-sections. Built once from the registry (report_builder.hpp), then written
// as one HTML file or as Markdown (report_renderer.hpp). Every text here is plain and unescaped;
// escaping is the renderer's job.
#include <optional>
#include <string>
#include <vector>

namespace hok {

struct ReportCell {
  std::string text;
  bool muted = false;    // a note rather than a value: "not recorded"
  bool numeric = false;  // right-aligned
};

inline ReportCell cell(std::string text) { return ReportCell{std::move(text), false, false}; }
inline ReportCell muted_cell(std::string text) { return ReportCell{std::move(text), true, false}; }
inline ReportCell number_cell(std::string text) { return ReportCell{std::move(text), false, true}; }

struct ReportTable {
  std::string caption;  // may be empty
  std::vector<std::string> headers;
  std::vector<std::vector<ReportCell>> rows;  // each as long as headers; the first names the row
};

// A bar chart: one bar per row and series, each against `max`. A pie chart has one series; the
// Markdown form draws it as a Mermaid pie, the HTML form as bars.
struct ReportChart {
  enum class Type { Bar, Pie };
  Type type = Type::Bar;
  std::string title;
  std::vector<std::string> series;  // names of the value columns ("KSA", "GSA"); one for a pie
  struct Row {
    std::string label;
    std::vector<int> values;                // one per series
    std::vector<std::string> value_labels;  // shown beside each bar ("3 av 10"); empty: the value
  };
  std::vector<Row> rows;
  int max = 0;  // the scale's end; 0: the largest value
};

struct ReportBlock {
  enum class Type { Paragraph, Note, Table, Chart, CommonMark };
  Type type = Type::Paragraph;
  std::string text;  // Paragraph, Note (a muted sentence: "No follow-ups are recorded"), CommonMark
  ReportTable table;
  ReportChart chart;
  // When not empty, the block is folded away under this one-line summary (<details> in HTML and
  // in Markdown): detail a reader opens on demand, such as a long list after its counts.
  std::string fold;
};

struct ReportSection {
  std::string anchor;  // "summary", "follow-ups"; sub-sections get the parent's as prefix
  std::string heading;
  std::vector<ReportBlock> blocks;
  std::vector<ReportSection> subsections;

  void paragraph(std::string text) {
    blocks.push_back({ReportBlock::Type::Paragraph, std::move(text), {}, {}, {}});
  }
  void note(std::string text) { blocks.push_back({ReportBlock::Type::Note, std::move(text), {}, {}, {}}); }
  void commonmark(std::string text) {
    blocks.push_back({ReportBlock::Type::CommonMark, std::move(text), {}, {}, {}});
  }
  void add(ReportTable table) { blocks.push_back({ReportBlock::Type::Table, {}, std::move(table), {}, {}}); }
  void add(ReportChart chart) { blocks.push_back({ReportBlock::Type::Chart, {}, {}, std::move(chart), {}}); }
  // A table folded away under `summary`, opened on demand.
  void add_folded(std::string summary, ReportTable table) {
    blocks.push_back({ReportBlock::Type::Table, {}, std::move(table), {}, std::move(summary)});
  }
};

struct Report {
  std::string language;
  std::string title;  // "Årlig uppföljning av HÖK 2025"
  std::string registry_name;
  std::string as_of;              // YYYY-MM-DD
  std::vector<std::string> lead;  // lines under the title
  std::vector<ReportSection> sections;
  std::string footer;
};

}  // namespace hok
