#include <catch2/catch.hpp>

#include "test_gaps_support.hpp"

using hok::test::gaps_base_with;
using hok::test::gaps_with;
using hok::test::kGapsAsOf;

namespace {

std::vector<hok::Finding> review_by(const std::string& date, int expiring_days = 0) {
  return gaps_with(gaps_base_with("functions/ksa-dal.yaml",
                                  "id: ksa-dal\nroles: [ksa]\narea: dal\nholder: dal\n"
                                  "status: active\nreview_by: " + date + "\n"),
                   "G014", kGapsAsOf, expiring_days);
}

}  // namespace

TEST_CASE("a function whose review_by was yesterday is a gap at review_by", "[gaps][G014]") {
  auto findings = review_by("2025-06-14");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "functions/ksa-dal.yaml");
  CHECK(findings[0].location.line == 6);
  CHECK(findings[0].location.column == 12);
  CHECK(findings[0].message ==
        "function 'ksa-dal' (KSA in Dal) was due for review on 2025-06-14 (review_by): its "
        "holder Dal reviews the appointment");
  CHECK(findings[0].subject == "ksa-dal");
  CHECK(findings[0].severity == hok::Severity::Warning);
}

TEST_CASE("a function whose review_by is today is not overdue", "[gaps][G014]") {
  CHECK(review_by("2025-06-15").empty());
  CHECK(review_by("2025-06-15", 30).empty());
}

TEST_CASE("option --expiring lists a review_by on the window's last day, not the day after",
          "[gaps][G014]") {
  auto findings = review_by("2025-06-25", 10);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == hok::Severity::Info);
  CHECK(findings[0].message ==
        "in 10 days (2025-06-25): function 'ksa-dal' (KSA in Dal) falls due for review "
        "(review_by): its holder Dal reviews the appointment");
  CHECK(review_by("2025-06-26", 10).empty());
}
