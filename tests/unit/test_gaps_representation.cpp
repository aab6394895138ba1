#include <catch2/catch.hpp>

#include "test_gaps_support.hpp"

using hok::test::gaps_base;
using hok::test::gaps_base_with;
using hok::test::gaps_with;

namespace {

// VIS seating only the region, Storsthlm, Borg and Norr: Dal is seated nowhere.
const std::string kVisWithoutDal =
    "id: vis\nname: VIS politisk styrgrupp\nshort_name: VIS\ntype: political-steering\n"
    "status: active\nmembers:\n  - org: region\n  - org: storsthlm\n  - org: borg\n"
    "  - org: norr\n";

}  // namespace

TEST_CASE("a municipality seated in no regional group is reported as info", "[gaps][G013]") {
  auto files = gaps_base_with("groups/vis.yaml", kVisWithoutDal);
  files["groups/samrad-barn.yaml"] =
      "id: samrad-barn\nname: Barn\ntype: consultation-group\nstatus: active\n"
      "reports_to: tjanstestyrgrupp\n";
  auto findings = gaps_with(files, "G013");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == hok::Severity::Info);
  CHECK(findings[0].location.file == "municipalities/dal.yaml");
  CHECK(findings[0].location.line == 1);
  CHECK(findings[0].message ==
        "Dal is not seated in any active regional group (political or official steering, "
        "secretariat, consultation group): Storsthlm sees to the municipalities' representation");
  CHECK(findings[0].subject == "dal");
}

TEST_CASE("a seat in a consultation group counts as representation", "[gaps][G013]") {
  // samrad-barn seats Dal as a member.
  CHECK(gaps_with(gaps_base_with("groups/vis.yaml", kVisWithoutDal), "G013").empty());
  CHECK(gaps_with(gaps_base(), "G013").empty());
}

TEST_CASE("a secretariat node or core seat counts as representation", "[gaps][G013]") {
  auto files = gaps_base_with("groups/vis.yaml", kVisWithoutDal);
  files["groups/samrad-barn.yaml"] =
      "id: samrad-barn\nname: Barn\ntype: consultation-group\nstatus: active\n"
      "reports_to: tjanstestyrgrupp\nsecretariat_nodes:\n  - org: dal\n";
  CHECK(gaps_with(files, "G013").empty());
}

TEST_CASE("seats in paused or non-regional groups do not count", "[gaps][G013]") {
  auto files = gaps_base_with("groups/vis.yaml", kVisWithoutDal);
  files["groups/samrad-barn.yaml"] =
      "id: samrad-barn\nname: Barn\ntype: consultation-group\nstatus: paused\n"
      "reports_to: tjanstestyrgrupp\nmembers:\n  - org: dal\n";
  files["groups/ag.yaml"] =
      "id: ag\nname: Arbetsgrupp\ntype: working-group\nstatus: active\nreports_to: vis\n"
      "members:\n  - org: dal\n";
  CHECK(gaps_with(files, "G013").size() == 1);
}
