#include <catch2/catch.hpp>

#include "test_gaps_support.hpp"

using hok::test::gaps_base_with;
using hok::test::gaps_with;

namespace {

std::string agreement(const std::string& status, const std::string& owner_line) {
  return "id: bus\ntitle: Överenskommelse om barn och unga\nshort_name: BUS\ntype: agreement\n"
         "status: " + status + "\nparties: [region, borg]\n" + owner_line;
}

const std::string kForum =
    "id: bussam\nname: BUSSAM\ntype: legacy-forum\nstatus: active\nreports_to: tjanstestyrgrupp\n";

}  // namespace

TEST_CASE("an agreement in force without owner is a gap at its id", "[gaps][G001]") {
  auto findings = gaps_with(gaps_base_with("agreements/bus.yaml", agreement("in-force", "")), "G001");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "agreements/bus.yaml");
  CHECK(findings[0].location.line == 1);
  CHECK(findings[0].message ==
        "agreement 'BUS' has no owner: VIS tjänstestyrgrupp assigns a consultation group to "
        "manage and follow it up");
  CHECK(findings[0].subject == "bus");
  CHECK(findings[0].severity == hok::Severity::Error);
}

TEST_CASE("an agreement under revision without owner is a gap", "[gaps][G001]") {
  CHECK(gaps_with(gaps_base_with("agreements/bus.yaml", agreement("under-revision", "")), "G001")
            .size() == 1);
}

TEST_CASE("a draft or expired agreement needs no owner", "[gaps][G001]") {
  CHECK(gaps_with(gaps_base_with("agreements/bus.yaml", agreement("draft", "")), "G001").empty());
  CHECK(gaps_with(gaps_base_with("agreements/bus.yaml", agreement("expired", "")), "G001").empty());
}

TEST_CASE("an agreement owned by a legacy forum is a gap at the owner", "[gaps][G001]") {
  auto files = gaps_base_with("agreements/bus.yaml", agreement("in-force", "owner: bussam\n"));
  files["groups/bussam.yaml"] = kForum;
  auto findings = gaps_with(files, "G001");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.line == 7);
  CHECK(findings[0].location.column == 8);
  CHECK(findings[0].message ==
        "agreement 'BUS' is owned by 'BUSSAM', a legacy forum that is active, not by an active "
        "consultation group: VIS tjänstestyrgrupp assigns a consultation group to manage and "
        "follow it up");
}

TEST_CASE("an agreement owned by a paused consultation group is a gap", "[gaps][G001]") {
  auto files = gaps_base_with("agreements/bus.yaml", agreement("in-force", "owner: samrad-aldre\n"));
  files["groups/samrad-aldre.yaml"] =
      "id: samrad-aldre\nname: Äldres hälsa\ntype: consultation-group\nstatus: paused\n"
      "reports_to: tjanstestyrgrupp\n";
  auto findings = gaps_with(files, "G001");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("'Äldres hälsa', a consultation group that is "
                                                  "paused"));
}

TEST_CASE("an agreement owned by a consultation group being established has its owner",
          "[gaps][G001]") {
  auto files = gaps_base_with("agreements/bus.yaml", agreement("in-force", "owner: samrad-aldre\n"));
  files["groups/samrad-aldre.yaml"] =
      "id: samrad-aldre\nname: Äldres hälsa\ntype: consultation-group\nstatus: establishing\n"
      "reports_to: tjanstestyrgrupp\n";
  CHECK(gaps_with(files, "G001").empty());
}

namespace {

std::string main_agreement(const std::string& type, const std::string& owner_line) {
  return "id: hok\ntitle: Huvudöverenskommelse\nshort_name: HÖK\ntype: " + type +
         "\nstatus: in-force\nparties: [region, borg]\n" + owner_line;
}

}  // namespace

TEST_CASE("the main agreement and its guideline are owned by the official steering group",
          "[gaps][G001]") {
  for (const char* type : {"main-agreement", "guideline"}) {
    INFO(type);
    CHECK(gaps_with(gaps_base_with("agreements/hok.yaml",
                                   main_agreement(type, "owner: tjanstestyrgrupp\n")),
                    "G001")
              .empty());
  }
}

TEST_CASE("the main agreement without owner names the official steering group", "[gaps][G001]") {
  auto findings = gaps_with(gaps_base_with("agreements/hok.yaml", main_agreement("main-agreement", "")), "G001");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.line == 1);
  CHECK(findings[0].message ==
        "agreement 'HÖK' has no owner: the main agreement and its guideline are owned by VIS "
        "tjänstestyrgrupp, which is recorded as their owner");
  CHECK(findings[0].hint == "add `owner:` with the id of the official steering group");
}

TEST_CASE("a guideline owned by a consultation group is a gap at the owner", "[gaps][G001]") {
  auto findings = gaps_with(
      gaps_base_with("agreements/hok.yaml", main_agreement("guideline", "owner: samrad-barn\n")), "G001");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.line == 7);
  CHECK_THAT(findings[0].message,
             Catch::Contains("a consultation group that is active, not by the active official "
                             "steering group: the main agreement and its guideline are owned by "
                             "VIS tjänstestyrgrupp"));
}

TEST_CASE("an agreement owned by the official steering group still needs a consultation group",
          "[gaps][G001]") {
  auto findings = gaps_with(
      gaps_base_with("agreements/bus.yaml", agreement("in-force", "owner: tjanstestyrgrupp\n")), "G001");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message,
             Catch::Contains("'VIS tjänstestyrgrupp', an official steering group that is active, "
                             "not by an active consultation group"));
}
