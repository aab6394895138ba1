#include <catch2/catch.hpp>

#include "test_support.hpp"

using hok::test::validate_findings;

namespace {

const char* const group_vis = "id: vis\nname: VIS\ntype: political-steering\nstatus: active\n";
const char* const agreement_bus = "id: bus\ntitle: BUS\ntype: agreement\nstatus: in-force\n";

hok::Finding only_finding(const std::map<std::string, std::string>& files) {
  auto findings = validate_findings(files, "E010");
  REQUIRE(findings.size() == 1);
  return findings[0];
}

}  // namespace

TEST_CASE("an agreement that ends before it starts is reported at valid_to", "[check][E010]") {
  auto finding = only_finding(
      {{"agreements/bus.yaml", std::string(agreement_bus) + "valid_from: 2022-09-01\n"
                                                            "valid_to: 2021-12-31\n"}});
  CHECK(finding.location.file == "agreements/bus.yaml");
  CHECK(finding.location.line == 6);
  CHECK(finding.location.column == 11);
  CHECK(finding.message ==
        "valid_to 2021-12-31 is before valid_from 2022-09-01: an agreement cannot end before it "
        "starts");
  CHECK(finding.subject == "bus");
}

TEST_CASE("a review planned before the last one is reported", "[check][E010]") {
  auto finding = only_finding(
      {{"agreements/bus.yaml", std::string(agreement_bus) + "review:\n  last: 2024-05-01\n"
                                                            "  next: 2023-05-01\n"}});
  CHECK(finding.location.line == 7);
  CHECK_THAT(finding.message, Catch::Contains("review.next 2023-05-01 is before review.last"));
}

TEST_CASE("a group wound down before it was set up is reported", "[check][E010]") {
  auto finding =
      only_finding({{"groups/vis.yaml", std::string(group_vis) + "established: 2022-01-01\n"
                                                                 "decommissioned: 2021-06-30\n"}});
  CHECK(finding.location.line == 6);
  CHECK_THAT(finding.message, Catch::Contains("decommissioned 2021-06-30 is before established"));
}

TEST_CASE("a function due for review before it was appointed is reported", "[check][E010]") {
  auto finding = only_finding({{"functions/nacka-ksa.yaml",
                                "id: nacka-ksa\nroles: [ksa]\narea: nacka\nholder: nacka\n"
                                "status: active\nappointed: 2024-01-01\nreview_by: 2023-01-01\n"}});
  CHECK(finding.location.line == 7);
  CHECK_THAT(finding.message, Catch::Contains("review_by 2023-01-01 is before appointed"));
}

TEST_CASE("a follow-up reported before it was done is reported", "[check][E010]") {
  auto finding = only_finding({{"followups/bus-2023.yaml",
                                "id: bus-2023\nsubject: bus\nyear: 2023\ndate: 2023-10-01\n"
                                "reported: 2023-09-01\n"}});
  CHECK(finding.location.line == 5);
  CHECK_THAT(finding.message, Catch::Contains("reported 2023-09-01 is before date 2023-10-01"));
}

TEST_CASE("a deviation closed before the follow-up found it is reported", "[check][E010]") {
  auto finding = only_finding({{"followups/bus-2023.yaml",
                                "id: bus-2023\nsubject: bus\nyear: 2023\ndate: 2023-10-01\n"
                                "deviations:\n  - description: ok\n    closed: 2023-12-01\n"
                                "  - description: late\n    closed: 2023-08-01\n"}});
  CHECK(finding.location.line == 9);
  CHECK(finding.location.column == 13);
  CHECK_THAT(finding.message, Catch::Contains("closed 2023-08-01") &&
                                  Catch::Contains("the follow-up that found it"));
}

TEST_CASE("a plan goal outside the plan period is reported at its year", "[check][E010]") {
  auto finding =
      only_finding({{"plans/nara-vard.yaml",
                     "id: nara-vard\ntitle: Nära vård\nperiod:\n  from: 2024\n  to: 2030\n"
                     "goals:\n  - id: g1\n    year: 2024\n    title: A\n"
                     "  - id: g2\n    year: 2031\n    title: B\n"}});
  CHECK(finding.location.line == 11);
  CHECK(finding.location.column == 11);
  CHECK(finding.message == "goal 'g2' is set for 2031, outside the plan period 2024–2030");
}

TEST_CASE("a plan period that ends before it starts is reported once", "[check][E010]") {
  auto finding =
      only_finding({{"plans/nara-vard.yaml",
                     "id: nara-vard\ntitle: Nära vård\nperiod:\n  from: 2030\n  to: 2024\n"
                     "goals:\n  - id: g1\n    year: 2027\n    title: A\n"}});
  CHECK(finding.location.line == 5);
  CHECK_THAT(finding.message, Catch::Contains("period.to 2024 is before period.from 2030"));
}

TEST_CASE("dates in order, equal dates and unreadable dates are accepted", "[check][E010]") {
  CHECK(validate_findings(
            {{"agreements/bus.yaml", std::string(agreement_bus) +
                                         "valid_from: 2022-09-01\nvalid_to: 2022-09-01\n"
                                         "review:\n  last: 2023-02-30\n  next: 2022-01-01\n"},
             {"groups/vis.yaml",
              std::string(group_vis) + "established: 2021-01-01\ndecommissioned: 2023-01-01\n"},
             {"followups/bus-2023.yaml",
              "id: bus-2023\nsubject: bus\nyear: 2023\ndate: 2023-10-01\nreported: 2023-11-01\n"
              "deviations:\n  - description: open\n    closed: 2023-10-01\n"},
             {"plans/nara-vard.yaml",
              "id: nara-vard\ntitle: Nära vård\nperiod:\n  from: 2024\n  to: 2030\n"
              "goals:\n  - id: g1\n    year: 2030\n    title: A\n"}},
            "E010")
            .empty());
}
