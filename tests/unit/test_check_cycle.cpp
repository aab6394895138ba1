#include <catch2/catch.hpp>

#include "test_support.hpp"

using hok::test::validate_findings;

namespace {

std::string group_reporting_to(const std::string& id, const std::string& parent) {
  return "id: " + id + "\nname: " + id +
         "\ntype: official-steering\nstatus: active\nreports_to: " + parent + "\n";
}

std::string supplement_to(const std::string& id, const std::string& base) {
  return "id: " + id + "\ntitle: " + id +
         "\ntype: supplement\nstatus: in-force\nsupplements: " + base + "\n";
}

}  // namespace

TEST_CASE("a cycle of three is reported once, at its smallest id, naming it all", "[check][E009]") {
  auto findings = validate_findings({{"groups/c.yaml", group_reporting_to("c", "a")},
                                     {"groups/b.yaml", group_reporting_to("b", "c")},
                                     {"groups/a.yaml", group_reporting_to("a", "b")},
                                     {"groups/d.yaml", group_reporting_to("d", "a")}},
                                    "E009");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "groups/a.yaml");
  CHECK(findings[0].location.line == 5);
  CHECK(findings[0].location.column == 13);
  CHECK(findings[0].message == "reports_to forms a cycle: a → b → c → a");
  CHECK(findings[0].subject == "a");
}

TEST_CASE("a group reporting to itself is a cycle of one", "[check][E009]") {
  auto findings = validate_findings({{"groups/a.yaml", group_reporting_to("a", "a")}}, "E009");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "reports_to forms a cycle: a → a");
}

TEST_CASE("supplements are searched for cycles on their own", "[check][E009]") {
  auto findings =
      validate_findings({{"agreements/spel.yaml", supplement_to("spel", "missbruk")},
                         {"agreements/missbruk.yaml", supplement_to("missbruk", "spel")}},
                        "E009");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "agreements/missbruk.yaml");
  CHECK(findings[0].message == "supplements forms a cycle: missbruk → spel → missbruk");
}

TEST_CASE("a chain that ends at the top is not a cycle", "[check][E009]") {
  CHECK(validate_findings(
            {{"groups/vis.yaml", "id: vis\nname: VIS\ntype: political-steering\nstatus: active\n"},
             {"groups/tjansteman.yaml", group_reporting_to("tjansteman", "vis")},
             {"groups/process.yaml", group_reporting_to("process", "tjansteman")}},
            "E009")
            .empty());
}
