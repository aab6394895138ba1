// Reader's words only: every page of the portal, for the real registry (data/) and the example,
// in Swedish and in English, rendered as HTML, must not show a word of the tool — field names and
// paths, rule codes, file names, "YAML", "git", the source files' numbers. The terms are those of
// the readers' contract ("Rules for reader-facing text").
#include <catch2/catch.hpp>

#include <regex>

#include "app/validation.hpp"
#include "digest/site_builder.hpp"
#include "digest/site_renderer.hpp"
#include "document/message_catalog.hpp"
#include "document/template_store.hpp"
#include "test_support.hpp"

namespace {

// The text a reader sees: tags, scripts and styles removed, the usual entities decoded.
std::string visible_text(const std::string& html) {
  static const std::regex hidden(R"(<(script|style)[^>]*>[\s\S]*?</\1>)", std::regex::icase);
  static const std::regex tag(R"(<[^>]*>)");
  std::string text = std::regex_replace(html, hidden, " ");
  text = std::regex_replace(text, tag, " ");
  for (const auto& [entity, character] : std::vector<std::pair<std::string, std::string>>{
           {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}}) {
    for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1)) {
      text.replace(at, entity.size(), character);
    }
  }
  return text;
}

struct Forbidden {
  const char* what;
  std::regex pattern;
};

const std::vector<Forbidden>& forbidden_terms() {
  static const std::vector<Forbidden> terms = {
      {"a field path", std::regex(R"([a-z_]+\[[0-9]+\])")},
      {"a field name", std::regex(R"(\b[a-z]+(_[a-z]+)+\b)")},
      {"a rule code", std::regex(R"(\b[EGW]0[0-9][0-9]\b)")},
      {"a file name", std::regex(R"(\.ya?ml\b)", std::regex::icase)},
      {"YAML", std::regex(R"(\bYAML\b)", std::regex::icase)},
      {"git", std::regex(R"(\bgit\b)", std::regex::icase)},
      {"commit", std::regex(R"(\bcommit\b|incheckning)", std::regex::icase)},
      {"a source file", std::regex(R"(\bseeds?\b|\b00[0-4]\b)", std::regex::icase)},
      {"a record id", std::regex(R"(post-id|record id)", std::regex::icase)},
      {"a code span", std::regex(R"(`)")},
      {"the old relation table", std::regex(R"(Hänvisas till från|Referred to by)")},
      // Unknown is not no: a group with no agreement recorded was said to have none.
      {"a no for what is not recorded", std::regex(R"(Äger eller berörs inte av någon|Owns or touches no)")},
      // The reporting line as an arrow chain under a label a municipal official had to decode.
      {"the old reporting chain", std::regex(R"(Rapporterar via|Reporting line| → )")},
      // Sources are gathered under "Källor" at the page's end, not cited in the running text.
      {"a source cited inside a sentence",
       std::regex(R"(\((rapporten om|HÖK-presentationen|förslaget till beslut om HÖK|Storsthlms sida om HÖK|HÖK:s riktlinje))")},
  };
  return terms;
}

// Addresses a reader may well see (a mailbox, a link shown as text) are not tool words.
std::string without_addresses(const std::string& text) {
  static const std::regex address(R"([^\s()]+@[^\s()]+|https?://[^\s()]+)");
  return std::regex_replace(text, address, " ");
}

// `change_links`: with hok.yaml's `repository` set, so the links to the git host are on the pages.
void check_tree(const char* tree, const std::string& language, bool publish_contacts, bool change_links) {
  hok::ValidationResult validation = hok::validate_registry(std::string(HOK_SOURCE_DIR) + tree);
  REQUIRE(validation.load.registry);
  validation.load.registry->settings.publish_contacts = publish_contacts;
  if (change_links) {
    validation.load.registry->settings.repository =
        hok::RepositorySetting{"forgejo", "https://git.example.org/region/registret", "main", "data"};
  }
  hok::TemplateStore templates;
  hok::MessageCatalog catalog(templates, language);
  hok::GapOptions options;
  options.as_of = {2026, 11, 26};
  hok::GapReport gaps = hok::compute_gaps(*validation.load.registry, options);
  hok::Site site = hok::build_site(*validation.load.registry, gaps, catalog);
  std::vector<hok::SiteFile> files = hok::render_site(site, hok::DigestFormat::Html, templates, catalog, 1);
  int pages = 0;
  for (const hok::SiteFile& file : files) {
    if (file.path.size() < 5 || file.path.substr(file.path.size() - 5) != ".html") continue;
    ++pages;
    const std::string text = without_addresses(visible_text(file.content));
    for (const Forbidden& term : forbidden_terms()) {
      std::smatch match;
      if (!std::regex_search(text, match, term.pattern)) continue;
      const std::size_t from = match.position(0) > 60 ? match.position(0) - 60 : 0;
      INFO(tree << " (" << language << ") " << file.path << ": " << term.what << " '" << match.str(0) << "' in …"
                << text.substr(from, 140) << "…");
      CHECK(false);
    }
  }
  CHECK(pages > 20);
}

}  // namespace

TEST_CASE("no page of the portal shows a word of the tool, in Swedish or English, with or without change links", "[digest][words]") {
  for (const char* tree : {"/data", "/examples/minimal"}) {
    for (const std::string language : {"sv", "en"}) {
      // Published contacts and the change links each on and off (together, to keep the test short).
      for (bool on : {false, true}) check_tree(tree, language, on, on);
    }
  }
}

TEST_CASE("the reader-words check catches the words it is meant to", "[digest][words]") {
  auto caught = [](const std::string& html) {
    const std::string text = without_addresses(visible_text(html));
    for (const Forbidden& term : forbidden_terms()) {
      if (std::regex_search(text, term.pattern)) return true;
    }
    return false;
  };
  CHECK(caught("<td>parties[20]</td>"));
  CHECK(caught("<p>see groups/bussam.yaml</p>"));
  CHECK(caught("<p>(003 §7.2)</p>"));
  CHECK(caught("<p>etablerad enligt 002</p>"));
  CHECK(caught("<p>rule G002</p>"));
  CHECK(caught("<p>set publish_contacts</p>"));
  CHECK(caught("<p>Hänvisas till från</p>"));
  CHECK(caught("<p>Äger eller berörs inte av någon överenskommelse.</p>"));
  CHECK(caught("<th>Rapporterar via</th><td>Samrådsgrupp → VIS</td>"));
  CHECK(caught("<p>Följs upp årligen (HÖK-presentationen, förslaget till beslut om HÖK).</p>"));
  CHECK_FALSE(caught("<p>Nacka är part i 18 överenskommelser.</p><a href=\"x_y.html\">Nacka</a>"));
  CHECK_FALSE(caught("<p>Skriv till samrad_aldre@example.se eller https://example.se/a_b.pdf</p>"));
  CHECK_FALSE(caught("<style>.a_b{}</style><script>var x_y = 1;</script><p>Kommunkod 0182</p>"));
}

TEST_CASE("an editors' note is accepted by validation and never published", "[digest][words]") {
  hok::test::TempRegistry registry({
      {"groups/vis.yaml", "id: vis\nname: VIS\ntype: political-steering\nstatus: active\n"
                          "notes: \"Anteckning för sekretariatet: källan är oklar\"\n"},
      {"subregions/sodra.yaml", "id: sodra\nname: Södra\nnotes: \"Anteckning om delregionen\"\n"},
  });
  hok::ValidationResult validation = hok::validate_registry(registry.root());
  REQUIRE(validation.load.registry);
  for (const hok::Finding& finding : validation.findings) CHECK(finding.severity != hok::Severity::Error);
  hok::TemplateStore templates;
  for (const std::string language : {"sv", "en"}) {
    hok::MessageCatalog catalog(templates, language);
    hok::GapOptions options;
    options.as_of = {2026, 11, 26};
    hok::GapReport gaps = hok::compute_gaps(*validation.load.registry, options);
    hok::Site site = hok::build_site(*validation.load.registry, gaps, catalog);
    for (const auto format : {hok::DigestFormat::Html, hok::DigestFormat::Markdown}) {
      for (const hok::SiteFile& file : hok::render_site(site, format, templates, catalog, 1)) {
        INFO(file.path);
        CHECK(file.content.find("Anteckning") == std::string::npos);
      }
    }
  }
}
