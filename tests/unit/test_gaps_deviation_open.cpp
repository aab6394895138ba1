#include <catch2/catch.hpp>

#include "test_gaps_support.hpp"

using hok::test::gaps_base_with;
using hok::test::gaps_with;
using hok::test::kGapsAsOf;

namespace {

std::vector<hok::Finding> deviation(const std::string& fields, int expiring_days = 0) {
  return gaps_with(gaps_base_with("followups/bus-2025.yaml",
                                  "id: bus-2025\nsubject: bus\nyear: 2025\ndate: 2025-03-01\n"
                                  "deviations:\n  - description: Väntetider till BUP\n" + fields),
                   "G015", kGapsAsOf, expiring_days);
}

}  // namespace

TEST_CASE("an open deviation due yesterday is a gap at its due date", "[gaps][G015]") {
  auto findings = deviation("    responsible: samrad-barn\n    due: 2025-06-14\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "followups/bus-2025.yaml");
  CHECK(findings[0].location.line == 8);
  CHECK(findings[0].location.column == 10);
  CHECK(findings[0].message ==
        "deviation 'Väntetider till BUP' from follow-up 'bus-2025' of agreement 'BUS' was due on "
        "2025-06-14 and is not closed: 'Barn och unga', responsible for it, closes it or sets a "
        "new due date");
  CHECK(findings[0].subject == "bus-2025");
}

TEST_CASE("an open deviation without a responsible group falls to the agreement's owner",
          "[gaps][G015]") {
  auto findings = deviation("    due: 2025-01-01\n");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message,
             Catch::EndsWith("it has no responsible group, so the agreement's owner 'Barn och "
                             "unga' assigns one"));
}

TEST_CASE("a closed deviation or one due today is not a gap", "[gaps][G015]") {
  CHECK(deviation("    due: 2025-01-01\n    closed: 2025-02-01\n").empty());
  CHECK(deviation("    due: 2025-06-15\n").empty());
  CHECK(deviation("    severity: low\n").empty());
}

TEST_CASE("option --expiring lists an open deviation falling due in the window", "[gaps][G015]") {
  auto findings = deviation("    due: 2025-06-22\n", 7);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == hok::Severity::Info);
  CHECK_THAT(findings[0].message,
             Catch::StartsWith("in 7 days (2025-06-22): deviation 'Väntetider till BUP' from "
                               "follow-up 'bus-2025' of agreement 'BUS' falls due and is not "
                               "closed"));
  CHECK(deviation("    due: 2025-06-23\n", 7).empty());
  CHECK(deviation("    due: 2025-06-22\n    closed: 2025-06-01\n", 7).empty());
}
