// The secretariat's part of the annual report (reports/YYYY.md) in the paper — the proposed
// decision, the assessment or the marker where it belongs, the comments under the agreements, the
// header — and the report settings. The text itself is read and checked in the check layer
// (test_check_report_text.cpp).
#include <catch2/catch.hpp>

#include "app/validation.hpp"
#include "report/annual_report.hpp"
#include "report/secretariat_text.hpp"

namespace {

const hok::Registry& example() {
  static hok::ValidationResult validation = hok::validate_registry(HOK_SOURCE_DIR "/examples/minimal");
  return *validation.load.registry;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string render(const hok::ReportOptions& base, const std::string& language) {
  hok::ReportOptions options = base;
  options.year = 2026;
  options.as_of = hok::Date{2026, 12, 31};
  options.language = language;
  return hok::render_annual_report(example(), options, nullptr);
}

}  // namespace

TEST_CASE("the diarienummer comes from hok.yaml's report settings for the year", "[report][secretariat]") {
  const std::string settings = "hok: 1\nname: X\nreport:\n  diarienummer:\n    2025: VIS 2026/0012\n";
  CHECK(hok::diarienummer_setting(settings, 2025) == std::optional<std::string>("VIS 2026/0012"));
  CHECK_FALSE(hok::diarienummer_setting(settings, 2024));
  CHECK_FALSE(hok::diarienummer_setting("hok: 1\nname: X\n", 2025));
}

TEST_CASE("without the secretariat's part the paper proposes to file the report and marks the assessment",
          "[report][secretariat]") {
  hok::ReportOptions options;
  const std::string sv = render(options, "sv");
  CHECK(contains(sv, ">Förslag till beslut</h2>"));
  CHECK(contains(sv, "VIS politisk styrgrupp föreslås besluta"));
  CHECK(contains(sv, "att lägga rapporten till handlingarna."));
  CHECK(contains(sv, ">Sekretariatets bedömning</h2>"));
  CHECK(contains(sv, "Sekretariatets bedömning för 2026 är inte skriven ännu."));
  CHECK(contains(sv, "<p class=\"kind\">Tjänsteskrivelse</p>"));
  // The sender is the secretariat hok.yaml names, by its name; no diarienummer given.
  CHECK(contains(sv, "<th scope=\"row\">Från</th><td>VIS processledning"));
  CHECK(contains(sv, "inte angivet"));
  // The paper's parts come before the underlag, in the order of a tjänsteskrivelse.
  const auto errand = sv.find(">Ärende</h2>");
  const auto proposal = sv.find(">Förslag till beslut</h2>");
  const auto summary = sv.find(">Sammanfattning</h2>");
  const auto assessment = sv.find(">Sekretariatets bedömning</h2>");
  const auto underlag = sv.find(">Underlag</h2>");
  CHECK(errand < proposal);
  CHECK(proposal < summary);
  CHECK(summary < assessment);
  CHECK(assessment < underlag);
  const std::string en = render(options, "en");
  CHECK(contains(en, "to place the report on file."));
  CHECK(contains(en, "assessment for 2026 is not written yet."));
}

TEST_CASE("the secretariat's words are merged into the paper, escaped", "[report][secretariat]") {
  hok::FindingSink problems;
  hok::ReportOptions options;
  options.diarienummer = "VIS 2027/0003";
  options.made = hok::Date{2027, 2, 1};
  options.secretariat_text = hok::parse_secretariat_text(
      "reports/2027.md",
      "# Förslag till beslut\n- att godkänna uppföljningen <script>x</script>\n# Bedömning\nSamverkan **fungerar**.\n"
      "# Överenskommelser\n## hok-exempel\nFöljs upp i tid.\n",
      example(), problems);
  REQUIRE(problems.findings().empty());
  const std::string sv = render(options, "sv");
  CHECK(contains(sv, "<li>att godkänna uppföljningen"));
  CHECK_FALSE(contains(sv, "<script>x"));
  CHECK_FALSE(contains(sv, "att lägga rapporten till handlingarna"));
  CHECK(contains(sv, "Samverkan <strong>fungerar</strong>."));
  CHECK_FALSE(contains(sv, "är inte skriven ännu"));
  CHECK(contains(sv, ">Sekretariatets kommentarer</h3>"));
  CHECK(contains(sv, "Följs upp i tid."));
  CHECK(contains(sv, "VIS 2027/0003"));
  CHECK(contains(sv, "2027-02-01"));
}
