#include <catch2/catch.hpp>

#include "test_support.hpp"

using hok::test::validate_findings;

namespace {

const char* const subregion = "id: sodra\nname: Södra länet\n";
const char* const nacka = "id: nacka\nname: Nacka\ncode: \"0182\"\nsubregion: sodra\n";

std::string agreement_owned_by(const std::string& owner) {
  return "id: bus\ntitle: BUS\ntype: agreement\nstatus: in-force\nowner: " + owner + "\n";
}

}  // namespace

TEST_CASE("a reference to a record of the wrong kind names both kinds", "[check][E008]") {
  auto findings = validate_findings({{"subregions/sodra.yaml", subregion},
                                     {"municipalities/nacka.yaml", nacka},
                                     {"agreements/bus.yaml", agreement_owned_by("nacka")}},
                                    "E008");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "agreements/bus.yaml");
  CHECK(findings[0].location.line == 5);
  CHECK(findings[0].location.column == 8);
  CHECK(findings[0].message == "owner 'nacka' is a municipality, but owner must name a group");
  CHECK(findings[0].subject == "bus");
}

TEST_CASE("a reference to an unreadable file of the wrong kind is still reported",
          "[check][E008]") {
  auto findings = validate_findings({{"municipalities/nacka.yaml", "name: [unclosed\n"},
                                     {"agreements/bus.yaml", agreement_owned_by("nacka")}},
                                    "E008");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("is a municipality"));
}

TEST_CASE("a municipality is accepted where organisations or municipalities are allowed",
          "[check][E008]") {
  CHECK(validate_findings({{"subregions/sodra.yaml", subregion},
                           {"municipalities/nacka.yaml", nacka},
                           {"organisations/nacka-aldre.yaml",
                            "id: nacka-aldre\nname: Äldreenheten\ntype: municipal-unit\n"
                            "side: municipal\nparent: nacka\nmunicipality: nacka\n"}},
                          "E008")
            .empty());
}
