#include <catch2/catch.hpp>

#include "test_gaps_support.hpp"

using hok::test::gaps_base_with;
using hok::test::gaps_with;

namespace {

std::string bus(const std::string& status, const std::string& adoption) {
  return "id: bus\ntitle: Överenskommelse om barn och unga\nshort_name: BUS\ntype: agreement\n"
         "status: " + status + "\nparties: [region, borg, dal]\nowner: samrad-barn\n" + adoption;
}

const std::string kDecisions =
    "adoption:\n  required: true\n  decisions:\n    - party: borg\n      date: 2022-03-01\n"
    "    - party: dal\n    - party: region\n      body: Regionfullmäktige\n";

}  // namespace

TEST_CASE("each decision without a date is named once, at its party", "[gaps][G018]") {
  auto findings = gaps_with(gaps_base_with("agreements/bus.yaml", bus("in-force", kDecisions)), "G018");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].location.file == "agreements/bus.yaml");
  CHECK(findings[0].location.line == 13);
  CHECK(findings[0].location.column == 14);
  CHECK(findings[0].severity == hok::Severity::Info);
  CHECK(findings[0].subject == "bus");
  CHECK(findings[0].message ==
        "agreement 'BUS': the date of Dal's decision to adopt it is not yet recorded: VIS "
        "processledning collects it from Dal");
  CHECK(findings[0].hint ==
        "add `date:` to the decision with party: dal under adoption.decisions (and `body:` and "
        "`reference:` when known)");
  CHECK(findings[1].location.line == 14);
  CHECK_THAT(findings[1].message, Catch::Contains("the date of Regionen's decision"));
}

TEST_CASE("decisions with dates, or agreements not in force, are quiet", "[gaps][G018]") {
  const std::string dated =
      "adoption:\n  required: true\n  decisions:\n    - party: borg\n      date: 2022-03-01\n";
  CHECK(gaps_with(gaps_base_with("agreements/bus.yaml", bus("in-force", dated)), "G018").empty());
  CHECK(gaps_with(gaps_base_with("agreements/bus.yaml", bus("draft", kDecisions)), "G018").empty());
  CHECK(gaps_with(gaps_base_with("agreements/bus.yaml", bus("in-force", "")), "G018").empty());
}

TEST_CASE("a decision without a date is not a missing decision", "[gaps][G010]") {
  CHECK(gaps_with(gaps_base_with("agreements/bus.yaml", bus("in-force", kDecisions)), "G010").empty());
}
