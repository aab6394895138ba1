// hok's own schema checks beside valijson's: uniqueItems in linear time naming both lines, every
// unknown field, reserved ids, invisible characters (issue 23, points 8, 9, 10, 14).
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <string>

#include "load/yaml_reader.hpp"
#include "schema/schema_set.hpp"

namespace {

std::vector<hok::Finding> validate(const std::string& path, const std::string& kind, const std::string& text) {
  hok::FindingSink sink;
  auto file = hok::read_source(path, kind, text, sink);
  hok::SchemaSet::instance().validate(*file, sink);
  return sink.findings();
}

std::string listing(const std::vector<hok::Finding>& findings) {
  std::string all;
  for (const hok::Finding& finding : findings) {
    all += finding.code + " " + std::to_string(finding.location.line) + " " + finding.message + "\n";
  }
  return all;
}

}  // namespace

TEST_CASE("a repeated list entry is reported once, at its second place, naming both lines", "[schema][E004]") {
  auto findings = validate("agreements/a.yaml", "agreements",
                           "id: a\ntitle: A\ntype: agreement\nstatus: draft\nparties:\n  - p1\n  - p2\n  - p1\n  - p1\n");
  INFO(listing(findings));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.line == 8);
  CHECK(findings[0].message == "parties lists 'p1' twice: on line 6 and again on line 8");
}

TEST_CASE("a list without repeats gives no finding", "[schema][E004]") {
  auto findings = validate("agreements/a.yaml", "agreements",
                           "id: a\ntitle: A\ntype: agreement\nstatus: draft\nparties: [p1, p2, p3]\n");
  INFO(listing(findings));
  CHECK(findings.empty());
}

TEST_CASE("many repeated entries give ten findings and one that counts the rest", "[schema][E004]") {
  std::string text = "id: a\ntitle: A\ntype: agreement\nstatus: draft\nparties:\n";
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < 25; ++i) text += "  - p" + std::to_string(i) + "\n";
  }
  auto findings = validate("agreements/a.yaml", "agreements", text);
  INFO(listing(findings));
  REQUIRE(findings.size() == 11);
  CHECK(findings.back().message == "parties repeats 15 more entries besides those named above");
}

TEST_CASE("100,000 list entries are checked for repeats in linear time", "[schema][E004][.slow]") {
  // Flow style, so that 100,000 entries stay under the 1 MiB file limit.
  std::string text = "id: a\ntitle: A\ntype: agreement\nstatus: draft\nparties: [p0";
  for (int i = 1; i < 100000; ++i) text += ",p" + std::to_string(i % 50000);
  text += "]\n";
  auto start = std::chrono::steady_clock::now();
  auto findings = validate("agreements/a.yaml", "agreements", text);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  WARN("100,000 entries: " << seconds << " s");  // measured here, asserted nowhere (docs/performance.md)
  CHECK(findings.size() == 11);
}

TEST_CASE("every unknown field of a record is reported, not only the first", "[schema][E004]") {
  auto findings = validate("subregions/a.yaml", "subregions", "id: a\nname: A\nnamn: B\nkod: 1\nfarg: x\n");
  INFO(listing(findings));
  REQUIRE(findings.size() == 3);
  CHECK(findings[2].message == "unknown field 'namn'");  // in key order; sorted by line later
  CHECK(findings[2].location.line == 3);
}

TEST_CASE("ids hok writes itself or Windows cannot hold are refused with the reason", "[schema][E004]") {
  for (const char* id : {"index", "con", "nul", "com1", "lpt9"}) {
    auto findings = validate(std::string("subregions/") + id + ".yaml", "subregions",
                             std::string("id: ") + id + "\nname: A\n");
    INFO(id << "\n" << listing(findings));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message.rfind(std::string("the id '") + id + "' cannot be used: ", 0) == 0);
    CHECK(findings[0].location.line == 1);
  }
  for (const char* id : {"index-1", "console", "com0", "com10", "indexes"}) {
    INFO(id);
    CHECK(validate(std::string("subregions/") + id + ".yaml", "subregions", std::string("id: ") + id + "\nname: A\n").empty());
  }
}

TEST_CASE("an invisible character is refused in an id and a warning in a name", "[schema][E004]") {
  auto in_id = validate("subregions/a.yaml", "subregions", "id: \"a\u200Bb\"\nname: A\n");
  INFO(listing(in_id));
  REQUIRE(in_id.size() == 1);
  CHECK(in_id[0].severity == hok::Severity::Error);
  CHECK(in_id[0].message.find("U+200B (ZERO WIDTH SPACE)") != std::string::npos);

  auto in_name = validate("subregions/a.yaml", "subregions", "id: a\nname: \"Norra \u202El\u00e4net\"\n");
  INFO(listing(in_name));
  REQUIRE(in_name.size() == 1);
  CHECK(in_name[0].severity == hok::Severity::Warning);
  CHECK(in_name[0].location.line == 2);
  CHECK(in_name[0].message.find("U+202E (RIGHT-TO-LEFT OVERRIDE)") != std::string::npos);
}

TEST_CASE("numbers in a list on one line each get their own text in the quote hint", "[schema][E004]") {
  // Before, each hint took the rest of the line: `write it in quotes: "1200, aldre, 34,  0114"`.
  auto findings = validate("agreements/a.yaml", "agreements",
                           "id: a\ntitle: Ä\ntype: agreement\nstatus: draft\nparties: [ål, 1200, aldre, 34,  0114 ]\n");
  INFO(listing(findings));
  std::vector<hok::Finding> quoted;
  for (const hok::Finding& finding : findings) {
    if (finding.hint && finding.hint->rfind("write it in quotes", 0) == 0) quoted.push_back(finding);
  }
  REQUIRE(quoted.size() == 3);
  CHECK(quoted[0].location.line == 5);
  CHECK(quoted[0].location.column == 15);
  CHECK(*quoted[0].hint == "write it in quotes: \"1200\"");
  CHECK(quoted[1].location.column == 28);
  CHECK(*quoted[1].hint == "write it in quotes: \"34\"");
  CHECK(quoted[2].location.column == 33);
  CHECK(*quoted[2].hint == "write it in quotes: \"0114\"");
}

TEST_CASE("a quote hint on an earlier line after a later one is still the value's own text", "[schema][E004]") {
  // The hints are looked up in the schema's order, not always the file's: a lookup behind the
  // previous one starts again from the file's start.
  auto findings = validate("agreements/a.yaml", "agreements",
                           "id: a\ntitle: A\ntype: agreement\nstatus: draft\nlegal_basis: [12]\nparties: [34, 56]\n"
                           "short_name: 78\n");
  INFO(listing(findings));
  std::vector<std::string> hints;
  for (const hok::Finding& finding : findings) {
    if (finding.hint && finding.hint->rfind("write it in quotes", 0) == 0) hints.push_back(*finding.hint);
  }
  std::sort(hints.begin(), hints.end());
  CHECK(hints == std::vector<std::string>{"write it in quotes: \"12\"", "write it in quotes: \"34\"",
                                          "write it in quotes: \"56\"", "write it in quotes: \"78\""});
}
