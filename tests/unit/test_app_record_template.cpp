#include <catch2/catch.hpp>

#include <fstream>

#include "app/record_template.hpp"
#include "app/validation.hpp"
#include "test_support.hpp"

using hok::FieldSetting;
using hok::record_template;
using hok::test::TempRegistry;

TEST_CASE("a template holds the required fields, each under its description", "[app][record_template]") {
  std::string text = record_template("districts", "bromma", {});
  CHECK(text.rfind("# Stadsdelsområde", 0) == 0);
  CHECK(text.find("Stadsdelsområde, skapad med `hok new districts bromma`") != std::string::npos);
  CHECK(text.find("\nid: bromma\n") != std::string::npos);
  CHECK(text.find("\nname:\n") != std::string::npos);
  CHECK(text.find("\nmunicipality:\n") != std::string::npos);
  CHECK(text.find("description:") == std::string::npos);
  // Each field has a comment line right above it.
  CHECK(text.find("\n# ") < text.find("\nid: bromma"));
}

TEST_CASE("set values are typed and quoted as the field needs", "[app][record_template]") {
  std::string text = record_template(
      "municipalities", "upplands-vasby",
      {{"name", "Upplands Väsby"}, {"code", "0114"}, {"subregion", "nordvast"}, {"website", "https://x.se/a: b"}});
  CHECK(text.find("\nname: Upplands Väsby\n") != std::string::npos);
  CHECK(text.find("\ncode: \"0114\"\n") != std::string::npos);
  CHECK(text.find("\nsubregion: nordvast\n") != std::string::npos);
  CHECK(text.find("\nwebsite: \"https://x.se/a: b\"\n") != std::string::npos);
}

TEST_CASE("nested fields, lists, numbers and dates", "[app][record_template]") {
  std::string plan = record_template("plans", "plan", {{"title", "Plan"}, {"period.from", "2024"}});
  CHECK(plan.find("\nperiod:\n") != std::string::npos);
  CHECK(plan.find("\n  from: 2024\n") != std::string::npos);
  CHECK(plan.find("\n  to:\n") != std::string::npos);
  CHECK(plan.find("\n  # ") != std::string::npos);

  std::string function = record_template("functions", "f", {{"roles", "ksa, gsa"}, {"appointed", "2024-02-29"}});
  CHECK(function.find("\nroles:\n  - ksa\n  - gsa\n") != std::string::npos);
  CHECK(function.find("\nappointed: 2024-02-29\n") != std::string::npos);
  CHECK(function.find("\nholder:\n") != std::string::npos);  // required unless vacant
  CHECK(record_template("functions", "f", {{"status", "vacant"}}).find("\nholder:") == std::string::npos);
}

TEST_CASE("conditional requirements follow the values set", "[app][record_template]") {
  CHECK(record_template("groups", "g", {}).find("\nreports_to:\n") != std::string::npos);
  CHECK(record_template("groups", "g", {{"type", "political-steering"}}).find("reports_to:") == std::string::npos);
  CHECK(record_template("groups", "g", {{"type", "local"}}).find("\narea:\n") != std::string::npos);
  CHECK(record_template("agreements", "a", {{"type", "supplement"}}).find("\nsupplements:\n") != std::string::npos);
  CHECK(record_template("agreements", "a", {}).find("supplements:") == std::string::npos);
}

TEST_CASE("a value that cannot fit is refused before anything is written", "[app][record_template]") {
  CHECK_THROWS_WITH(record_template("groups", "g", {{"staus", "active"}}),
                    "--set staus: there is no field 'staus'; did you mean 'status'?");
  CHECK_THROWS_WITH(record_template("groups", "g", {{"status", "actve"}}),
                    Catch::Contains("'actve' is not one of") && Catch::Contains("did you mean 'active'?"));
  CHECK_THROWS_WITH(record_template("followups", "f", {{"year", "2024a"}}), Catch::Contains("not a whole number"));
  CHECK_THROWS_WITH(record_template("functions", "f", {{"appointed", "2023-02-29"}}), Catch::Contains("not a date"));
  CHECK_THROWS_WITH(record_template("plans", "p", {{"period", "2024"}}), Catch::Contains("set each one"));
  CHECK_THROWS_WITH(record_template("plans", "p", {{"period.frm", "2024"}}), Catch::Contains("did you mean 'from'?"));
  CHECK_THROWS_WITH(record_template("groups", "g", {{"chair", "x"}}), Catch::Contains("list of entries"));
  CHECK_THROWS_WITH(record_template("group", "g", {}), "there is no kind 'group'; did you mean 'groups'?");
  CHECK_THROWS_WITH(record_template("groups", "g", {{"id", "x"}}), Catch::Contains("second argument"));
  CHECK_THROWS_WITH(hok::parse_field_setting("name"), Catch::Contains("field=value"));
  CHECK(hok::parse_field_setting("title=a=b").value == "a=b");
}

TEST_CASE("English registries get English comments", "[app][record_template]") {
  std::string text = record_template("districts", "bromma", {}, "en");
  CHECK(text.find("written by `hok new districts bromma`") != std::string::npos);
  CHECK(text.find("# The record's id") != std::string::npos);
}

TEST_CASE("create_record writes a new file that validates once filled in", "[app][record_template]") {
  TempRegistry tree(hok::test::Files{{"subregions/stad.yaml", "id: stad\nname: Stad\n"}});
  auto load = tree.load();
  auto place = hok::create_record(*load.registry, "municipalities", "stockholm",
                                  {{"name", "Stockholm"}, {"code", "0180"}, {"subregion", "stad"}});
  CHECK(place.relative_path == "municipalities/stockholm.yaml");
  CHECK(std::filesystem::exists(place.file));
  auto result = hok::validate_registry(tree.root());
  CHECK(result.findings.empty());
}

TEST_CASE("create_record refuses bad ids, used ids and existing files", "[app][record_template]") {
  TempRegistry tree(hok::test::Files{{"subregions/stad.yaml", "id: stad\nname: Stad\n"}});
  auto load = tree.load();
  CHECK_THROWS_WITH(hok::create_record(*load.registry, "districts", "Söder", {}), Catch::Contains("not a valid id"));
  CHECK_THROWS_WITH(hok::create_record(*load.registry, "districts", "stad", {}),
                    Catch::Contains("already used by the sub-region in subregions/stad.yaml"));
  tree.write("districts/farsta.yaml", "kept: as is\n");
  auto reloaded = tree.load();
  CHECK_THROWS(hok::create_record(*reloaded.registry, "districts", "farsta", {}));
  std::ifstream in(tree.root() / "districts/farsta.yaml");
  std::string kept((std::istreambuf_iterator<char>(in)), {});
  CHECK(kept == "kept: as is\n");
}

TEST_CASE("a contact is written in the form its settings ask for", "[app][record_template]") {
  std::string object = record_template("groups", "samrad-aldre",
                                       {{"contact.mailbox", "samrad.aldre@storsthlm.se"}, {"contact.phone", "08-123 456 00"}});
  CHECK(object.find("\ncontact:\n") != std::string::npos);
  CHECK(object.find("\n  mailbox: samrad.aldre@storsthlm.se\n") != std::string::npos);
  CHECK(object.find("\n  phone: 08-123 456 00\n") != std::string::npos);
  CHECK(object.find("\n  person:") == std::string::npos);
  // The short form: a person's id, as coordinating functions have always written it.
  std::string short_form = record_template("functions", "nacka-ksa", {{"contact", "anna-andersson"}});
  CHECK(short_form.find("\ncontact: anna-andersson\n") != std::string::npos);
  CHECK_THROWS_WITH(record_template("groups", "g", {{"contact.mailbx", "x@y.se"}}), Catch::Contains("did you mean 'mailbox'"));
}
