#include <catch2/catch.hpp>

#include "test_gaps_support.hpp"

using hok::Date;
using hok::test::gaps_base;
using hok::test::gaps_base_with;
using hok::test::gaps_with;

TEST_CASE("an active consultation group without this year's plan is a gap", "[gaps][G011]") {
  auto findings = gaps_with(gaps_base(), "G011", Date{2026, 1, 1});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "groups/samrad-barn.yaml");
  CHECK(findings[0].location.line == 17);
  CHECK(findings[0].message ==
        "consultation group 'Barn och unga' has no annual plan for 2026: the group draws it up "
        "together with VIS processledning");
  CHECK(findings[0].subject == "samrad-barn");
}

TEST_CASE("an annual plan for the as-of year is enough", "[gaps][G011]") {
  CHECK(gaps_with(gaps_base(), "G011", Date{2025, 12, 31}).empty());
  CHECK(gaps_with(gaps_base(), "G011", Date{2025, 1, 1}).empty());
}

TEST_CASE("a consultation group being established without plans is a gap at its id",
          "[gaps][G011]") {
  auto findings = gaps_with(
      gaps_base_with("groups/samrad-aldre.yaml",
                     "id: samrad-aldre\nname: Äldres hälsa\ntype: consultation-group\n"
                     "status: establishing\nreports_to: tjanstestyrgrupp\n"),
      "G011");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.line == 1);
}

TEST_CASE("a paused consultation group or another kind of group needs no annual plan",
          "[gaps][G011]") {
  CHECK(gaps_with(gaps_base_with("groups/samrad-aldre.yaml",
                                 "id: samrad-aldre\nname: Äldres hälsa\ntype: consultation-group\n"
                                 "status: paused\nreports_to: tjanstestyrgrupp\n"),
                  "G011")
            .empty());
  CHECK(gaps_with(gaps_base_with("groups/ag.yaml",
                                 "id: ag\nname: Arbetsgrupp\ntype: working-group\nstatus: active\n"
                                 "reports_to: samrad-barn\n"),
                  "G011")
            .empty());
}
