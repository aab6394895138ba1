#include <catch2/catch.hpp>

#include "test_support.hpp"

using hok::test::validate_findings;

namespace {

const char* const subregion_nord = "id: nord\nname: Norra länet\n";
const char* const group_nord =
    "id: nord\nname: Nord\ntype: network\nstatus: active\nreports_to: vis\n";
const char* const group_vis = "id: vis\nname: VIS\ntype: political-steering\nstatus: active\n";

}  // namespace

TEST_CASE("one id in two kinds is reported at the second, naming the first", "[check][E006]") {
  auto findings = validate_findings({{"subregions/nord.yaml", subregion_nord},
                                     {"groups/nord.yaml", group_nord},
                                     {"groups/vis.yaml", group_vis}},
                                    "E006");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "groups/nord.yaml");
  CHECK(findings[0].location.line == 1);
  CHECK(findings[0].location.column == 5);
  CHECK_THAT(findings[0].message, Catch::Contains("'nord'") &&
                                      Catch::Contains("a sub-region in subregions/nord.yaml:1") &&
                                      Catch::Contains("unique"));
  CHECK(findings[0].subject == "nord");
}

TEST_CASE("every extra occurrence of an id is reported once", "[check][E006]") {
  auto findings = validate_findings({{"groups/a/vis.yaml", group_vis},
                                     {"groups/b/vis.yaml", group_vis},
                                     {"groups/c/vis.yaml", group_vis}},
                                    "E006");
  REQUIRE(findings.size() == 2);
  for (const auto& finding : findings) {
    CHECK(finding.location.file != "groups/a/vis.yaml");
    CHECK_THAT(finding.message, Catch::Contains("groups/a/vis.yaml:1"));
  }
}

TEST_CASE("a record with the id hok does not clash with hok.yaml", "[check][E006]") {
  CHECK(validate_findings({{"agreements/hok.yaml",
                            "id: hok\ntitle: Huvudöverenskommelse\ntype: main-agreement\n"
                            "status: in-force\n"}},
                          "E006")
            .empty());
}

TEST_CASE("distinct ids are accepted", "[check][E006]") {
  CHECK(validate_findings(
            {{"subregions/nord.yaml", subregion_nord}, {"groups/vis.yaml", group_vis}}, "E006")
            .empty());
}
