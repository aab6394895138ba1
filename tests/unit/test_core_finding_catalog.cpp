#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

#include "app/validation.hpp"
#include "core/finding_catalog.hpp"
#include "gaps/gap_report.hpp"

namespace fs = std::filesystem;

namespace {

std::multiset<std::string> placeholder_set(const std::string& text) {
  std::vector<std::string> names = hok::placeholders(text);
  return {names.begin(), names.end()};
}

// Every finding of `findings` rendered in Swedish: each key it uses exists in both catalogues, no
// placeholder is left unfilled, and the text differs from the English one (no silent fallback).
void check_swedish(const std::vector<hok::Finding>& findings, const std::string& where) {
  const hok::FindingCatalog& english = *hok::FindingCatalog::find("en");
  const hok::FindingCatalog& swedish = *hok::FindingCatalog::find("sv");
  for (const hok::Finding& finding : findings) {
    INFO(where << ": " << finding.code << " " << finding.message);
    REQUIRE_FALSE(finding.message_data.empty());
    std::vector<std::string> keys;
    hok::collect_keys(finding.message_data, keys);
    if (finding.hint_data) hok::collect_keys(*finding.hint_data, keys);
    for (const std::string& key : keys) {
      INFO("key " << key);
      CHECK(english.text(key) != nullptr);
      CHECK(swedish.text(key) != nullptr);
    }
    std::string text = swedish.render(finding.message_data);
    std::string hint = finding.hint_data ? swedish.render(*finding.hint_data) : "";
    CHECK(text.find('{') == std::string::npos);
    CHECK(hint.find('{') == std::string::npos);
    CHECK(text != english.render(finding.message_data));
  }
}

}  // namespace

TEST_CASE("the English and Swedish catalogues have the same keys and placeholders", "[catalog]") {
  const hok::FindingCatalog* english = hok::FindingCatalog::find("en");
  const hok::FindingCatalog* swedish = hok::FindingCatalog::find("sv");
  REQUIRE(english != nullptr);
  REQUIRE(swedish != nullptr);
  for (const auto& [key, text] : english->entries()) {
    INFO(key);
    const std::string* other = swedish->text(key);
    REQUIRE(other != nullptr);
    CHECK(placeholder_set(text) == placeholder_set(*other));
  }
  for (const auto& [key, text] : swedish->entries()) {
    INFO(key);
    CHECK(english->text(key) != nullptr);
  }
}

TEST_CASE("a message renders its placeholders, nested phrases and lists per language", "[catalog]") {
  hok::Message text = hok::message(
      "E008.message", {{"field", "owner"},
                       {"target", "vis"},
                       {"kind", hok::message("kind.groups.a")},
                       {"allowed", hok::list_or({hok::message("kind.municipalities.a"), hok::message("kind.districts.a")})}});
  CHECK(hok::FindingCatalog::english().render(text) ==
        "owner 'vis' is a group, but owner must name a municipality or a district");
  CHECK(hok::FindingCatalog::find("sv")->render(text) ==
        "owner 'vis' är en grupp, men owner måste ange en kommun eller ett stadsdelsområde");
  hok::Message three = hok::list_and(hok::literals({"a", "b", "c"}));
  CHECK(hok::FindingCatalog::find("sv")->render(three) == "a, b och c");
  CHECK(hok::FindingCatalog::english().render(hok::plural("G006.seats", 1)) == "1 seat");
  CHECK(hok::FindingCatalog::find("sv")->render(hok::plural("G006.seats", 3)) == "3 platser");
}

TEST_CASE("a key missing from a catalogue falls back to English, then to the key", "[catalog]") {
  hok::FindingCatalog partial("xx", {{"list.and", " & "}});
  CHECK(partial.render(hok::message("E007.message", {{"field", "owner"}, {"target", "x"}})) ==
        "owner 'x' names no record");
  CHECK(hok::FindingCatalog::english().render(hok::message("no.such.key")) == "no.such.key");
  CHECK(partial.render(hok::list_and(hok::literals({"a", "b"}))) == "a & b");
}

TEST_CASE("localize_findings renders message and hint anew and leaves bare texts alone", "[catalog]") {
  hok::FindingSink sink;
  sink.add("E007", {"groups/a.yaml", 3, 8, 3}, hok::message("E007.message", {{"field", "owner"}, {"target", "x"}}),
           hok::message("hint.did_you_mean", {{"suggestion", "y"}}));
  hok::Finding bare{"E011", hok::Severity::Warning, {"x", 0, 0, 0}, "as given", std::nullopt, std::nullopt};
  sink.add(bare);
  std::vector<hok::Finding> findings = sink.findings();
  CHECK(findings[0].message == "owner 'x' names no record");
  hok::localize_findings(findings, *hok::FindingCatalog::find("sv"));
  CHECK(findings[0].message == "owner 'x' anger ingen post");
  CHECK(findings[0].hint == "menade du 'y'?");
  CHECK(findings[1].message == "as given");
  CHECK(hok::english_message(findings[0]) == "owner 'x' names no record");
}

TEST_CASE("the language comes from --lang, else from hok.yaml", "[catalog]") {
  hok::RegistrySettings settings;
  settings.language = "sv";
  CHECK(hok::finding_catalog("", settings).language() == "sv");
  CHECK(hok::finding_catalog("en", settings).language() == "en");
  settings.language = "fi";
  CHECK_THROWS_AS(hok::finding_catalog("", settings), hok::HokError);
}

TEST_CASE("every rule's firing fixture reads in Swedish with no English left", "[catalog]") {
  int trees = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(fs::path(HOK_SOURCE_DIR) / "tests/fixtures/rules")) {
    if (!entry.is_directory() || entry.path().filename().string().find("quiet") != std::string::npos) continue;
    hok::ValidationResult result = hok::validate_registry(entry.path());
    check_swedish(result.findings, entry.path().filename().string());
    ++trees;
  }
  CHECK(trees >= 15);
}

TEST_CASE("every gap of the real registry and the example reads in Swedish", "[catalog]") {
  for (const char* tree : {"/data", "/examples/minimal"}) {
    hok::ValidationResult result = hok::validate_registry(std::string(HOK_SOURCE_DIR) + tree);
    hok::GapOptions options;
    options.as_of = hok::Date{2031, 6, 1};
    options.expiring_days = 3650;
    hok::GapReport report = hok::compute_gaps(*result.load.registry, options);
    CHECK_FALSE(report.findings.empty());
    check_swedish(report.findings, tree);
  }
}
