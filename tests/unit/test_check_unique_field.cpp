#include <catch2/catch.hpp>

#include "test_support.hpp"

using hok::test::validate_findings;

namespace {

std::string municipality(const std::string& id, const std::string& code) {
  return "id: " + id + "\nname: " + id + "\ncode: \"" + code + "\"\nsubregion: sodra\n";
}

}  // namespace

TEST_CASE("two municipalities with one SCB code are reported at the second", "[check][E013]") {
  auto findings = validate_findings({{"subregions/sodra.yaml", "id: sodra\nname: Södra\n"},
                                     {"municipalities/nacka.yaml", municipality("nacka", "0182")},
                                     {"municipalities/salem.yaml", municipality("salem", "0182")}},
                                    "E013");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "municipalities/salem.yaml");
  CHECK(findings[0].location.line == 3);
  CHECK(findings[0].location.column == 7);
  CHECK_THAT(findings[0].message, Catch::Contains("'0182'") && Catch::Contains("'nacka'") &&
                                      Catch::Contains("municipalities/nacka.yaml:3"));
  CHECK(findings[0].subject == "salem");
}

TEST_CASE("municipalities with codes of their own are accepted", "[check][E013]") {
  CHECK(validate_findings({{"subregions/sodra.yaml", "id: sodra\nname: Södra\n"},
                           {"municipalities/nacka.yaml", municipality("nacka", "0182")},
                           {"municipalities/salem.yaml", municipality("salem", "0128")}},
                          "E013")
            .empty());
}
