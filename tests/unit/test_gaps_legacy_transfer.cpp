#include <catch2/catch.hpp>

#include "test_gaps_support.hpp"

using hok::test::gaps_base_with;
using hok::test::gaps_with;

namespace {

std::string forum(const std::string& status, const std::string& last_taken_over) {
  return "id: bussam\nname: BUSSAM\ntype: legacy-forum\nstatus: " + status +
         "\nreports_to: tjanstestyrgrupp\nresponsibilities:\n"
         "  - name: BUS\n    agreement: bus\n    taken_over_by: samrad-barn\n"
         "  - name: Placerade barn\n" + last_taken_over;
}

}  // namespace

TEST_CASE("a legacy forum still active with a responsibility not taken over is a gap there",
          "[gaps][G007]") {
  auto findings = gaps_with(gaps_base_with("groups/bussam.yaml", forum("active", "")), "G007");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "groups/bussam.yaml");
  CHECK(findings[0].location.line == 10);
  CHECK(findings[0].message ==
        "legacy forum 'BUSSAM' is active and still carries 'Placerade barn', which no group has "
        "taken over: VIS tjänstestyrgrupp names the consultation group that takes it over");
  CHECK(findings[0].subject == "bussam");
}

TEST_CASE("a paused legacy forum still carries its responsibilities", "[gaps][G007]") {
  auto findings = gaps_with(
      gaps_base_with("groups/bussam.yaml",
                     "id: bussam\nname: BUSSAM\ntype: legacy-forum\nstatus: paused\n"
                     "reports_to: tjanstestyrgrupp\nresponsibilities:\n"
                     "  - name: BUS\n    agreement: bus\n"),
      "G007");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("still carries 'BUS' (agreement 'BUS')"));
}

TEST_CASE("a legacy forum whose responsibilities are all taken over is quiet", "[gaps][G007]") {
  CHECK(gaps_with(gaps_base_with("groups/bussam.yaml",
                                 forum("active", "    taken_over_by: samrad-barn\n")),
                  "G007")
            .empty());
}

TEST_CASE("a decommissioned legacy forum is left to E014", "[gaps][G007]") {
  CHECK(gaps_with(gaps_base_with("groups/bussam.yaml", forum("decommissioned", "")), "G007")
            .empty());
}
