// The valijson 1.0 traps of docs/spec parsing-traps.md, closed on the way through load_registry:
// long strings that crash `pattern`, wrong types that make `minLength`/`pattern` throw, calendar
// dates, bytes that valijson miscounts, and the hints an editor needs.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "load/yaml_reader.hpp"
#include "test_support.hpp"

namespace {

using hok::test::TempRegistry;

// A political steering group: the one type that needs no `reports_to`.
std::string group(const std::string& id, const std::string& extra = "") {
  return "id: " + id + "\nname: Styrgrupp\ntype: political-steering\nstatus: active\n" + extra;
}

// The findings of a registry made of `files`, for one file.
std::vector<hok::Finding> findings_for(const hok::test::Files& files, const std::string& path) {
  TempRegistry tree(files);
  hok::LoadResult result = tree.load();
  std::vector<hok::Finding> matching;
  for (const hok::Finding& finding : result.findings.findings()) {
    if (finding.location.file == path) matching.push_back(finding);
  }
  hok::sort_findings(matching);
  return matching;
}

std::vector<hok::Finding> with_code(const std::vector<hok::Finding>& findings, const std::string& code) {
  std::vector<hok::Finding> matching;
  for (const hok::Finding& finding : findings) {
    if (finding.code == code) matching.push_back(finding);
  }
  return matching;
}

std::string describe(const std::vector<hok::Finding>& findings) {
  std::string text;
  for (const hok::Finding& finding : findings) {
    text += finding.code + " " + std::to_string(finding.location.line) + ":" +
            std::to_string(finding.location.column) + " " + finding.message +
            (finding.hint ? " (" + *finding.hint + ")" : "") + "\n";
  }
  return text;
}

bool mentions(const hok::Finding& finding, const std::string& word) {
  return finding.message.find(word) != std::string::npos ||
         (finding.hint && finding.hint->find(word) != std::string::npos);
}

}  // namespace

// --- Long strings: std::regex in valijson's `pattern` recurses per character -----------------

TEST_CASE("a 50000-character id is refused before valijson, at its line", "[schema][E004]") {
  const std::string id(50000, 'a');
  auto findings = findings_for({{"groups/lang.yaml", "name: Lång\nid: " + id + "\ntype: political-steering\n"
                                                     "status: active\n"}},
                               "groups/lang.yaml");
  INFO(describe(findings));
  auto schema = with_code(findings, "E004");
  REQUIRE(schema.size() == 1);
  CHECK(schema[0].location.line == 2);
  CHECK(schema[0].location.column == 5);
  CHECK(mentions(schema[0], "50000 characters"));
  // Neither "id is empty" nor "no 'id'" nor an id-filename mismatch on top of it.
  CHECK(findings.size() == 1);
}

TEST_CASE("a 50000-character reference is refused before valijson's pattern", "[schema][E004]") {
  auto findings = findings_for(
      {{"groups/lang.yaml", "id: lang\nname: Lång\ntype: network\nstatus: active\nreports_to: " +
                                std::string(50000, 'b') + "\n"}},
      "groups/lang.yaml");
  INFO(describe(findings));
  auto schema = with_code(findings, "E004");
  REQUIRE(schema.size() == 1);
  CHECK(schema[0].location.line == 5);
  CHECK(mentions(schema[0], "50000 characters"));
}

TEST_CASE("an id just under the value limit goes through valijson's pattern without a crash",
          "[schema][E004]") {
  const std::string id(hok::ReadLimits{}.max_scalar_bytes, 'a');
  auto findings = findings_for({{"groups/lang.yaml", group(id)}}, "groups/lang.yaml");
  INFO(describe(findings));
  auto schema = with_code(findings, "E004");
  REQUIRE(schema.size() == 1);
  CHECK(schema[0].location.line == 1);
  CHECK(mentions(schema[0], "longer than 64 characters"));
}

TEST_CASE("a URL longer than 2048 characters is refused before valijson's pattern", "[schema][E004]") {
  const std::string url = "https://example.org/" + std::string(9000, 'x');
  auto findings = findings_for({{"organisations/org.yaml", "id: org\nname: Org\ntype: region\nside: region\nwebsite: " +
                                                               url + "\n"}},
                               "organisations/org.yaml");
  INFO(describe(findings));
  auto schema = with_code(findings, "E004");
  REQUIRE(schema.size() == 1);
  CHECK(schema[0].location.line == 5);
  CHECK(mentions(schema[0], "longer than 2048 characters"));
}

TEST_CASE("a long URL within the cap is matched by the pattern as before", "[schema]") {
  const std::string url = "https://example.org/" + std::string(2000, 'x');
  auto findings = findings_for({{"organisations/org.yaml", "id: org\nname: Org\ntype: region\nside: region\nwebsite: " +
                                                               url + "\n"}},
                               "organisations/org.yaml");
  INFO(describe(findings));
  CHECK(with_code(findings, "E004").empty());
}

// --- Wrong types: valijson throws on minLength/pattern given a map, list or null -------------

TEST_CASE("a mapping, a list or null where text is expected is a type finding, not an exception",
          "[schema][E004]") {
  auto findings = findings_for(
      {{"groups/typer.yaml",
        "id: typer\nname: {a: 1}\nshort_name: [x]\ndescription: ~\ntype: network\nstatus: active\n"
        "reports_to: {a: 1}\nestablished: [2024-01-01]\n"}},
      "groups/typer.yaml");
  INFO(describe(findings));
  auto schema = with_code(findings, "E004");
  REQUIRE(schema.size() == 5);
  CHECK(schema[0].location.line == 2);  // name: minLength on a mapping
  CHECK(mentions(schema[0], "name must be text, not a mapping"));
  CHECK(schema[1].location.line == 3);  // short_name: minLength on a list
  CHECK(mentions(schema[1], "short_name must be text, not a list"));
  CHECK(schema[2].location.line == 4);  // description: null
  CHECK(mentions(schema[2], "description is empty"));
  CHECK(schema[3].location.line == 7);  // reports_to: pattern on a mapping
  CHECK(mentions(schema[3], "reports_to must be text"));
  CHECK(schema[4].location.line == 8);  // established: pattern and format on a list
  CHECK(mentions(schema[4], "established must be text"));
  for (const hok::Finding& finding : schema) CHECK_FALSE(mentions(finding, "could not be checked"));
}

TEST_CASE("a required text field left empty is a type finding at its key", "[schema][E004]") {
  auto findings = findings_for({{"groups/tom.yaml", "id: tom\nname:\ntype: political-steering\nstatus: active\n"}},
                               "groups/tom.yaml");
  INFO(describe(findings));
  auto schema = with_code(findings, "E004");
  REQUIRE(schema.size() == 1);
  CHECK(schema[0].location.line == 2);
  CHECK(schema[0].location.column == 1);
  CHECK(mentions(schema[0], "name is empty"));
}

// --- Dates: valijson's `format: date` accepts 2023-02-29 ------------------------------------

TEST_CASE("a date that is not in the calendar is a finding", "[schema][E004]") {
  auto findings = findings_for({{"groups/datum.yaml", group("datum", "established: 2023-02-29\n")}},
                               "groups/datum.yaml");
  INFO(describe(findings));
  auto schema = with_code(findings, "E004");
  REQUIRE(schema.size() == 1);
  CHECK(schema[0].location.line == 5);
  CHECK(schema[0].location.column == 14);
  CHECK(mentions(schema[0], "not a real calendar date"));
}

TEST_CASE("a leap day in a leap year is accepted", "[schema]") {
  auto findings = findings_for({{"groups/skott.yaml", group("skott", "established: 2024-02-29\n")}},
                               "groups/skott.yaml");
  INFO(describe(findings));
  CHECK(findings.empty());
}

TEST_CASE("a 60000-digit year is refused before valijson's date format", "[schema][E004]") {
  auto findings = findings_for(
      {{"groups/ar.yaml", group("ar", "established: \"" + std::string(60000, '2') + "-01-01\"\n")}},
      "groups/ar.yaml");
  INFO(describe(findings));
  auto schema = with_code(findings, "E004");
  REQUIRE(schema.size() == 1);
  CHECK(mentions(schema[0], "characters long"));
}

// --- Bytes valijson miscounts never reach it --------------------------------------------------

TEST_CASE("nine raw 0x80 bytes are an encoding error and never reach valijson", "[schema][E003]") {
  auto findings = findings_for({{"groups/bytes.yaml", group("bytes", "short_name: " + std::string(9, '\x80') + "\n")}},
                               "groups/bytes.yaml");
  INFO(describe(findings));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == "E003");
  CHECK(findings[0].location.line == 5);
  CHECK(findings[0].location.column == 13);
}

TEST_CASE("a NUL byte inside a quoted value is an encoding error, not a short string", "[schema][E003]") {
  const std::string value("\"ok\0<script>alert(1)</script>\"", 31);
  auto findings = findings_for({{"groups/nul.yaml", group("nul", "short_name: " + value + "\n")}},
                               "groups/nul.yaml");
  INFO(describe(findings));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == "E003");
  CHECK(findings[0].location.line == 5);
  CHECK(findings[0].location.column == 16);
}

// --- Hints -----------------------------------------------------------------------------------

TEST_CASE("an unknown field near a known one gets a did-you-mean hint", "[schema][E004]") {
  auto findings = findings_for({{"groups/stav.yaml", "id: stav\nname: S\ntype: political-steering\nstauts: active\n"}},
                               "groups/stav.yaml");
  INFO(describe(findings));
  bool hinted = false;
  for (const hok::Finding& finding : with_code(findings, "E004")) {
    if (mentions(finding, "unknown field 'stauts'")) {
      hinted = true;
      CHECK(finding.location.line == 4);
      CHECK(finding.location.column == 1);
      REQUIRE(finding.hint);
      CHECK(*finding.hint == "did you mean 'status'?");
    }
  }
  CHECK(hinted);
}

TEST_CASE("an unquoted code with a leading zero asks for quotes", "[schema][E004]") {
  auto findings = findings_for({{"subregions/sodra.yaml", "id: sodra\nname: Södra\n"},
                                {"municipalities/vasby.yaml",
                                 "id: vasby\nname: Upplands Väsby\ncode: 0114\nsubregion: sodra\n"}},
                               "municipalities/vasby.yaml");
  INFO(describe(findings));
  auto schema = with_code(findings, "E004");
  REQUIRE(schema.size() == 1);
  CHECK(schema[0].location.line == 3);
  CHECK(schema[0].location.column == 7);
  REQUIRE(schema[0].hint);
  CHECK(schema[0].hint->find("\"0114\"") != std::string::npos);
}

TEST_CASE("a quoted code with a leading zero is accepted", "[schema]") {
  auto findings = findings_for({{"subregions/sodra.yaml", "id: sodra\nname: Södra\n"},
                                {"municipalities/vasby.yaml",
                                 "id: vasby\nname: Upplands Väsby\ncode: \"0114\"\nsubregion: sodra\n"}},
                               "municipalities/vasby.yaml");
  INFO(describe(findings));
  CHECK(findings.empty());
}

TEST_CASE("an unquoted yes where text is expected asks for quotes", "[schema][E004]") {
  auto findings = findings_for({{"groups/ja.yaml", "id: ja\nname: Ja\ntype: political-steering\nstatus: yes\n"}},
                               "groups/ja.yaml");
  INFO(describe(findings));
  auto schema = with_code(findings, "E004");
  REQUIRE(schema.size() == 1);
  CHECK(schema[0].location.line == 4);
  CHECK(schema[0].location.column == 9);
  CHECK(schema[0].message.find("quote") != std::string::npos);
}

// --- A recorded "no": what a group lacks cannot also be filled in ----------------------------

TEST_CASE("lacks and the field it names are a contradiction, found at the field", "[schema][E004]") {
  auto findings = findings_for(
      {{"groups/lacks.yaml", group("lacks", "lacks: [chair, mandate]\nchair:\n  - org: lacks\n")}},
      "groups/lacks.yaml");
  INFO(describe(findings));
  auto schema = with_code(findings, "E004");
  REQUIRE(schema.size() == 1);
  CHECK(schema[0].location.line == 6);  // `chair:`
  CHECK(mentions(schema[0], "'chair' is filled in, but lacks says the group has none"));
  CHECK(
      mentions(schema[0], "remove 'chair' from lacks if the group has it, or remove 'chair' if it does not"));
}

TEST_CASE("lacks alone, and lacks beside other fields, is quiet", "[schema]") {
  auto findings =
      findings_for({{"groups/lacks.yaml", group("lacks",
                                                "lacks: [chair, process_lead, secretariat_nodes, mandate]\n"
                                                "members:\n  - org: lacks\n")}},
                   "groups/lacks.yaml");
  INFO(describe(findings));
  CHECK(with_code(findings, "E004").empty());
}

TEST_CASE("lacks names only what a group can lack, once each", "[schema][E004]") {
  auto findings = findings_for({{"groups/lacks.yaml", group("lacks", "lacks: [chair, chair, ordförande]\n")}},
                               "groups/lacks.yaml");
  INFO(describe(findings));
  auto schema = with_code(findings, "E004");
  REQUIRE(schema.size() == 2);
  CHECK(schema[0].location.line == 5);
}
