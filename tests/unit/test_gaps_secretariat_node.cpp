#include <catch2/catch.hpp>

#include "test_gaps_support.hpp"

using hok::test::gaps_base;
using hok::test::gaps_base_with;
using hok::test::gaps_with;

namespace {

const std::string kHead =
    "id: samrad-aldre\nname: Äldres hälsa\ntype: consultation-group\nreports_to: tjanstestyrgrupp\n";

}  // namespace

TEST_CASE("an active consultation group without a secretariat node is a gap", "[gaps][G005]") {
  auto findings =
      gaps_with(gaps_base_with("groups/samrad-aldre.yaml", kHead + "status: active\n"), "G005");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "groups/samrad-aldre.yaml");
  CHECK(findings[0].location.line == 1);
  CHECK(findings[0].message ==
        "consultation group 'Äldres hälsa' has no node in the secretariat: the group appoints "
        "1–2 node people to VIS processledning's outer circle");
  CHECK(findings[0].subject == "samrad-aldre");
}

TEST_CASE("a consultation group with a secretariat node is quiet", "[gaps][G005]") {
  CHECK(gaps_with(gaps_base(), "G005").empty());
  CHECK(gaps_with(gaps_base_with("groups/samrad-aldre.yaml",
                                 kHead + "status: establishing\nsecretariat_nodes:\n"
                                         "  - org: storsthlm\n"),
                  "G005")
            .empty());
}

TEST_CASE("a paused consultation group needs no secretariat node", "[gaps][G005]") {
  CHECK(gaps_with(gaps_base_with("groups/samrad-aldre.yaml", kHead + "status: paused\n"), "G005")
            .empty());
}
