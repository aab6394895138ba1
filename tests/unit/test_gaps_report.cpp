#include <algorithm>

#include <catch2/catch.hpp>

#include "app/validation.hpp"
#include "test_gaps_support.hpp"
#include "test_support.hpp"

using hok::Date;
using hok::Finding;
using hok::GapOptions;
using hok::Severity;
using hok::test::gaps_base;
using hok::test::gaps_base_with;
using hok::test::gaps_report;
using hok::test::kGapsAsOf;

namespace {

GapOptions as_of(Date date, int expiring_days = 0, std::vector<std::string> rules = {}) {
  GapOptions options;
  options.as_of = date;
  options.expiring_days = expiring_days;
  options.rules = std::move(rules);
  return options;
}

// The base without Dal's GSA: one G003 at districts-free municipality Dal.
hok::test::Files without_gsa_dal(const std::string& hok_yaml) {
  auto files = gaps_base_with("hok.yaml", hok_yaml);
  files.erase("functions/gsa-dal.yaml");
  return files;
}

const std::string kHokYaml = "hok: 1\nname: Test\nsecretariat: processledning\n";

}  // namespace

TEST_CASE("the gap tests' base registry validates without findings", "[gaps]") {
  hok::test::TempRegistry tree(gaps_base());
  const hok::ValidationResult result = hok::validate_registry(tree.root());
  for (const Finding& finding : result.findings) INFO(finding.code << " " << finding.message);
  CHECK(result.findings.empty());
}

TEST_CASE("the gap tests' base registry has no gap on its as-of date", "[gaps]") {
  const hok::GapReport report = gaps_report(gaps_base(), as_of(kGapsAsOf, 365));
  for (const Finding& finding : report.findings) INFO(finding.code << " " << finding.message);
  CHECK(report.findings.empty());
  CHECK(report.as_of == kGapsAsOf);
}

TEST_CASE("gaps are sorted by file, line and column", "[gaps]") {
  auto files = gaps_base();
  files.erase("functions/gsa-dal.yaml");
  files.erase("functions/ksa-hamnen.yaml");
  files.erase("followups/bus-2025.yaml");
  const auto findings = gaps_report(files, as_of(kGapsAsOf)).findings;
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].location.file == "agreements/bus.yaml");
  CHECK(findings[1].location.file == "districts/hamnen.yaml");
  CHECK(findings[2].location.file == "municipalities/dal.yaml");
}

TEST_CASE("hok.yaml's severity map changes a gap's severity", "[gaps]") {
  const auto findings =
      gaps_report(without_gsa_dal(kHokYaml + "severity:\n  G003: warning\n"), as_of(kGapsAsOf))
          .findings;
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == "G003");
  CHECK(findings[0].severity == Severity::Warning);
}

TEST_CASE("a gap rule turned off in hok.yaml reports nothing", "[gaps]") {
  CHECK(gaps_report(without_gsa_dal(kHokYaml + "severity:\n  G003: off\n"), as_of(kGapsAsOf))
            .findings.empty());
}

TEST_CASE("gaps keep their default severity without overrides", "[gaps]") {
  const auto findings = gaps_report(without_gsa_dal(kHokYaml), as_of(kGapsAsOf)).findings;
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::Error);
}

TEST_CASE("the rule filter keeps only the rules asked for", "[gaps]") {
  auto files = without_gsa_dal(kHokYaml);
  files.erase("followups/bus-2025.yaml");
  CHECK(gaps_report(files, as_of(kGapsAsOf)).findings.size() == 2);
  const auto findings = gaps_report(files, as_of(kGapsAsOf, 0, {"G008"})).findings;
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == "G008");
  CHECK(gaps_report(files, as_of(kGapsAsOf, 0, {"G016", "G017"})).findings.empty());
}

TEST_CASE("upcoming gaps stay info whatever the rule's severity", "[gaps]") {
  auto files = gaps_base_with("hok.yaml", kHokYaml + "severity:\n  G014: error\n");
  files["functions/ksa-dal.yaml"] =
      "id: ksa-dal\nroles: [ksa]\narea: dal\nholder: dal\nstatus: active\nreview_by: 2025-06-20\n";
  const auto findings = gaps_report(files, as_of(kGapsAsOf, 10)).findings;
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == "G014");
  CHECK(findings[0].severity == Severity::Info);
}

TEST_CASE("upcoming gaps of a rule turned off are left out", "[gaps]") {
  auto files = gaps_base_with("hok.yaml", kHokYaml + "severity:\n  G014: off\n");
  files["functions/ksa-dal.yaml"] =
      "id: ksa-dal\nroles: [ksa]\narea: dal\nholder: dal\nstatus: active\nreview_by: 2025-06-20\n";
  CHECK(gaps_report(files, as_of(kGapsAsOf, 10)).findings.empty());
}

TEST_CASE("without --expiring no upcoming gap is listed", "[gaps]") {
  auto files = gaps_base_with(
      "functions/ksa-dal.yaml",
      "id: ksa-dal\nroles: [ksa]\narea: dal\nholder: dal\nstatus: active\nreview_by: 2025-06-20\n");
  CHECK(gaps_report(files, as_of(kGapsAsOf)).findings.empty());
}

TEST_CASE("every gap names the record it is about", "[gaps]") {
  auto files = gaps_base();
  for (const char* path : {"functions/gsa-dal.yaml", "functions/ksa-hamnen.yaml",
                           "followups/bus-2025.yaml"}) {
    files.erase(path);
  }
  const auto findings = gaps_report(files, as_of(kGapsAsOf)).findings;
  REQUIRE(!findings.empty());
  CHECK(std::all_of(findings.begin(), findings.end(), [](const Finding& finding) {
    return finding.subject && !finding.subject->empty() && finding.location.line > 0;
  }));
}
