#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "test_gaps_support.hpp"

using hok::test::Files;
using hok::test::gaps_base_with;
using hok::test::gaps_with;

namespace {

std::string bus(const std::string& status, const std::string& parties,
                const std::string& adoption) {
  return "id: bus\ntitle: Överenskommelse om barn och unga\nshort_name: BUS\ntype: agreement\n"
         "status: " + status + "\nparties: [" + parties + "]\nowner: samrad-barn\n" + adoption;
}

const std::string kBorgAdopted =
    "adoption:\n  required: true\n  decisions:\n    - party: borg\n      date: 2022-03-01\n"
    "    - party: region\n";

}  // namespace

TEST_CASE("municipal parties without an adoption decision are named", "[gaps][G010]") {
  auto findings = gaps_with(
      gaps_base_with("agreements/bus.yaml", bus("in-force", "region, borg, dal, norr", kBorgAdopted)),
      "G010");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "agreements/bus.yaml");
  CHECK(findings[0].location.line == 8);
  CHECK(findings[0].message ==
        "agreement 'BUS' must be adopted by every municipality, but 2 municipalities have no "
        "recorded decision: Dal and Norr: each of them adopts it, and the decision is recorded "
        "here");
  CHECK(findings[0].subject == "bus");
}

TEST_CASE("only the municipalities among the parties must adopt", "[gaps][G010]") {
  CHECK(gaps_with(gaps_base_with("agreements/bus.yaml", bus("in-force", "region, borg", kBorgAdopted)),
                  "G010")
            .empty());
  auto findings = gaps_with(
      gaps_base_with("agreements/bus.yaml", bus("in-force", "region, borg, dal", kBorgAdopted)),
      "G010");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("but 1 municipality has no recorded decision: Dal:"));
}

TEST_CASE("parties naming no municipality mean every municipality", "[gaps][G010]") {
  auto findings = gaps_with(
      gaps_base_with("agreements/bus.yaml", bus("in-force", "region, storsthlm", kBorgAdopted)),
      "G010");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("2 municipalities have no recorded decision: "
                                                  "Dal and Norr"));
}

TEST_CASE("a decision without a date counts as adopted", "[gaps][G010]") {
  CHECK(gaps_with(gaps_base_with("agreements/bus.yaml",
                                 bus("in-force", "region, borg",
                                     "adoption:\n  required: true\n  decisions:\n"
                                     "    - party: borg\n")),
                  "G010")
            .empty());
}

TEST_CASE("no adoption is missing when none is required or the agreement is not in force",
          "[gaps][G010]") {
  const std::string not_required = "adoption:\n  required: false\n";
  CHECK(gaps_with(gaps_base_with("agreements/bus.yaml", bus("in-force", "region, dal", not_required)),
                  "G010")
            .empty());
  CHECK(gaps_with(gaps_base_with("agreements/bus.yaml", bus("draft", "region, dal", kBorgAdopted)),
                  "G010")
            .empty());
}

TEST_CASE("past ten missing municipalities the rest are counted", "[gaps][G010]") {
  Files files = gaps_base_with("agreements/bus.yaml", bus("in-force", "region, storsthlm", kBorgAdopted));
  for (int index = 1; index <= 10; ++index) {
    const std::string id = fmt::format("kommun-{:02}", index);
    files["municipalities/" + id + ".yaml"] =
        fmt::format("id: {}\nname: Kommun {:02}\ncode: \"02{:02}\"\nsubregion: sodra\n", id,
                    index, index);
  }
  auto findings = gaps_with(files, "G010");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message,
             Catch::Contains("12 municipalities have no recorded decision: Dal, Kommun 01, ") &&
                 Catch::Contains("Kommun 08, Kommun 09 and 2 more:"));
}
