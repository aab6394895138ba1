#pragma once
// The digest as data, before any format: pages, each a document of sections (document.hpp) with
// its place in the site. Built once from the registry (site_builder.hpp), then written as HTML or
// Markdown (site_renderer.hpp).
#include <string>
#include <vector>

#include "document/document.hpp"

namespace hok {

// Every table of the portal lists records or figures a reader can filter: the list pages' filter
// searches the rows of such tables.
inline Table records_table(Table table) {
  table.role = "records";
  return table;
}

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

// One record as the site's search knows it (search-index.js): what is searched and what a hit shows.
struct SearchEntry {
  std::string id;
  std::string title;       // the record's name as its page shows it
  std::string short_name;  // "HSF", "BUS"; may be empty
  std::string kind;        // "Överenskommelse"
  std::string text;        // the description, as written
  std::string page;        // "agreements/bus"
};

struct Site {
  std::string language;
  std::string registry_name;
  std::string as_of;
  std::vector<NavEntry> navigation;
  std::vector<Page> pages;    // the index first
  std::vector<SearchEntry> search;  // one per record page, in page order
  bool has_page(const std::string& path) const;
};

// How many "../" lead from a page to the site's root: the number of `/` in its path.
int page_depth(const std::string& path);

}  // namespace hok
