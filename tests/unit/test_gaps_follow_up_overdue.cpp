#include <catch2/catch.hpp>

#include "test_gaps_support.hpp"

using hok::Date;
using hok::test::Files;
using hok::test::gaps_base;
using hok::test::gaps_base_with;
using hok::test::gaps_with;

namespace {

const std::string kBus =
    "id: bus\ntitle: Överenskommelse om barn och unga\nshort_name: BUS\ntype: agreement\n"
    "status: in-force\nparties: [region, borg]\nowner: samrad-barn\n";

}  // namespace

TEST_CASE("a follow-up exactly twelve months old still counts", "[gaps][G008]") {
  // bus-2025 is dated 2025-03-01.
  CHECK(gaps_with(gaps_base(), "G008", Date{2026, 3, 1}).empty());
}

TEST_CASE("a follow-up twelve months and a day old is overdue", "[gaps][G008]") {
  auto findings = gaps_with(gaps_base(), "G008", Date{2026, 3, 2});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "agreements/bus.yaml");
  CHECK(findings[0].location.line == 1);
  CHECK(findings[0].message ==
        "agreement 'BUS' has no follow-up dated within the 12 months up to 2026-03-02 (the "
        "latest is dated 2025-03-01): its owner 'Barn och unga' follows it up");
  CHECK(findings[0].subject == "bus");
  CHECK(findings[0].hint ==
        "record the follow-up under followups/ with subject: bus, year: 2026 and the `date` it "
        "was done");
}

TEST_CASE("follow_up.interval_months sets the window, at the follow_up key", "[gaps][G008]") {
  const Files files =
      gaps_base_with("agreements/bus.yaml", kBus + "follow_up:\n  interval_months: 6\n");
  CHECK(gaps_with(files, "G008", Date{2025, 9, 1}).empty());
  auto findings = gaps_with(files, "G008", Date{2025, 9, 2});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.line == 8);
  CHECK_THAT(findings[0].message, Catch::Contains("within the 6 months up to 2025-09-02"));
}

TEST_CASE("a follow-up without a date does not count", "[gaps][G008]") {
  auto findings = gaps_with(
      gaps_base_with("followups/bus-2025.yaml", "id: bus-2025\nsubject: bus\nyear: 2025\n"),
      "G008");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("(none is recorded)"));
}

TEST_CASE("a follow-up dated after the as-of date does not count", "[gaps][G008]") {
  CHECK(gaps_with(gaps_base(), "G008", Date{2025, 2, 28}).size() == 1);
}

TEST_CASE("the HÖK is followed up by the secretariat and reported to VIS", "[gaps][G008]") {
  auto files = gaps_base();
  files["agreements/hok.yaml"] =
      "id: hok\ntitle: Huvudöverenskommelse\nshort_name: HÖK\ntype: main-agreement\n"
      "status: in-force\nparties: [region, storsthlm]\nowner: samrad-barn\n";
  auto findings = gaps_with(files, "G008");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].subject == "hok");
  CHECK_THAT(findings[0].message,
             Catch::EndsWith("(none is recorded): VIS processledning follows it up and reports "
                             "to VIS"));
}

TEST_CASE("a guideline needs follow-up only when it has a follow_up policy", "[gaps][G008]") {
  const std::string guideline =
      "id: riktlinje\ntitle: Riktlinje\ntype: guideline\nstatus: in-force\n"
      "parties: [region, storsthlm]\nowner: samrad-barn\n";
  CHECK(gaps_with(gaps_base_with("agreements/riktlinje.yaml", guideline), "G008").empty());
  auto findings = gaps_with(
      gaps_base_with("agreements/riktlinje.yaml", guideline + "follow_up:\n  criteria: [x]\n"),
      "G008");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("within the 12 months"));
}

TEST_CASE("an agreement not in force needs no follow-up", "[gaps][G008]") {
  auto files = gaps_base();
  files.erase("followups/bus-2025.yaml");
  files["agreements/bus.yaml"] =
      "id: bus\ntitle: BUS\ntype: agreement\nstatus: under-revision\nparties: [region, borg]\n"
      "owner: samrad-barn\n";
  CHECK(gaps_with(files, "G008").empty());
}

TEST_CASE("a contract in force is followed up like an agreement (003 §3.1)", "[gaps][G008]") {
  const std::string contract =
      "id: fardtjanst\ntitle: Färdtjänst\ntype: contract\nstatus: in-force\n"
      "parties: [region, borg]\nowner: samrad-barn\n";
  auto findings = gaps_with(gaps_base_with("agreements/fardtjanst.yaml", contract), "G008");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].subject == "fardtjanst");
  CHECK_THAT(findings[0].message, Catch::EndsWith("(none is recorded): its owner 'Barn och unga' "
                                                  "follows it up"));
  auto files = gaps_base_with("agreements/fardtjanst.yaml", contract);
  files["followups/fardtjanst-2025.yaml"] =
      "id: fardtjanst-2025\nsubject: fardtjanst\nyear: 2025\ndate: 2025-05-01\n";
  CHECK(gaps_with(files, "G008").empty());
}
