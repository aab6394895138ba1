// Each rule is stated once, in rules/<code>.json: the catalogue read from those files, the check
// tables and the catalogues' words kept in step with it.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "check/check.hpp"
#include "core/catalogue.hpp"
#include "core/error.hpp"
#include "core/rule_catalog.hpp"
#include "gaps/gap_check.hpp"

using namespace hok;

TEST_CASE("every rule file is read, once per code, in code order", "[rules]") {
  std::set<std::string> codes;
  std::string previous;
  for (const RuleInfo& rule : rule_catalog()) {
    INFO(rule.code);
    CHECK(codes.insert(rule.code).second);
    CHECK(previous < rule.code);
    previous = rule.code;
    CHECK_FALSE(rule.summary.empty());
    CHECK_FALSE(rule.finds.empty());
    CHECK(find_rule(rule.code) == &rule);
  }
  CHECK(codes.size() == 34);
  CHECK(rule_name("E007") == "unresolved-reference");
}

TEST_CASE("an unknown code has a name and a default severity", "[rules]") {
  CHECK(rule_name("X999") == "unknown");
  CHECK(find_rule("E0") == nullptr);
  CHECK(find_rule("G999") == nullptr);
  CHECK(default_severity("E011") == Severity::Warning);
  CHECK(default_severity("G013") == Severity::Info);
}

TEST_CASE("only the rules meaning 'this file was not read' have a fixed severity", "[rules]") {
  std::set<std::string> fixed;
  for (const RuleInfo& rule : rule_catalog()) {
    if (!can_change_severity(rule.code)) fixed.insert(rule.code);
  }
  CHECK(fixed == std::set<std::string>{"E001", "E003", "E012"});
  CHECK(can_change_severity("X999"));
}

TEST_CASE("the check tables run exactly the rules whose files say so", "[rules]") {
  std::set<std::string> in_files_check, in_files_gaps, in_tables_check, in_tables_gaps;
  for (const RuleInfo& rule : rule_catalog()) {
    if (rule.stage == "check") in_files_check.insert(rule.code);
    if (rule.stage == "gaps") in_files_gaps.insert(rule.code);
  }
  for (const Check& check : validate_checks()) CHECK(in_tables_check.insert(check.code).second);
  for (const GapCheck& check : gap_checks()) CHECK(in_tables_gaps.insert(check.code).second);
  CHECK(in_tables_check == in_files_check);
  CHECK(in_tables_gaps == in_files_gaps);
}

TEST_CASE("every rule has its words in every language, and every rule's word has its rule", "[rules]") {
  const std::regex rule_key("([EG][0-9]{3})\\..+");
  for (const std::string& language : catalogue_languages()) {
    const Catalogue& catalogue = *builtin_catalogue(language);
    std::set<std::string> with_words;
    for (const auto& [key, text] : catalogue.space("finding")) {
      std::smatch match;
      if (!std::regex_match(key, match, rule_key)) continue;
      INFO(language << ": " << key);
      CHECK(find_rule(match[1].str()) != nullptr);
      with_words.insert(match[1].str());
    }
    for (const RuleInfo& rule : rule_catalog()) {
      INFO(language << ": " << rule.code);
      CHECK(with_words.count(rule.code) == 1);
    }
  }
}

TEST_CASE("a broken rule file is refused with where and why", "[rules]") {
  const std::string good =
      R"({"code": "E099", "name": "some-rule", "severity": "error", "stage": "check", "subject": "record",
          "summary": "s", "finds": "f"})";
  RuleInfo rule = parse_rule(good, "rules/E099.json");
  CHECK(rule.code == "E099");
  CHECK_FALSE(rule.severity_fixed);
  auto refused = [&](const std::string& from, const std::string& to, const std::string& why) {
    std::string text = good;
    text.replace(text.find(from), from.size(), to);
    INFO(text);
    CHECK_THROWS_WITH(parse_rule(text, "rules/E099.json"), Catch::Matchers::Contains(why) && Catch::Matchers::Contains("rules/E099.json"));
  };
  refused(R"("error")", R"("fatal")", "none of error, warning, info");
  refused(R"("check")", R"("gaps")", "a G code is found by gaps or waivers");
  refused(R"("check")", R"("lint")", "none of load, check, gaps, waivers");
  refused(R"("some-rule")", R"("Some Rule")", "lower-case words");
  refused(R"("E099")", R"("X1")", "not a letter E or G");
  refused(R"("summary": "s")", R"("summary": 3)", "'summary' must be a text");
  refused(R"("finds": "f")", R"("finds": "f", "text": "x")", "unknown field 'text'");
  CHECK_THROWS_AS(parse_rule("[]", "x"), HokError);
}
