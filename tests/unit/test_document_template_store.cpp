// TemplateRenderer puts partials in place before parsing (kainjow would parse a partial's text at
// every use); the result must be exactly what kainjow's own partial rendering gives. And the
// digest renders its pages on several threads without the result depending on how many.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "app/validation.hpp"
#include "document/message_catalog.hpp"
#include "digest/site_builder.hpp"
#include "digest/site_renderer.hpp"
#include "document/template_store.hpp"

namespace {

namespace mustache = kainjow::mustache;

// kainjow alone: the template parsed as it is, every `{{> name}}` parsed when it is rendered.
class PartialsAtRenderTime : public mustache::context<std::string> {
 public:
  PartialsAtRenderTime(const mustache::data* data, const std::map<std::string, mustache::data>& partials)
      : mustache::context<std::string>(data), partials_(partials) {}
  const mustache::data* get_partial(const std::string& name) const override {
    auto it = partials_.find(name + ".mustache");
    return it == partials_.end() ? nullptr : &it->second;
  }

 private:
  const std::map<std::string, mustache::data>& partials_;
};

std::string kainjow_alone(const hok::TemplateStore& store, const std::string& name, const mustache::data& data) {
  mustache::mustache parsed(store.file(name));
  PartialsAtRenderTime context(&data, store.partials());
  return parsed.render(context);
}

mustache::data run(const std::string& text, const std::string& href, bool external, bool current) {
  mustache::data item;
  item.set("text", text);
  item.set("href", href);
  item.set("is_link", !href.empty());
  item.set("is_external", external);
  item.set("is_current", current);
  item.set("muted", href.empty() && text.front() == '(');
  return item;
}

mustache::data node(const std::string& label, bool agreement, std::vector<mustache::data> children) {
  mustache::data data;
  mustache::data runs = mustache::data::type::list;
  hok::push_moved(runs, run(label, label + ".html", false, label == "b"));
  hok::push_moved(runs, run("(" + label + ")", "", false, false));
  hok::set_moved(data, "label", std::move(runs));
  data.set("is_agreement", agreement);
  data.set("has_children", !children.empty());
  mustache::data list = mustache::data::type::list;
  for (mustache::data& child : children) hok::push_moved(list, std::move(child));
  hok::set_moved(data, "children", std::move(list));
  return data;
}

}  // namespace

TEST_CASE("partials put in place before parsing render exactly as kainjow renders them", "[digest][templates]") {
  hok::TemplateStore store;
  hok::TemplateRenderer renderer(store);
  // The organisation chart includes itself: three levels deep, agreements on the way.
  mustache::data chart = node("vis", false, {node("a", false, {node("b", true, {}), node("c", false, {node("d", true, {})})}),
                                             node("e <&> \"f\"", true, {})});
  mustache::data t;
  t.set("chart_agreement", "Överenskommelse");
  chart.set("t", t);
  const std::string expected = kainjow_alone(store, "chart_node.html.mustache", chart);
  CHECK(expected.find("<ul>") != std::string::npos);
  CHECK(expected.find("d.html") != std::string::npos);  // the third level was rendered
  CHECK(expected.find("e &lt;&amp;&gt; &quot;f&quot;") != std::string::npos);
  CHECK(renderer.render("chart_node.html.mustache", chart) == expected);
  CHECK(renderer.render("chart_node.html.mustache", chart) == expected);  // parsed once, used twice
  CHECK(store.render("chart_node.html.mustache", chart) == expected);

  mustache::data cell;
  mustache::data runs = mustache::data::type::list;
  hok::push_moved(runs, run("Nacka", "../municipalities/nacka.html", false, true));
  hok::push_moved(runs, run("https://x.se", "https://x.se", true, false));
  hok::set_moved(cell, "cell", std::move(runs));
  const std::string cell_expected = kainjow_alone(store, "cell.html.mustache", cell);
  CHECK(cell_expected.find("aria-current=\"page\"") != std::string::npos);
  CHECK(renderer.render("cell.html.mustache", cell) == cell_expected);
}

TEST_CASE("a template with a comment keeps its partials as tags, and renders the same", "[digest][templates]") {
  auto folder = std::filesystem::temp_directory_path() / ("hok-templates-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  std::ofstream(folder / "cell.html.mustache") << "{{! a note for the editor: {{> inline.html}} }}{{#cell}}[{{> inline.html}}]{{/cell}}\n";
  hok::TemplateStore store(folder);
  std::filesystem::remove_all(folder);
  mustache::data cell;
  mustache::data runs = mustache::data::type::list;
  hok::push_moved(runs, run("Nacka", "nacka.html", false, false));
  hok::set_moved(cell, "cell", std::move(runs));
  hok::TemplateRenderer renderer(store);
  const std::string expected = kainjow_alone(store, "cell.html.mustache", cell);
  CHECK(expected == " }}[<a href=\"nacka.html\">Nacka</a>]\n");
  CHECK(renderer.render("cell.html.mustache", cell) == expected);
}

TEST_CASE("set_moved and push_moved put the value in, as set and push_back would copy it", "[digest][templates]") {
  mustache::data object;
  mustache::data list = mustache::data::type::list;
  for (int i = 0; i < 100; ++i) hok::push_moved(list, mustache::data(std::to_string(i)));
  hok::set_moved(object, "items", std::move(list));
  hok::set_moved(object, "items2", mustache::data("x"));
  hok::set_moved(object, "items2", mustache::data("y"));  // replaces
  REQUIRE(object.get("items") != nullptr);
  REQUIRE(object.get("items")->list_value().size() == 100);
  CHECK(object.get("items")->list_value()[99].string_value() == "99");
  CHECK(object.get("items2")->string_value() == "y");
  mustache::data not_a_list("text");
  hok::push_moved(not_a_list, mustache::data("ignored"));
  CHECK(not_a_list.string_value() == "text");
}

TEST_CASE("the digest's pages are the same on one thread and on four", "[digest][templates]") {
  hok::ValidationResult validation = hok::validate_registry(HOK_SOURCE_DIR "/examples/minimal");
  hok::TemplateStore templates;
  hok::MessageCatalog catalog(templates, "sv");
  hok::GapOptions options;
  options.as_of = {2026, 11, 26};
  hok::GapReport gaps = hok::compute_gaps(*validation.load.registry, options);
  hok::Site site = hok::build_site(*validation.load.registry, gaps, catalog);
  for (hok::DigestFormat format : {hok::DigestFormat::Html, hok::DigestFormat::Markdown}) {
    std::vector<hok::SiteFile> one = hok::render_site(site, format, templates, catalog, 1);
    std::vector<hok::SiteFile> four = hok::render_site(site, format, templates, catalog, 4);
    // HTML adds the stylesheet and the search's three scripts.
    REQUIRE(one.size() == site.pages.size() + (format == hok::DigestFormat::Html ? 4 : 0));
    REQUIRE(four.size() == one.size());
    for (std::size_t i = 0; i < one.size(); ++i) {
      CHECK(four[i].path == one[i].path);
      CHECK(four[i].content == one[i].content);
    }
  }
}
