#include "digest/site_renderer.hpp"

#include <functional>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/parallel.hpp"
#include "document/escape.hpp"

namespace hok {

namespace {

namespace mustache = kainjow::mustache;

std::string extension(DigestFormat format) { return format == DigestFormat::Html ? ".html" : ".md"; }

mustache::data flag(bool value) { return value ? mustache::data::type::bool_true : mustache::data::type::bool_false; }

// A page's own data; the catalogue's texts (`t`) are shared by every page (see render_site).
mustache::data page_data(const Site& site, const Page& page, DocumentRenderer& document) {
  const RenderRules& rules = document.rules();
  mustache::data data;
  set_moved(data, "lang", mustache::data(site.language));
  set_moved(data, "site_name", mustache::data(site.registry_name));
  set_moved(data, "as_of", mustache::data(site.as_of));
  set_moved(data, "root", mustache::data(rules.root));
  set_moved(data, "home_href", mustache::data(rules.href("index")));
  set_moved(data, "stylesheet_href", mustache::data(rules.root + "hok.css"));
  set_moved(data, "title", mustache::data(page.title));
  set_moved(data, "kind_label", mustache::data(page.kind_label));
  set_moved(data, "is_index", flag(page.type == PageType::Index));
  set_moved(data, "is_list", flag(page.type == PageType::List));
  set_moved(data, "is_record", flag(page.type == PageType::Record));
  set_moved(data, "list_href", mustache::data(page.list_path.empty() ? std::string() : rules.href(page.list_path)));
  set_moved(data, "list_title", mustache::data(page.list_title));
  mustache::data navigation = mustache::data::type::list;
  for (const NavEntry& entry : site.navigation) {
    mustache::data item;
    set_moved(item, "href", mustache::data(rules.href(entry.page)));
    set_moved(item, "title", mustache::data(entry.title));
    set_moved(item, "is_current", flag(entry.page == page.path || entry.page == page.list_path));
    push_moved(navigation, std::move(item));
  }
  set_moved(data, "navigation", std::move(navigation));
  set_moved(data, "sections", document.sections(page.sections));
  return data;
}

std::string template_name(const Page& page, DigestFormat format) {
  std::string base = page.type == PageType::Index ? "index" : page.type == PageType::List ? "list" : "record";
  return base + (format == DigestFormat::Html ? ".html.mustache" : ".md.mustache");
}

// search-index.js: the records as data for search.js, a script rather than JSON so that no page
// has to fetch it (a fetch from file:// fails). nlohmann's dump escapes what a JSON string must;
// "<" is escaped too, so the text could never close a script element it were pasted into.
// Characters people cannot see are shown as "⟨U+202E⟩" in the hits, as on the pages (search.js
// puts the texts in as text, so no span).
std::string search_index(const Site& site) {
  nlohmann::json records = nlohmann::json::array();
  for (const SearchEntry& entry : site.search) {
    records.push_back({{"id", entry.id},
                       {"title", reveal_invisible_markdown(entry.title)},
                       {"short", reveal_invisible_markdown(entry.short_name)},
                       {"kind", entry.kind},
                       {"text", reveal_invisible_markdown(entry.text)},
                       {"page", entry.page + ".html"}});
  }
  std::string json = nlohmann::json{{"records", std::move(records)}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string escaped;
  escaped.reserve(json.size());
  for (char c : json) {
    if (c == '<') escaped += "\\u003c";
    else escaped += c;
  }
  return "window.hokSearch = " + escaped + ";\n";
}

}  // namespace

std::vector<std::string> site_paths(const Site& site, DigestFormat format) {
  std::vector<std::string> paths;
  for (const Page& page : site.pages) paths.push_back(page.path + extension(format));
  if (format == DigestFormat::Html) {
    for (const char* file : {"hok.css", "minisearch.js", "search.js", "search-index.js"}) paths.push_back(file);
  }
  return paths;
}

void render_site(const Site& site, DigestFormat format, const TemplateStore& templates, const MessageCatalog& catalog,
                 const SiteFileSink& sink, unsigned threads) {
  const bool html = format == DigestFormat::Html;
  const std::optional<mustache::mustache::escape_handler> escape = template_escape(format);
  mustache::data shared;
  set_moved(shared, "t", catalog.template_texts());

  // Pages are independent: each thread renders pages with its own parsed templates.
  parallel_for_each_thread(site.pages.size(), threads, [&] {
    return [&, renderer = std::make_shared<TemplateRenderer>(templates)](std::size_t i) {
      const Page& page = site.pages[i];
      RenderRules rules{format, "", extension(format), page.path};
      for (int depth = page_depth(page.path); depth > 0; --depth) rules.root += "../";
      DocumentRenderer document(std::move(rules));
      mustache::data data = page_data(site, page, document);
      set_moved(data, "body", mustache::data(renderer->render(template_name(page, format), data, escape, &shared)));
      std::string content =
          renderer->render(html ? "layout.html.mustache" : "layout.md.mustache", data, escape, &shared);
      sink(i, {page.path + extension(format), tidy(format, content)});
    };
  });
  if (html) {
    std::size_t index = site.pages.size();
    for (const char* file : {"hok.css", "minisearch.js", "search.js"}) sink(index++, {file, templates.file(file)});
    sink(index, {"search-index.js", search_index(site)});
  }
}

std::vector<SiteFile> render_site(const Site& site, DigestFormat format, const TemplateStore& templates,
                                  const MessageCatalog& catalog, unsigned threads) {
  std::vector<SiteFile> files(site_paths(site, format).size());
  render_site(site, format, templates, catalog,
              [&](std::size_t index, SiteFile&& file) { files[index] = std::move(file); }, threads);
  return files;
}

}  // namespace hok
