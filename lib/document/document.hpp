#pragma once
// A document as data, before any format: sections of blocks (paragraphs, notes, facts, tables,
// lists, bar charts, the organisation chart, CommonMark text, call-outs) and sub-sections. The
// portal's pages (lib/digest) and the annual report (lib/report) are built as sections of this
// model and written by one renderer per format (document_renderer.hpp). Every text here is plain
// and unescaped: escaping is the renderer's job. Links name pages by path, never by a record's text.
#include <functional>
#include <string>
#include <vector>

namespace hok {

// A run of text, perhaps a link. At most one of `page` and `url` is set.
struct Inline {
  std::string text;
  std::string page;      // an internal link: a page path, "groups/vis-politisk"
  std::string url;       // an external link, already passed through safe_link_url
  bool muted = false;    // a note rather than a value: "no decision recorded"
};

// A run of plain text.
inline Inline text_run(std::string text) {
  Inline run;
  run.text = std::move(text);
  return run;
}

// A table cell, a fact's value or a list item: runs of text and links. The whole cell can be a
// note ("not recorded") or a number (right-aligned in a table).
struct Cell : std::vector<Inline> {
  using std::vector<Inline>::vector;
  bool muted = false;
  bool numeric = false;
};

// A cell of plain text; a cell that is a note; a number.
inline Cell text_cell(std::string text) { return text.empty() ? Cell{} : Cell{text_run(std::move(text))}; }
inline Cell muted_cell(std::string text) {
  Cell result = text_cell(std::move(text));
  result.muted = !result.empty();
  return result;
}
inline Cell number_cell(std::string text) {
  Cell result = text_cell(std::move(text));
  result.numeric = true;
  return result;
}

// A label and its value: one line of a block of facts.
struct Field {
  std::string label;
  Cell value;
};

struct Table {
  Table() = default;
  Table(std::vector<std::string> column_headers, std::vector<std::vector<Cell>> table_rows)
      : headers(std::move(column_headers)), rows(std::move(table_rows)) {}

  std::vector<std::string> headers;
  std::vector<std::vector<Cell>> rows;  // each as long as headers; the first cell names the row
  std::string caption;                  // may be empty
  std::string role;                     // what the table lists, as a class for styles and scripts
                                        // ("records": the rows a list page's filter searches)
};

// A bar chart: one bar per row and series, each against `max`. A pie chart has one series; the
// Markdown form draws it as a Mermaid pie, the HTML form as bars.
struct BarChart {
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

// One node of the organisation chart: a group, or an agreement a group owns.
struct ChartNode {
  std::string id;
  bool is_agreement = false;
  Cell label;
  std::vector<ChartNode> children;
};

struct Block {
  enum class Type { Paragraph, Note, Facts, Table, List, Chart, OrgChart, CommonMark };
  Type type = Type::Paragraph;
  std::string text;                  // Paragraph, Note (a muted sentence), CommonMark
  std::vector<Field> facts;          // Facts
  Table table;                       // Table
  std::vector<Cell> items;           // List
  BarChart chart;                    // Chart
  std::vector<ChartNode> org_chart;  // OrgChart: its roots
  // When not empty, the block is folded away under this one-line summary (<details> in HTML and
  // in Markdown): detail a reader opens on demand, such as a long list after its counts.
  std::string fold;
};

struct Section {
  std::string anchor;   // "summary", "seats"; sub-sections get the parent's as prefix
  std::string heading;  // may be empty: a section without a heading
  std::vector<Block> blocks;
  std::vector<Section> subsections;
  std::string empty_note;  // shown when the section has no blocks and no sub-sections

  void paragraph(std::string text) { add_text(Block::Type::Paragraph, std::move(text)); }
  void note(std::string text) { add_text(Block::Type::Note, std::move(text)); }
  void commonmark(std::string text) { add_text(Block::Type::CommonMark, std::move(text)); }
  void add(Table table, std::string fold = "");
  void add(BarChart chart);
  // The organisation chart from its roots; nothing when there are none.
  void add(std::vector<ChartNode> org_chart);
  // A table folded away under `summary`, opened on demand.
  void add_folded(std::string summary, Table table) { add(std::move(table), std::move(summary)); }
  // Appends a fact, to the block of facts at the section's end (a new one when there is none).
  void fact(std::string label, Cell value);
  // Appends an item, to the list at the section's end (a new one when there is none).
  void item(Cell value);
  bool empty() const { return blocks.empty() && subsections.empty(); }

 private:
  void add_text(Block::Type type, std::string text);
};

// Calls `visit` with every text of `section` a reader sees, its sub-sections' too: the heading,
// paragraphs and notes, the CommonMark source, facts, table headers and cells, list items, the
// chart's words and the organisation chart's labels.
void visit_texts(const Section& section, const std::function<void(const std::string&)>& visit);

}  // namespace hok
