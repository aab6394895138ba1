#include <catch2/catch.hpp>

#include "test_gaps_support.hpp"

using hok::test::Files;
using hok::test::gaps_base;
using hok::test::gaps_with;

namespace {

Files base_without(const std::string& path) {
  Files files = gaps_base();
  files.erase(path);
  return files;
}

}  // namespace

TEST_CASE("a district without an active GSA is a gap at the district", "[gaps][G003]") {
  auto findings = gaps_with(base_without("functions/gsa-hamnen.yaml"), "G003");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "districts/hamnen.yaml");
  CHECK(findings[0].location.line == 1);
  CHECK(findings[0].message ==
        "Hamnen (district of Borg) has no active GSA: the region's care centres in the district "
        "appoint one");
  CHECK(findings[0].subject == "hamnen");
  CHECK(findings[0].hint ==
        "add a file under functions/ with roles: [gsa], area: hamnen, holder: the id of the care "
        "centre, and status: active");
}

TEST_CASE("a municipality without districts and without an active KSA is a gap",
          "[gaps][G002]") {
  auto findings = gaps_with(base_without("functions/ksa-dal.yaml"), "G002");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.file == "municipalities/dal.yaml");
  CHECK(findings[0].message == "Dal has no active KSA: the municipality appoints its KSA");
  CHECK(findings[0].subject == "dal");
}

TEST_CASE("a district's missing KSA names the municipality that appoints it", "[gaps][G002]") {
  auto findings = gaps_with(base_without("functions/ksa-hamnen.yaml"), "G002");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message ==
        "Hamnen (district of Borg) has no active KSA: Borg appoints the district's KSA");
}

TEST_CASE("a vacant or planned function does not fill the area", "[gaps][G002][G003]") {
  auto files = gaps_base();
  files["functions/gsa-dal.yaml"] = "id: gsa-dal\nroles: [gsa]\narea: dal\nstatus: vacant\n";
  auto findings = gaps_with(files, "G003");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].hint ==
        "function 'gsa-dal' is vacant: name the holder and set status: active once appointed");
  files["functions/ksa-dal.yaml"] =
      "id: ksa-dal\nroles: [ksa]\narea: dal\nholder: dal\nstatus: planned\n";
  CHECK(gaps_with(files, "G002").size() == 1);
}

TEST_CASE("a function in another area does not fill the area", "[gaps][G002]") {
  auto files = gaps_base();
  files["functions/ksa-dal.yaml"] =
      "id: ksa-dal\nroles: [ksa]\narea: hamnen\nholder: borg\nstatus: active\n";
  auto findings = gaps_with(files, "G002");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].subject == "dal");
}

TEST_CASE("in a municipality with coordination_by the coordinating organisation appoints",
          "[gaps][G002][G003]") {
  const Files files = base_without("functions/kson-norr.yaml");
  auto ksa = gaps_with(files, "G002");
  auto gsa = gaps_with(files, "G003");
  REQUIRE(ksa.size() == 1);
  REQUIRE(gsa.size() == 1);
  CHECK(ksa[0].message ==
        "Norr has no active KSA: KSON, which holds the whole coordination responsibility in "
        "Norr, appoints it");
  CHECK(gsa[0].subject == "norr");
}

TEST_CASE("a function of the coordinating organisation counts only for its roles",
          "[gaps][G002][G003]") {
  auto files = gaps_base();
  files["functions/kson-norr.yaml"] =
      "id: kson-norr\nroles: [ksa]\narea: norr\nholder: kson\nstatus: active\n";
  CHECK(gaps_with(files, "G002").empty());
  CHECK(gaps_with(files, "G003").size() == 1);
}

TEST_CASE("a municipality with districts is not itself a local area", "[gaps][G002][G003]") {
  // Borg has no function of its own in the base: only its district Hamnen has.
  CHECK(gaps_with(gaps_base(), "G002").empty());
  CHECK(gaps_with(gaps_base(), "G003").empty());
}
