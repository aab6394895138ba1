#include <catch2/catch.hpp>

#include "test_support.hpp"

using hok::test::validate_findings;

namespace {

const char* const group_vis = "id: vis\nname: VIS\ntype: political-steering\nstatus: active\n";
const char* const group_barn =
    "id: samrad-barn-unga\nname: Barn och unga\ntype: consultation-group\nstatus: active\n"
    "reports_to: vis\n";

std::string agreement_owned_by(const std::string& owner) {
  return "id: bus\ntitle: BUS\ntype: agreement\nstatus: in-force\nowner: " + owner + "\n";
}

}  // namespace

TEST_CASE("a reference to a missing id suggests the nearest id", "[check][E007]") {
  auto findings = validate_findings({{"groups/vis.yaml", group_vis},
                                     {"groups/samrad-barn-unga.yaml", group_barn},
                                     {"agreements/bus.yaml", agreement_owned_by("samrad-barn")}},
                                    "E007");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "agreements/bus.yaml");
  CHECK(findings[0].location.line == 5);
  CHECK(findings[0].location.column == 8);
  CHECK(findings[0].message == "owner 'samrad-barn' names no record");
  CHECK(findings[0].hint == "did you mean 'samrad-barn-unga'?");
  CHECK(findings[0].subject == "bus");
}

TEST_CASE("a missing id with nothing near says what to add", "[check][E007]") {
  auto findings = validate_findings(
      {{"groups/vis.yaml", group_vis}, {"agreements/bus.yaml", agreement_owned_by("zzzzzzzz")}},
      "E007");
  REQUIRE(findings.size() == 1);
  REQUIRE(findings[0].hint.has_value());
  CHECK_THAT(*findings[0].hint, Catch::Contains("add a group with the id 'zzzzzzzz'"));
}

TEST_CASE("a reference in a list of seats names its place in the list", "[check][E007]") {
  auto findings =
      validate_findings({{"groups/vis.yaml",
                          "id: vis\nname: VIS\ntype: political-steering\nstatus: active\n"
                          "members:\n  - org: storsthlm\n"}},
                        "E007");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.line == 6);
  CHECK(findings[0].location.column == 10);
  CHECK_THAT(findings[0].message, Catch::Contains("'storsthlm' names no record"));
}

TEST_CASE("a reference in hok.yaml is checked and has no subject", "[check][E007]") {
  auto findings = validate_findings(
      {{"hok.yaml", "hok: 1\nname: Test\nsecretariat: processledning\n"}}, "E007");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "hok.yaml");
  CHECK(findings[0].location.line == 3);
  CHECK(findings[0].message == "secretariat 'processledning' names no record");
  CHECK_FALSE(findings[0].subject.has_value());
}

TEST_CASE("a reference to a file that could not be read is not reported again", "[check][E007]") {
  CHECK(validate_findings({{"groups/vis.yaml", group_vis},
                           {"groups/samrad-barn.yaml", "name: [unclosed\n"},
                           {"agreements/bus.yaml", agreement_owned_by("samrad-barn")}},
                          "E007")
            .empty());
}

TEST_CASE("references to existing records are accepted", "[check][E007]") {
  CHECK(validate_findings({{"groups/vis.yaml", group_vis},
                           {"groups/samrad-barn-unga.yaml", group_barn},
                           {"agreements/bus.yaml", agreement_owned_by("samrad-barn-unga")}},
                          "E007")
            .empty());
}
