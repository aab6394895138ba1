#include <catch2/catch.hpp>

#include "test_gaps_support.hpp"

using hok::Date;
using hok::test::gaps_base_with;
using hok::test::gaps_with;
using hok::test::kGapsAsOf;

namespace {

std::vector<hok::Finding> bus_with(const std::string& status, const std::string& extra,
                                   Date as_of = kGapsAsOf, int expiring_days = 0) {
  return gaps_with(gaps_base_with("agreements/bus.yaml",
                                  "id: bus\ntitle: Överenskommelse om barn och unga\n"
                                  "short_name: BUS\ntype: agreement\nstatus: " + status +
                                      "\nparties: [region, borg]\nowner: samrad-barn\n" + extra),
                   "G009", as_of, expiring_days);
}

}  // namespace

TEST_CASE("a review due yesterday is overdue, at review.next", "[gaps][G009]") {
  auto findings = bus_with("in-force", "review:\n  next: 2025-06-14\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "agreements/bus.yaml");
  CHECK(findings[0].location.line == 9);
  CHECK(findings[0].location.column == 9);
  CHECK(findings[0].message ==
        "agreement 'BUS' was due for review on 2025-06-14 (review.next): its owner 'Barn och "
        "unga' prepares the revision");
  CHECK(findings[0].subject == "bus");
  CHECK(findings[0].severity == hok::Severity::Warning);
}

TEST_CASE("a review due today is not overdue", "[gaps][G009]") {
  CHECK(bus_with("in-force", "review:\n  next: 2025-06-15\n").empty());
}

TEST_CASE("an agreement under revision with its review date passed is overdue",
          "[gaps][G009]") {
  CHECK(bus_with("under-revision", "review:\n  next: 2025-01-01\n").size() == 1);
}

TEST_CASE("an expired agreement has no review to be overdue", "[gaps][G009]") {
  CHECK(bus_with("expired", "review:\n  next: 2025-01-01\nvalid_to: 2025-01-01\n").empty());
}

TEST_CASE("an agreement in force past its valid_to is a gap at valid_to", "[gaps][G009]") {
  auto findings = bus_with("in-force", "valid_to: 2025-06-14\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.line == 8);
  CHECK(findings[0].message ==
        "agreement 'BUS' is still in force but its validity ended on 2025-06-14 (valid_to): its "
        "owner 'Barn och unga' prepares the revision");
}

TEST_CASE("an agreement valid to today is still valid", "[gaps][G009]") {
  CHECK(bus_with("in-force", "valid_to: 2025-06-15\n").empty());
  CHECK(bus_with("under-revision", "valid_to: 2025-06-01\n").empty());
}

TEST_CASE("option --expiring lists a review falling due on the window's last day", "[gaps][G009]") {
  auto findings = bus_with("in-force", "review:\n  next: 2025-07-15\n", kGapsAsOf, 30);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == hok::Severity::Info);
  CHECK(findings[0].location.line == 9);
  CHECK(findings[0].message ==
        "in 30 days (2025-07-15): agreement 'BUS' falls due for review (review.next): its owner "
        "'Barn och unga' prepares the revision");
}

TEST_CASE("option --expiring leaves out a review due the day after the window", "[gaps][G009]") {
  CHECK(bus_with("in-force", "review:\n  next: 2025-07-16\n", kGapsAsOf, 30).empty());
}

TEST_CASE("option --expiring starts the day after the as-of date", "[gaps][G009]") {
  auto tomorrow = bus_with("in-force", "valid_to: 2025-06-16\n", kGapsAsOf, 1);
  REQUIRE(tomorrow.size() == 1);
  CHECK_THAT(tomorrow[0].message,
             Catch::StartsWith("in 1 day (2025-06-16): agreement 'BUS' reaches the end of its "
                               "validity (valid_to) while in force"));
  CHECK(bus_with("in-force", "valid_to: 2025-06-15\n", kGapsAsOf, 30).empty());
}
