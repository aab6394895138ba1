#include <catch2/catch.hpp>

#include "test_support.hpp"

using hok::test::validate_findings;

namespace {

std::string legacy_forum(const std::string& status) {
  return "id: bussam\nname: BUSSAM\ntype: legacy-forum\nstatus: " + status +
         "\nreports_to: vis\nresponsibilities:\n"
         "  - name: BUS\n    taken_over_by: samrad-barn\n"
         "  - name: Placerade barn\n";
}

}  // namespace

TEST_CASE("a decommissioned forum with a responsibility not taken over is reported there",
          "[check][E014]") {
  auto findings =
      validate_findings({{"groups/bussam.yaml", legacy_forum("decommissioned")}}, "E014");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "groups/bussam.yaml");
  CHECK(findings[0].location.line == 9);
  CHECK_THAT(findings[0].message, Catch::Contains("'bussam' is decommissioned") &&
                                      Catch::Contains("'Placerade barn'") &&
                                      Catch::Contains("not been taken over"));
  CHECK(findings[0].subject == "bussam");
}

TEST_CASE("a forum still active may hold responsibilities not yet taken over", "[check][E014]") {
  CHECK(validate_findings({{"groups/bussam.yaml", legacy_forum("active")}}, "E014").empty());
}

TEST_CASE("a decommissioned forum whose responsibilities were all taken over is accepted",
          "[check][E014]") {
  CHECK(validate_findings({{"groups/bussam.yaml",
                            "id: bussam\nname: BUSSAM\ntype: legacy-forum\nstatus: decommissioned\n"
                            "reports_to: vis\nresponsibilities:\n"
                            "  - name: BUS\n    taken_over_by: samrad-barn\n"}},
                          "E014")
            .empty());
}
