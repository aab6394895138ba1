#include <catch2/catch.hpp>

#include "core/finding_catalog.hpp"
#include "test_gaps_support.hpp"

using hok::test::gaps_base_with;
using hok::test::gaps_with;

namespace {

const std::string kHead =
    "id: samrad-aldre\nname: Äldres hälsa\ntype: consultation-group\nreports_to: tjanstestyrgrupp\n";

}  // namespace

TEST_CASE("a consultation group being established with nothing in place names every part",
          "[gaps][G004]") {
  auto findings = gaps_with(
      gaps_base_with("groups/samrad-aldre.yaml", kHead + "status: establishing\n"), "G004");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "groups/samrad-aldre.yaml");
  CHECK(findings[0].location.line == 1);
  CHECK(findings[0].subject == "samrad-aldre");
  CHECK(findings[0].severity == hok::Severity::Warning);
  CHECK(findings[0].message ==
        "consultation group 'Äldres hälsa': not yet recorded: when its mandate was adopted, its "
        "chair, its process lead, representation from the region side and representation from "
        "the municipal side: VIS processledning collects from the group when its mandate was "
        "adopted; the group names its chair and process lead, whom it appoints itself; HSF names "
        "the region's seats; Storsthlm names the municipalities' seats");
}

TEST_CASE("a mandate without an adoption date is not an adopted mandate", "[gaps][G004]") {
  auto findings = gaps_with(
      gaps_base_with("groups/samrad-aldre.yaml",
                     kHead + "status: active\nmandate:\n  purposes: [close-care]\n"
                             "chair:\n  - org: hsf\nprocess_lead:\n  - org: borg\n"),
      "G004");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("not yet recorded: when its mandate was adopted: VIS processledning "
                                                  "collects"));
}

TEST_CASE("a consultation group with seats from one side only lacks the other",
          "[gaps][G004]") {
  auto findings = gaps_with(
      gaps_base_with("groups/samrad-aldre.yaml",
                     kHead + "status: active\nmandate:\n  adopted: 2024-01-10\n"
                             "chair:\n  - org: hsf\nprocess_lead:\n  - org: region\n"
                             "members:\n  - org: vc-dal\n"),
      "G004");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message,
             Catch::Contains("not yet recorded: representation from the municipal side: Storsthlm names"));
}

TEST_CASE("a joint organisation stands for both sides", "[gaps][G004]") {
  CHECK(gaps_with(gaps_base_with("groups/samrad-aldre.yaml",
                                 kHead + "status: active\nmandate:\n  adopted: 2024-01-10\n"
                                         "chair:\n  - org: kson\nprocess_lead:\n  - org: kson\n"),
                  "G004")
            .empty());
}

TEST_CASE("a planned or paused consultation group is not checked", "[gaps][G004]") {
  CHECK(gaps_with(gaps_base_with("groups/samrad-aldre.yaml", kHead + "status: planned\n"), "G004")
            .empty());
  CHECK(gaps_with(gaps_base_with("groups/samrad-aldre.yaml", kHead + "status: paused\n"), "G004")
            .empty());
}

TEST_CASE("other kinds of group need no consultation-group setup", "[gaps][G004]") {
  CHECK(gaps_with(gaps_base_with("groups/ag.yaml",
                                 "id: ag\nname: Arbetsgrupp\ntype: working-group\nstatus: active\n"
                                 "reports_to: samrad-barn\n"),
                  "G004")
            .empty());
}

TEST_CASE("what the group is recorded to lack is said as such, not as unknown", "[gaps][G004]") {
  // Seats from both sides (members), so only the mandate and the leads are at issue.
  const std::string seats = "members:\n  - org: hsf\n  - org: borg\n";
  SECTION("all three recorded as lacking") {
    auto findings = gaps_with(
        gaps_base_with("groups/samrad-aldre.yaml",
                       kHead + "status: establishing\nlacks: [mandate, chair, process_lead]\n" + seats),
        "G004");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message ==
          "the consultation group 'Äldres hälsa' has no adopted mandate, no chair and no process lead yet: "
          "the group drafts its mandate together with VIS processledning; the group appoints its chair and "
          "process lead");
  }
  SECTION("one recorded as lacking, two not recorded") {
    auto findings = gaps_with(
        gaps_base_with("groups/samrad-aldre.yaml", kHead + "status: establishing\nlacks: [chair]\n" + seats),
        "G004");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message ==
          "the consultation group 'Äldres hälsa' has no chair yet, and not yet recorded: when its mandate was "
          "adopted and its process lead: VIS processledning collects from the group when its mandate was "
          "adopted; the group names its chair and process lead, whom it appoints itself");
  }
  SECTION("the same in Swedish") {
    auto findings = gaps_with(
        gaps_base_with("groups/samrad-aldre.yaml",
                       kHead + "status: establishing\nlacks: [mandate, chair, process_lead]\n" + seats),
        "G004");
    REQUIRE(findings.size() == 1);
    hok::localize_findings(findings, *hok::FindingCatalog::find("sv"));
    CHECK(findings[0].message ==
          "samrådsgruppen 'Äldres hälsa' har ännu ingen antagen uppdragsbeskrivning, ingen ordförande och ingen "
          "processledare: gruppen tar fram sin uppdragsbeskrivning tillsammans med VIS processledning; gruppen "
          "utser sin ordförande och processledare");
  }
}
