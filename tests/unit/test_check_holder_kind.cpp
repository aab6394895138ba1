#include <catch2/catch.hpp>

#include "test_support.hpp"

using hok::test::validate_findings;

namespace {

std::map<std::string, std::string> county() {
  return {
      {"subregions/sodra.yaml", "id: sodra\nname: Södra\n"},
      {"municipalities/nacka.yaml", "id: nacka\nname: Nacka\ncode: \"0182\"\nsubregion: sodra\n"},
      {"municipalities/stockholm.yaml",
       "id: stockholm\nname: Stockholm\ncode: \"0180\"\nsubregion: sodra\n"},
      {"districts/bromma.yaml", "id: bromma\nname: Bromma\nmunicipality: stockholm\n"},
      {"districts/farsta.yaml", "id: farsta\nname: Farsta\nmunicipality: stockholm\n"},
      {"organisations/slso.yaml", "id: slso\nname: SLSO\ntype: care-provider\nside: region\n"},
      {"organisations/vc-nacka.yaml",
       "id: vc-nacka\nname: Vårdcentral Nacka\ntype: care-centre\nside: region\n"},
      {"organisations/kson.yaml", "id: kson\nname: KSON\ntype: joint-authority\nside: joint\n"},
  };
}

std::map<std::string, std::string> with_function(const std::string& roles, const std::string& area,
                                                 const std::string& holder) {
  auto files = county();
  files["functions/f.yaml"] =
      "id: f\nroles: [" + roles + "]\narea: " + area + "\nholder: " + holder + "\nstatus: active\n";
  return files;
}

}  // namespace

TEST_CASE("a GSA held by a care provider is reported at the holder", "[check][E015]") {
  auto findings = validate_findings(with_function("gsa", "nacka", "slso"), "E015");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "functions/f.yaml");
  CHECK(findings[0].location.line == 4);
  CHECK(findings[0].location.column == 9);
  CHECK(findings[0].message ==
        "holder 'slso' is an organisation of type care-provider, but a GSA function must be held "
        "by a care centre or a joint authority");
  CHECK(findings[0].subject == "f");
}

TEST_CASE("a GSA held by a municipality is reported", "[check][E015]") {
  auto findings = validate_findings(with_function("gsa", "nacka", "nacka"), "E015");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("'nacka' is a municipality"));
}

TEST_CASE("a KSA held by a care centre is reported", "[check][E015]") {
  auto findings = validate_findings(with_function("ksa", "nacka", "vc-nacka"), "E015");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message,
             Catch::Contains("type care-centre") && Catch::Contains("a KSA function"));
}

TEST_CASE("a function in a municipality with districts is reported at the area", "[check][E015]") {
  auto findings = validate_findings(with_function("ksa", "stockholm", "stockholm"), "E015");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.line == 3);
  CHECK(findings[0].location.column == 7);
  CHECK_THAT(findings[0].message, Catch::Contains("'stockholm' is a municipality divided into "
                                                  "districts"));
  CHECK(findings[0].hint == "set area to one of its districts: bromma or farsta");
}

TEST_CASE("fitting holders in local areas are accepted", "[check][E015]") {
  CHECK(validate_findings(with_function("gsa", "nacka", "vc-nacka"), "E015").empty());
  CHECK(validate_findings(with_function("ksa", "bromma", "stockholm"), "E015").empty());
  CHECK(validate_findings(with_function("ksa, gsa", "nacka", "kson"), "E015").empty());
}

TEST_CASE("a holder that names no record is left to E007", "[check][E015]") {
  CHECK(validate_findings(with_function("gsa", "nacka", "vc-okand"), "E015").empty());
}
