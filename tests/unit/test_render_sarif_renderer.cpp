#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/rule_catalog.hpp"
#include "render/sarif_renderer.hpp"

namespace {

std::vector<hok::Finding> findings() {
  hok::Finding reference{"E007", hok::Severity::Error, {"agreements/bus.yaml", 7, 8, 11},
                         "owner 'samrad-barn' names no record", "did you mean 'samrad-barn-unga'?", "bus"};
  hok::Finding stray{"E011", hok::Severity::Warning, {"groups/x y.yml", 0, 0, 0}, "not read", std::nullopt,
                     std::nullopt};
  return {reference, stray};
}

}  // namespace

TEST_CASE("SARIF names the tool, its version and the validate rules", "[render][sarif_renderer]") {
  auto log = nlohmann::json::parse(hok::render_sarif(findings(), {"1.2.3-4-gabc", "", "E"}));
  CHECK(log["version"] == "2.1.0");
  REQUIRE(log["runs"].size() == 1);
  const auto& driver = log["runs"][0]["tool"]["driver"];
  CHECK(driver["name"] == "hok");
  CHECK(driver["version"] == "1.2.3-4-gabc");
  std::size_t validate_rules = 0;
  for (const auto& rule : hok::rule_catalog()) validate_rules += rule.code.starts_with("E") ? 1 : 0;
  REQUIRE(driver["rules"].size() == validate_rules);
  CHECK(driver["rules"][6]["id"] == "E007");
  CHECK(driver["rules"][6]["name"] == "unresolved-reference");
  CHECK(driver["rules"][6]["shortDescription"]["text"].get<std::string>().size() > 0);
  CHECK(driver["rules"][6]["defaultConfiguration"]["level"] == "error");
  CHECK(driver["rules"][10]["defaultConfiguration"]["level"] == "warning");
}

TEST_CASE("a SARIF result carries rule, level, message and a region", "[render][sarif_renderer]") {
  auto log = nlohmann::json::parse(hok::render_sarif(findings(), {"1", "data/", "E"}));
  const auto& results = log["runs"][0]["results"];
  REQUIRE(results.size() == 2);
  CHECK(results[0]["ruleId"] == "E007");
  CHECK(results[0]["ruleIndex"] == 6);
  CHECK(results[0]["level"] == "error");
  CHECK(results[0]["message"]["text"] == "owner 'samrad-barn' names no record (did you mean 'samrad-barn-unga'?)");
  const auto& location = results[0]["locations"][0]["physicalLocation"];
  CHECK(location["artifactLocation"]["uri"] == "data/agreements/bus.yaml");
  CHECK(location["region"]["startLine"] == 7);
  CHECK(location["region"]["startColumn"] == 8);
  CHECK(location["region"]["endColumn"] == 19);
  CHECK(results[0]["properties"]["subject"] == "bus");
}

TEST_CASE("a finding about a whole file has no region, and its path is a URI", "[render][sarif_renderer]") {
  auto log = nlohmann::json::parse(hok::render_sarif(findings(), {"1", "", "E"}));
  const auto& location = log["runs"][0]["results"][1]["locations"][0]["physicalLocation"];
  CHECK(location["artifactLocation"]["uri"] == "groups/x%20y.yml");
  CHECK_FALSE(location.contains("region"));
  CHECK(log["runs"][0]["results"][1]["level"] == "warning");
  CHECK(hok::relative_path_uri("groups/å.yaml") == "groups/%C3%A5.yaml");
}

TEST_CASE("a waived gap is a suppressed result", "[render][sarif_renderer]") {
  hok::Finding gap{"G001", hok::Severity::Error, {"agreements/bus.yaml", 1, 1, 0}, "no owner", std::nullopt, "bus"};
  gap.waived_reason = "new group";
  gap.waived_until = "2030-01-01";
  auto log = nlohmann::json::parse(hok::render_sarif({gap}, {"1", "", ""}));
  const auto& result = log["runs"][0]["results"][0];
  CHECK(result["suppressions"][0]["kind"] == "external");
  CHECK(result["suppressions"][0]["justification"] == "waived until 2030-01-01: new group");
  CHECK(log["runs"][0]["tool"]["driver"]["rules"].size() == hok::rule_catalog().size());
}
