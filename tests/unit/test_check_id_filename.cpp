#include <catch2/catch.hpp>

#include "test_support.hpp"

using hok::test::validate_findings;

TEST_CASE("an id that differs from the file name is reported at the id", "[check][E005]") {
  auto findings = validate_findings(
      {{"subregions/sodra.yaml", "name: Södra länet\nid: sodra-lanet\n"}}, "E005");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "subregions/sodra.yaml");
  CHECK(findings[0].location.line == 2);
  CHECK(findings[0].location.column == 5);
  CHECK_THAT(findings[0].message, Catch::Contains("'sodra-lanet'") &&
                                      Catch::Contains("'sodra.yaml'") &&
                                      Catch::Contains("must be the same as its file name"));
  CHECK(findings[0].subject == "sodra-lanet");
}

TEST_CASE("an id equal to the file name in a sub-folder is accepted", "[check][E005]") {
  CHECK(validate_findings({{"subregions/lan/sodra.yaml", "id: sodra\nname: Södra länet\n"}}, "E005")
            .empty());
}

TEST_CASE("a record without an id takes its file name and is not reported", "[check][E005]") {
  CHECK(validate_findings({{"subregions/sodra.yaml", "name: Södra länet\n"}}, "E005").empty());
}
