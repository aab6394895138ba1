#include <catch2/catch.hpp>

#include "test_gaps_support.hpp"

using hok::Date;
using hok::test::gaps_base_with;
using hok::test::gaps_with;

namespace {

const std::string kHead =
    "id: handlingsplan\ntitle: Handlingsplan 2024–2030\nperiod:\n  from: 2024\n  to: 2030\n"
    "decided:\n  by: vis\n  date: 2023-12-20\n";

std::string goal(const std::string& id, int year, const std::string& rest) {
  return "  - id: " + id + "\n    year: " + std::to_string(year) + "\n    title: Mål\n" + rest;
}

std::vector<hok::Finding> plan_gaps(const std::string& plan, Date as_of = Date{2025, 6, 15}) {
  return gaps_with(gaps_base_with("plans/handlingsplan.yaml", plan), "G012", as_of);
}

}  // namespace

TEST_CASE("a plan without goals lists every year up to the as-of year", "[gaps][G012]") {
  auto findings = plan_gaps(kHead, Date{2026, 2, 1});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "plans/handlingsplan.yaml");
  CHECK(findings[0].location.line == 1);
  CHECK(findings[0].message ==
        "plan 'Handlingsplan 2024–2030' has no goals for 2024, 2025 and 2026: VIS processledning "
        "prepares each year's goals and activities for VIS to decide");
  CHECK(findings[0].subject == "handlingsplan");
}

TEST_CASE("a plan year without goals is a gap at the goals", "[gaps][G012]") {
  auto findings = plan_gaps(kHead + "goals:\n" + goal("g1", 2024, "    owner: samrad-barn\n"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.line == 9);
  CHECK_THAT(findings[0].message, Catch::Contains("has no goals for 2025:"));
}

TEST_CASE("a plan with goals for every year so far is quiet", "[gaps][G012]") {
  CHECK(plan_gaps(kHead + "goals:\n" + goal("g1", 2024, "    owner: samrad-barn\n") +
                  goal("g2", 2025, "    owner: samrad-barn\n"))
            .empty());
}

TEST_CASE("a plan whose period has not begun needs no goals", "[gaps][G012]") {
  CHECK(plan_gaps(kHead, Date{2023, 12, 31}).empty());
}

TEST_CASE("years after the plan's period need no goals", "[gaps][G012]") {
  const std::string plan =
      "id: handlingsplan\ntitle: Gammal plan\nperiod:\n  from: 2021\n  to: 2022\ngoals:\n" +
      goal("g1", 2021, "    owner: samrad-barn\n    status: done\n");
  auto findings = plan_gaps(plan);
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("has no goals for 2022: VIS processledning "
                                                  "prepares each year's goals and activities "
                                                  "for VIS to decide"));
}

TEST_CASE("a goal without an owner is a gap at the goal", "[gaps][G012]") {
  auto findings = plan_gaps(kHead + "goals:\n" + goal("g1", 2024, "") +
                            goal("g2", 2025, "    owner: samrad-barn\n"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.line == 10);
  CHECK(findings[0].location.column == 5);
  CHECK(findings[0].message ==
        "goal 'g1' (2024) of plan 'Handlingsplan 2024–2030' has no owner: VIS assigns the group "
        "that carries it");
}

TEST_CASE("a goal owned by a group no longer at work is a gap at the owner", "[gaps][G012]") {
  auto files = gaps_base_with("plans/handlingsplan.yaml",
                              kHead + "goals:\n" + goal("g1", 2024, "    owner: bussam\n") +
                                  goal("g2", 2025, "    owner: samrad-barn\n"));
  files["groups/bussam.yaml"] =
      "id: bussam\nname: BUSSAM\ntype: legacy-forum\nstatus: decommissioned\n"
      "reports_to: tjanstestyrgrupp\n";
  auto findings = gaps_with(files, "G012");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.line == 13);
  CHECK(findings[0].location.column == 12);
  CHECK_THAT(findings[0].message,
             Catch::StartsWith("goal 'g1' (2024) of plan 'Handlingsplan 2024–2030' is owned by "
                               "'BUSSAM', which is decommissioned: VIS assigns an active group"));
}

TEST_CASE("a goal that is done or cancelled needs no owner", "[gaps][G012]") {
  CHECK(plan_gaps(kHead + "goals:\n" + goal("g1", 2024, "    status: done\n") +
                  goal("g2", 2025, "    status: cancelled\n"))
            .empty());
}
