#include <catch2/catch.hpp>

#include "model/registry.hpp"
#include "test_support.hpp"

using hok::test::TempRegistry;

TEST_CASE("kind directories and nouns go both ways", "[model][registry]") {
  REQUIRE(hok::all_kinds().size() == 10);
  for (hok::Kind kind : hok::all_kinds()) {
    CHECK(hok::kind_from_directory(hok::kind_directory(kind)) == kind);
  }
  CHECK(std::string(hok::kind_noun(hok::Kind::Followup)) == "follow-up");
  CHECK(std::string(hok::kind_noun(hok::Kind::Subregion)) == "sub-region");
  CHECK_FALSE(hok::kind_from_directory("registry").has_value());
}

TEST_CASE("lookups find records by id and kind", "[model][registry]") {
  TempRegistry tree({
      {"subregions/stad.yaml", "id: stad\nname: Stockholms stad\n"},
      {"municipalities/stockholm.yaml",
       "id: stockholm\nname: Stockholm\ncode: \"0180\"\nsubregion: stad\n"},
      {"districts/bromma.yaml", "id: bromma\nname: Bromma\nmunicipality: stockholm\n"},
      {"districts/farsta.yaml", "id: farsta\nname: Farsta\nmunicipality: stockholm\n"},
      {"functions/bromma-ksa.yaml",
       "id: bromma-ksa\nroles: [ksa]\narea: bromma\nholder: stockholm\n"},
  });
  auto result = tree.load();
  const hok::Registry& registry = *result.registry;
  CHECK(registry.record_count() == 5);
  CHECK(registry.find("bromma") != nullptr);
  CHECK(registry.find("nowhere") == nullptr);
  CHECK(registry.municipality("stockholm") != nullptr);
  CHECK(registry.municipality("bromma") == nullptr);
  CHECK(registry.district("bromma") != nullptr);
  CHECK(registry.districts_of("stockholm").size() == 2);
  CHECK(registry.all_ids().size() == 5);
  REQUIRE(registry.functions.size() == 1);
  CHECK(registry.functions[0].has_role("ksa"));
  CHECK_FALSE(registry.functions[0].has_role("gsa"));
  CHECK(registry.functions[0].status == "active");
}
