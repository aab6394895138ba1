// The secretariat's part of the annual report (reports/YYYY.md): its parts and comments read, each
// problem found at its line, and the paper's front — the proposed decision, the assessment or the
// marker where it belongs, the comments under the agreements, the header.
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

TEST_CASE("the three parts and a comment per agreement are read", "[report][secretariat]") {
  std::vector<hok::SecretariatTextProblem> problems;
  hok::SecretariatText text = hok::parse_secretariat_text(
      "\n# Förslag till beslut\n\n- att godkänna uppföljningen,\n- att ge tjänstestyrgruppen i uppdrag.\n\n"
      "# Bedömning\nSamverkan fungerar.\n\n```\n# inte en rubrik\n```\n"
      "# Överenskommelser\n\n## hok-exempel\nFöljs upp i tid.\n\n## riktlinje-samverkan\nRevideras 2027.\n",
      example(), problems);
  CHECK(problems.empty());
  REQUIRE(text.proposal);
  CHECK(*text.proposal == "- att godkänna uppföljningen,\n- att ge tjänstestyrgruppen i uppdrag.\n");
  REQUIRE(text.assessment);
  CHECK(contains(*text.assessment, "Samverkan fungerar."));
  CHECK(contains(*text.assessment, "# inte en rubrik"));  // fenced: text, not a part
  REQUIRE(text.comments.size() == 2);
  CHECK(text.comments.at("hok-exempel") == "Följs upp i tid.\n");
  CHECK(text.comments.at("riktlinje-samverkan") == "Revideras 2027.\n");
}

TEST_CASE("English part names are read as well", "[report][secretariat]") {
  std::vector<hok::SecretariatTextProblem> problems;
  hok::SecretariatText text = hok::parse_secretariat_text(
      "# Proposed decision\nto approve.\n# Assessment\nFine.\n# Agreements\n## hok-exempel\nOn time.\n", example(),
      problems);
  CHECK(problems.empty());
  CHECK(text.proposal == std::optional<std::string>("to approve.\n"));
  CHECK(text.assessment == std::optional<std::string>("Fine.\n"));
  CHECK(text.comments.count("hok-exempel") == 1);
}

TEST_CASE("each problem is found at its line", "[report][secretariat]") {
  std::vector<hok::SecretariatTextProblem> problems;
  hok::SecretariatText text = hok::parse_secretariat_text(
      "Inledning utan rubrik\n"             // 1: before the first part
      "# Bedömning\nBra.\n"                 // 2-3
      "# Slutsats\nText.\n"                 // 4: unknown part
      "# Överenskommelser\n"                // 6
      "Text utan överenskommelse\n"         // 7: no '## id'
      "## hok-exempell\nSkrivfel.\n"        // 8: unknown id, with a suggestion
      "## hok-exempel\nEtt.\n"              // 10
      "## hok-exempel\nTvå.\n"              // 12: twice
      "# Bedömning\nIgen.\n",               // 14: part twice
      example(), problems);
  REQUIRE(problems.size() == 6);
  CHECK(problems[0].line == 1);
  CHECK(contains(problems[0].message, "before the first part's heading"));
  CHECK(problems[1].line == 4);
  CHECK(contains(problems[1].message, "'# Slutsats' is no part of the report"));
  CHECK(problems[2].line == 7);
  CHECK(contains(problems[2].message, "'## ' and the agreement's id"));
  CHECK(problems[3].line == 8);
  CHECK(contains(problems[3].message, "'hok-exempell' is no agreement in the registry (did you mean 'hok-exempel'?)"));
  CHECK(problems[4].line == 12);
  CHECK(contains(problems[4].message, "commented twice"));
  CHECK(problems[5].line == 14);
  CHECK(contains(problems[5].message, "written twice"));
  CHECK(text.comments.at("hok-exempel") == "Ett.\n");
}

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
  std::vector<hok::SecretariatTextProblem> problems;
  hok::ReportOptions options;
  options.diarienummer = "VIS 2027/0003";
  options.made = hok::Date{2027, 2, 1};
  options.secretariat_text = hok::parse_secretariat_text(
      "# Förslag till beslut\n- att godkänna uppföljningen <script>x</script>\n# Bedömning\nSamverkan **fungerar**.\n"
      "# Överenskommelser\n## hok-exempel\nFöljs upp i tid.\n",
      example(), problems);
  REQUIRE(problems.empty());
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
