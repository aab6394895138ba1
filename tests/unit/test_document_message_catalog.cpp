// The message catalogues: the same keys in every language, every `{{t.key}}` of the templates
// present, and a clear error for a key or language that is missing.
#include <catch2/catch.hpp>

#include <regex>

#include "document/embedded_templates.hpp"
#include "document/message_catalog.hpp"
#include "document/template_store.hpp"
#include "load/registry_loader.hpp"

TEST_CASE("every language has the same page texts and labels", "[digest]") {
  hok::TemplateStore store;
  hok::MessageCatalog sv(store, "sv");
  hok::MessageCatalog en(store, "en");
  CHECK(sv.text_keys() == en.text_keys());
  CHECK(sv.label_keys() == en.label_keys());
}

TEST_CASE("every text a template names is in the catalogue", "[digest]") {
  hok::TemplateStore store;
  hok::MessageCatalog sv(store, "sv");
  std::regex text_tag(R"(\{\{\s*t\.([a-z_]+)\s*\}\})");
  for (const hok::EmbeddedTemplate& file : hok::embedded_templates()) {
    if (file.name.rfind("report", 0) == 0) continue;  // `hok report` has its own catalogue
    for (std::sregex_iterator it(file.text.begin(), file.text.end(), text_tag), end; it != end; ++it) {
      INFO(file.name << ": " << (*it)[1]);
      CHECK_NOTHROW(sv.text((*it)[1]));
    }
  }
}

TEST_CASE("a missing text or language is an error naming it", "[digest]") {
  hok::TemplateStore store;
  hok::MessageCatalog sv(store, "sv");
  CHECK_THROWS_WITH(sv.text("no_such_key"), Catch::Matchers::Contains("no_such_key"));
  CHECK_THROWS_AS(hok::MessageCatalog(store, "de"), hok::HokError);
  CHECK(sv.label("agreement_type", "main-agreement") == "Huvudöverenskommelse");
  CHECK(sv.label("agreement_type", "unheard-of") == "unheard-of");
}
