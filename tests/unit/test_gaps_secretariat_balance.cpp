#include <catch2/catch.hpp>

#include "test_gaps_support.hpp"

using hok::test::gaps_base;
using hok::test::gaps_base_with;
using hok::test::gaps_with;

namespace {

std::vector<hok::Finding> with_core(const std::string& core) {
  return gaps_with(gaps_base_with("groups/processledning.yaml",
                                  "id: processledning\nname: VIS processledning\n"
                                  "type: secretariat\nstatus: active\n"
                                  "reports_to: tjanstestyrgrupp\n" + core),
                   "G006");
}

}  // namespace

TEST_CASE("a core short of municipal seats is a gap at the core, with the numbers",
          "[gaps][G006]") {
  auto findings =
      with_core("core:\n  - org: hsf\n    count: 2\n  - org: storsthlm\n    count: 1\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "groups/processledning.yaml");
  CHECK(findings[0].location.line == 6);
  CHECK(findings[0].message ==
        "the core of secretariat 'VIS processledning' has 2 seats from the region side and 1 "
        "seat from the municipal side, not the decided 2 + 2: Storsthlm staffs the municipal "
        "side's seats");
  CHECK(findings[0].subject == "processledning");
}

TEST_CASE("a core short of region seats names the region's administration", "[gaps][G006]") {
  auto findings = with_core("core:\n  - org: storsthlm\n    count: 2\n  - org: borg\n");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("0 seats from the region side and 3 seats") &&
                                      Catch::EndsWith("HSF staffs the region side's seats"));
}

TEST_CASE("a secretariat without a core is a gap at its id", "[gaps][G006]") {
  auto findings = with_core("");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.line == 1);
  CHECK_THAT(findings[0].message, Catch::EndsWith("HSF and Storsthlm each staff two seats"));
}

TEST_CASE("a balanced core is quiet", "[gaps][G006]") {
  CHECK(gaps_with(gaps_base(), "G006").empty());
  CHECK(with_core("core:\n  - org: region\n  - org: hsf\n  - org: storsthlm\n    count: 2\n")
            .empty());
  CHECK(with_core("core:\n  - org: kson\n    count: 2\n").empty());
}
