#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "core/rule_catalog.hpp"

using namespace hok;

TEST_CASE("every rule code is unique and documented in docs/rules.md", "[rules]") {
  std::ifstream file(std::string(HOK_SOURCE_DIR) + "/docs/rules.md");
  REQUIRE(file.good());
  std::stringstream text;
  text << file.rdbuf();
  std::set<std::string_view> codes;
  for (const RuleInfo& rule : rule_catalog()) {
    CHECK(codes.insert(rule.code).second);
    INFO(rule.code);
    CHECK(text.str().find("| " + std::string(rule.code) + " | " + std::string(rule.name) + " |") != std::string::npos);
  }
  CHECK(codes.size() == 34);
}

TEST_CASE("an unknown code has a name and a default severity", "[rules]") {
  CHECK(rule_name("X999") == "unknown");
  CHECK(default_severity("E011") == Severity::Warning);
  CHECK(default_severity("G013") == Severity::Info);
}
