#pragma once
// The digest as data, before any format: pages of sections holding fields, tables, lists,
// CommonMark text and the organisation chart. Built once from the registry (site_builder.hpp),
// then written as HTML or Markdown (site_renderer.hpp). Every text here is plain and unescaped;
// escaping is the renderer's job. Links name pages by path, never by a record's text.
#include <optional>
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

// The content of one table cell or field value: runs of text and links.
using Cell = std::vector<Inline>;

struct Field {
  std::string label;
  Cell value;
};

struct Table {
  std::vector<std::string> headers;
  std::vector<std::vector<Cell>> rows;  // each as long as headers; the first cell names the row
};

// One node of the organisation chart: a group, or an agreement a group owns.
struct ChartNode {
  std::string id;
  bool is_agreement = false;
  Cell label;
  std::vector<ChartNode> children;
};

struct Section {
  std::string heading;
  std::string anchor;                  // from a fixed key: "seats", "referenced-by"
  std::vector<Field> fields;
  std::optional<Table> table;
  std::vector<Cell> items;             // a bullet list
  std::optional<std::string> commonmark;
  std::vector<ChartNode> chart;        // the organisation chart's roots
  std::string empty_note;              // shown when the section has nothing else
};

enum class PageType { Index, List, Record };

struct Page {
  std::string path;          // without extension: "index", "groups/index", "groups/vis-politisk"
  PageType type = PageType::Record;
  std::string title;
  std::string kind_label;    // "Grupp", or the list's name
  std::string list_path;     // a record page's list page
  std::string list_title;
  std::vector<Section> sections;
};

// A navigation entry: one list page.
struct NavEntry {
  std::string page;
  std::string title;
};

struct Site {
  std::string language;
  std::string registry_name;
  std::string as_of;
  std::vector<NavEntry> navigation;
  std::vector<Page> pages;    // the index first
  bool has_page(const std::string& path) const;
};

// How many "../" lead from a page to the site's root: the number of `/` in its path.
int page_depth(const std::string& path);

}  // namespace hok
