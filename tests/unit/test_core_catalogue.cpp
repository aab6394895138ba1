// hok's catalogues (messages/<language>.json): one per language, the same namespaces, keys, labels
// and placeholders in every language; a `--templates` folder replaces single texts and names the
// ones hok does not have.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "core/catalogue.hpp"
#include "core/error.hpp"
#include "core/finding_catalog.hpp"
#include "document/message_catalog.hpp"
#include "document/template_store.hpp"
#include "report/report_catalog.hpp"

namespace fs = std::filesystem;

namespace {

std::multiset<std::string> placeholder_set(const std::string& text) {
  std::vector<std::string> names = hok::placeholders(text);
  return {names.begin(), names.end()};
}

std::set<std::string> keys_of(const std::map<std::string, std::string>& texts) {
  std::set<std::string> keys;
  for (const auto& entry : texts) keys.insert(entry.first);
  return keys;
}

struct TemporaryFolder {
  fs::path path;
  TemporaryFolder() {
    std::string pattern = (fs::temp_directory_path() / "hok-catalogue-XXXXXX").string();
    path = mkdtemp(pattern.data());
  }
  ~TemporaryFolder() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const { std::ofstream(path / name) << text; }
};

}  // namespace

TEST_CASE("every language has the same namespaces, keys, labels and placeholders", "[catalog]") {
  const std::vector<std::string>& languages = hok::catalogue_languages();
  REQUIRE(languages == std::vector<std::string>{"en", "sv"});
  const hok::Catalogue& english = *hok::builtin_catalogue("en");
  for (const std::string& language : languages) {
    const hok::Catalogue& other = *hok::builtin_catalogue(language);
    INFO("language " << language);
    for (const std::string& space : hok::catalogue_namespaces()) {
      if (space == "label") continue;
      INFO("namespace " << space);
      CHECK_FALSE(english.space(space).empty());
      CHECK(keys_of(other.space(space)) == keys_of(english.space(space)));
      for (const auto& [key, text] : english.space(space)) {
        INFO("key " << space << "." << key);
        if (const std::string* translated = other.find(space, key)) CHECK(placeholder_set(*translated) == placeholder_set(text));
      }
    }
    REQUIRE(other.labels.size() == english.labels.size());
    for (const auto& [group, values] : english.labels) {
      INFO("label group " << group);
      REQUIRE(other.labels.count(group) == 1);
      CHECK(keys_of(other.labels.at(group)) == keys_of(values));
    }
  }
}

TEST_CASE("a message key names one text: none is in both finding and cli", "[catalog]") {
  for (const std::string& language : hok::catalogue_languages()) {
    const hok::Catalogue& catalogue = *hok::builtin_catalogue(language);
    for (const auto& [key, text] : catalogue.space("cli")) {
      INFO(language << ": " << key);
      CHECK(catalogue.find("finding", key) == nullptr);
    }
  }
  // What a Message renders from is exactly those two namespaces.
  const hok::Catalogue& swedish = *hok::builtin_catalogue("sv");
  CHECK(hok::FindingCatalog::find("sv")->entries().size() == swedish.space("finding").size() + swedish.space("cli").size());
}

TEST_CASE("a broken catalogue is refused with where and why", "[catalog]") {
  CHECK_THROWS_WITH(hok::parse_catalogue("xx", "[1]", "x.json"), Catch::Matchers::Contains("not a JSON object"));
  CHECK_THROWS_WITH(hok::parse_catalogue("xx", R"({"pages": {}})", "x.json"),
                    Catch::Matchers::Contains("did you mean 'page'?"));
  CHECK_THROWS_WITH(hok::parse_catalogue("xx", R"({"page": {"title": 3}})", "x.json"),
                    Catch::Matchers::Contains("'page.title' is not a text"));
  CHECK_THROWS_WITH(hok::parse_catalogue("xx", R"({"label": {"status": "x"}})", "x.json"),
                    Catch::Matchers::Contains("\"label.status\" is not an object"));
  hok::Catalogue fine = hok::parse_catalogue("xx", R"({"//": "note", "page": {"//a": "b", "title": "T"}})", "x.json");
  REQUIRE(fine.find("page", "title") != nullptr);
  CHECK(*fine.find("page", "title") == "T");
  CHECK(fine.space("page").size() == 1);
}

TEST_CASE("a templates folder replaces single texts of the page, label and report namespaces", "[catalog]") {
  TemporaryFolder folder;
  folder.write("sv.json", R"({"page": {"home": "Hem!"}, "label": {"agreement_type": {"main-agreement": "HÖK"}},
                              "report": {"total": "Summa"}})");
  hok::TemplateStore replaced(folder.path);
  hok::TemplateStore builtin;
  hok::MessageCatalog sv(replaced, "sv");
  CHECK(sv.text("home") == "Hem!");
  CHECK(sv.label("agreement_type", "main-agreement") == "HÖK");
  CHECK(sv.text("site_title") == hok::MessageCatalog(builtin, "sv").text("site_title"));
  CHECK(hok::ReportCatalog(replaced, "sv").text("total") == "Summa");
  CHECK(hok::MessageCatalog(replaced, "en").text("home") == hok::MessageCatalog(builtin, "en").text("home"));
  // hok's own catalogue is untouched.
  CHECK(*hok::builtin_catalogue("sv")->find("page", "home") != "Hem!");
}

TEST_CASE("a templates folder's text that hok does not have, or of findings, is refused", "[catalog]") {
  {
    TemporaryFolder folder;
    folder.write("sv.json", R"({"page": {"hoem": "Hem"}})");
    CHECK_THROWS_WITH(hok::TemplateStore(folder.path), Catch::Matchers::Contains("did you mean 'page.home'?"));
  }
  {
    TemporaryFolder folder;
    folder.write("en.json", R"({"finding": {"E007.message": "no"}})");
    CHECK_THROWS_WITH(hok::TemplateStore(folder.path), Catch::Matchers::Contains("cannot be replaced here"));
  }
  {
    TemporaryFolder folder;
    folder.write("sv.json", R"({"label": {"agreement_type": {"huvud": "HÖK"}}})");
    CHECK_THROWS_WITH(hok::TemplateStore(folder.path), Catch::Matchers::Contains("label.agreement_type"));
  }
  {
    TemporaryFolder folder;
    folder.write("de.json", R"({"page": {}})");
    CHECK_THROWS_WITH(hok::TemplateStore(folder.path), Catch::Matchers::Contains("replaces none of hok's files"));
  }
}

TEST_CASE("a templates folder's refusal carries its words, said in the run's language", "[catalog]") {
  TemporaryFolder folder;
  folder.write("sv.json", R"({"page": {"hoem": "Hem"}})");
  try {
    hok::TemplateStore store(folder.path);
    FAIL("the unknown text was accepted");
  } catch (const hok::HokError& error) {
    REQUIRE(error.words());
    const std::string origin = "--templates " + (folder.path / "sv.json").string();
    CHECK(std::string(error.what()) == origin + ": hok has no text 'page.hoem' to replace; did you mean 'page.home'?");
    CHECK(hok::FindingCatalog::find("sv")->render(*error.words()) ==
          origin + ": hok har ingen text 'page.hoem' att byta ut; menade du 'page.home'?");
  }
  // hok's own catalogues parse; a text that is not one in a secretariat's file is refused in words.
  try {
    (void)hok::parse_catalogue("sv", R"({"page": {"home": 1}})", "--templates x/sv.json");
    FAIL("a number was accepted as a text");
  } catch (const hok::HokError& error) {
    REQUIRE(error.words());
    CHECK(hok::FindingCatalog::find("sv")->render(*error.words()) ==
          "--templates x/sv.json: 'page.home' är ingen text; skriv den inom citattecken");
  }
}
