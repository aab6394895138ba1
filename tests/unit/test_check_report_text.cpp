// The secretariat's part of the annual report (reports/YYYY.md), read and checked in the check
// layer: its parts and comments read, each problem a finding of an existing rule at its line (the
// same code `hok validate` and `hok report` run), and the loader reading every reports/YYYY.md of
// the working tree into the registry's files, within a record's limits.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>

#include "app/validation.hpp"
#include "check/report_text.hpp"
#include "core/byte_scan.hpp"
#include "render/finding_renderer.hpp"
#include "test_support.hpp"

namespace {

const hok::Registry& example() {
  static hok::ValidationResult validation = hok::validate_registry(HOK_SOURCE_DIR "/examples/minimal");
  return *validation.load.registry;
}

hok::SecretariatText parse(const std::string& text, std::vector<hok::Finding>& findings) {
  hok::FindingSink sink;
  hok::SecretariatText result = hok::parse_secretariat_text("reports/2026.md", text, example(), sink);
  findings = sink.findings();
  hok::sort_findings(findings);
  return result;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::vector<hok::Finding> in_reports(const std::vector<hok::Finding>& findings) {
  std::vector<hok::Finding> result;
  for (const hok::Finding& finding : findings) {
    if (finding.location.file.rfind("reports/", 0) == 0) result.push_back(finding);
  }
  return result;
}

}  // namespace

TEST_CASE("the three parts and a comment per agreement are read", "[check][secretariat]") {
  std::vector<hok::Finding> findings;
  hok::SecretariatText text = parse(
      "\n# Förslag till beslut\n\n- att godkänna uppföljningen,\n- att ge tjänstestyrgruppen i uppdrag.\n\n"
      "# Bedömning\nSamverkan fungerar.\n\n```\n# inte en rubrik\n```\n"
      "# Överenskommelser\n\n## hok-exempel\nFöljs upp i tid.\n\n## riktlinje-samverkan ##\nRevideras 2027.\n",
      findings);
  CHECK(findings.empty());
  REQUIRE(text.proposal);
  CHECK(*text.proposal == "- att godkänna uppföljningen,\n- att ge tjänstestyrgruppen i uppdrag.\n");
  REQUIRE(text.assessment);
  CHECK(contains(*text.assessment, "Samverkan fungerar."));
  CHECK(contains(*text.assessment, "# inte en rubrik"));  // fenced: text, not a part
  REQUIRE(text.comments.size() == 2);
  CHECK(text.comments.at("hok-exempel") == "Följs upp i tid.\n");
  CHECK(text.comments.at("riktlinje-samverkan") == "Revideras 2027.\n");  // a closing ## is no part of the id
}

TEST_CASE("English part names are read as well", "[check][secretariat]") {
  std::vector<hok::Finding> findings;
  hok::SecretariatText text =
      parse("# Proposed decision\nto approve.\n# Assessment\nFine.\n# Agreements\n## hok-exempel\nOn time.\n", findings);
  CHECK(findings.empty());
  CHECK(text.proposal == std::optional<std::string>("to approve.\n"));
  CHECK(text.assessment == std::optional<std::string>("Fine.\n"));
  CHECK(text.comments.count("hok-exempel") == 1);
}

TEST_CASE("each problem is a finding of an existing rule at its line and column", "[check][secretariat]") {
  std::vector<hok::Finding> findings;
  hok::SecretariatText text = parse(
      "Inledning utan rubrik\n"             // 1: before the first part
      "# Bedömning\nBra.\n"                 // 2-3
      "# Slutsats\nText.\n"                 // 4: unknown part
      "# Överenskommelser\n"                // 6
      "Text utan överenskommelse\n"         // 7: no '## id'
      "## hok-exempell\nSkrivfel.\n"        // 8: unknown id, with a suggestion
      "## hok-exempel\nEtt.\n"              // 10
      "## hok-exempel\nTvå.\n"              // 12: twice
      "# Bedömning\nIgen.\n"                // 14: part twice
      "# Överenskommelser\n"                // 16: part twice
      "## alvby\nFel slag.\n",              // 17: a municipality, not an agreement
      findings);
  REQUIRE(findings.size() == 8);
  for (const hok::Finding& finding : findings) {
    CHECK(finding.location.file == "reports/2026.md");
    CHECK(finding.severity == hok::Severity::Error);
  }
  CHECK(findings[0].code == "E004");
  CHECK(findings[0].location.line == 1);
  CHECK(findings[0].location.column == 1);
  CHECK(findings[0].message == "text before the first part's heading belongs to no part of the report");
  CHECK(findings[1].code == "E004");
  CHECK(findings[1].location.line == 4);
  CHECK(findings[1].location.column == 3);
  CHECK(findings[1].location.length == 8);
  CHECK(findings[1].message == "'# Slutsats' is no part of the report");
  CHECK(contains(*findings[1].hint, "'# Förslag till beslut', '# Bedömning' and '# Överenskommelser'"));
  CHECK(findings[2].code == "E004");
  CHECK(findings[2].location.line == 7);
  CHECK(contains(*findings[2].hint, "'## ' and the agreement's id"));
  CHECK(findings[3].code == "E007");
  CHECK(findings[3].location.line == 8);
  CHECK(findings[3].location.column == 4);
  CHECK(findings[3].location.length == 12);
  CHECK(findings[3].message == "the comment's heading 'hok-exempell' names no agreement in the registry");
  CHECK(findings[3].hint == std::optional<std::string>("did you mean 'hok-exempel'?"));
  CHECK(findings[4].code == "E002");
  CHECK(findings[4].location.line == 12);
  CHECK(findings[4].message == "the agreement 'hok-exempel' is commented twice (first on line 10)");
  CHECK(findings[5].code == "E002");
  CHECK(findings[5].location.line == 14);
  CHECK(findings[5].message == "the part '# Bedömning' is written twice (first on line 2)");
  CHECK(findings[6].code == "E002");
  CHECK(findings[6].location.line == 16);
  CHECK(findings[6].message == "the part '# Överenskommelser' is written twice (first on line 6)");
  CHECK(findings[7].code == "E008");
  CHECK(findings[7].location.line == 17);
  CHECK(contains(findings[7].message, "'alvby' is a municipality, not an agreement"));
  // What could be read is kept: the first comment, not the one written twice.
  CHECK(text.comments.at("hok-exempel") == "Ett.\n");
  CHECK(text.comments.count("alvby") == 0);
}

TEST_CASE("an id far from every agreement gets the plain hint", "[check][secretariat]") {
  std::vector<hok::Finding> findings;
  parse("# Överenskommelser\n## zzzzzzzzzzzz\nText.\n", findings);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == "E007");
  CHECK(findings[0].hint == std::optional<std::string>("head the comment with the id of an agreement, as in its file name"));
}

TEST_CASE("Windows line ends, empty headings and a file without a last line end", "[check][secretariat]") {
  std::vector<hok::Finding> findings;
  hok::SecretariatText text =
      parse("# Bedömning\r\nBra.\r\n# Överenskommelser\r\n## \r\nIngen.\r\n## hok-exempel\r\nI tid.", findings);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == "E007");
  CHECK(findings[0].location.line == 4);
  CHECK(findings[0].hint == std::optional<std::string>("head the comment with the id of an agreement, as in its file name"));
  CHECK(text.assessment == std::optional<std::string>("Bra.\n"));
  CHECK(text.comments.at("hok-exempel") == "I tid.\n");
  findings.clear();
  parse("# \nText.\n", findings);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == "E004");
  CHECK(findings[0].message == "'# ' is no part of the report");
  findings.clear();
  text = parse("", findings);
  CHECK(findings.empty());
  CHECK_FALSE(text.proposal);
  CHECK_FALSE(text.assessment);
  CHECK(text.comments.empty());
}

TEST_CASE("the findings read the same in Swedish", "[check][secretariat]") {
  std::vector<hok::Finding> findings;
  parse("# Överenskommelser\n## hok-exempell\nText.\n", findings);
  REQUIRE(findings.size() == 1);
  hok::localize_findings(findings, *hok::FindingCatalog::find("sv"));
  CHECK(findings[0].message == "kommentarens rubrik 'hok-exempell' anger ingen överenskommelse i registret");
  CHECK(findings[0].hint == std::optional<std::string>("menade du 'hok-exempel'?"));
}

TEST_CASE("only reports/YYYY.md is a year's text", "[check][secretariat]") {
  CHECK(hok::secretariat_text_path(2025) == "reports/2025.md");
  CHECK(hok::secretariat_text_year("reports/2025.md") == std::optional<int>(2025));
  CHECK_FALSE(hok::secretariat_text_year("reports/25.md"));
  CHECK_FALSE(hok::secretariat_text_year("reports/2025.markdown"));
  CHECK_FALSE(hok::secretariat_text_year("reports/20x5.md"));
  CHECK_FALSE(hok::secretariat_text_year("reports/old/2025.md"));
  CHECK_FALSE(hok::secretariat_text_year("other/2025.md"));
}

TEST_CASE("validate reads every reports/YYYY.md of the tree and checks it like a record", "[check][secretariat][load]") {
  const std::string agreement = "id: bus\ntitle: BUS\ntype: agreement\nstatus: in-force\n";
  hok::test::TempRegistry tree({{"agreements/bus.yaml", agreement},
                                {"reports/2025.md", "# Överenskommelser\n## buss\nText.\n"},
                                {"reports/2026.md", "# Bedömning\nBra.\n# Överenskommelser\n## bus\nI tid.\n"},
                                {"reports/README.md", "Om mappen.\n"},
                                {"reports/2027.md", "# Bedömning\n\xff\xfe trasig\n"}});
  hok::ValidationResult result = hok::validate_registry(tree.root(), hok::LoadOptions{1, false});
  const std::vector<hok::Finding> findings = in_reports(result.findings);
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].code == "E007");
  CHECK(findings[0].location.file == "reports/2025.md");
  CHECK(findings[0].location.line == 2);
  CHECK(findings[0].hint == std::optional<std::string>("did you mean 'bus'?"));
  CHECK(findings[1].code == "E003");  // not UTF-8: not read, as a record would not be
  CHECK(findings[1].location.file == "reports/2027.md");
  CHECK(findings[2].code == "E011");  // a stray file, a warning
  CHECK(findings[2].location.file == "reports/README.md");
  CHECK(findings[2].severity == hok::Severity::Warning);
  // The texts are among the registry's files (what --changed-since compares), holding no record.
  std::size_t texts = 0;
  for (const hok::SourceFilePtr& file : result.load.registry->files) {
    if (file->kind == "reports") {
      ++texts;
      CHECK(file->stem.empty());
      CHECK_FALSE(file->data);
    }
  }
  CHECK(texts == 3);
  CHECK(result.load.registry->agreements.size() == 1);
}

TEST_CASE("a report text that is too large, or a link out of the tree, is not read", "[check][secretariat][load]") {
  hok::test::TempRegistry tree({{"reports/2025.md", std::string((1 << 20) + 10, 'a')}});
  const std::filesystem::path outside = tree.root().parent_path() / (tree.root().filename().string() + "-outside.md");
  { std::ofstream(outside) << "# Bedömning\nUtanför.\n"; }
  std::filesystem::create_symlink(outside, tree.root() / "reports" / "2026.md");
  hok::ValidationResult result = hok::validate_registry(tree.root(), hok::LoadOptions{1, false});
  const std::vector<hok::Finding> findings = in_reports(result.findings);
  std::filesystem::remove(outside);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].code == "E003");
  CHECK(findings[0].location.file == "reports/2025.md");
  CHECK(findings[1].code == "E011");
  CHECK(findings[1].location.file == "reports/2026.md");
  CHECK(contains(findings[1].message, "leads out of the registry"));
}

TEST_CASE("every finding in a text of mixed fragments lies on a line of it", "[check][secretariat]") {
  // Texts put together from heading-like fragments by a fixed generator: each finding's line and
  // column must lie inside the text, and the text renderer must print it under its line.
  const std::vector<std::string> fragments = {
      "# Bedömning", "# Förslag till beslut", "# Överenskommelser", "# Agreements", "# ", "#", "## ", "##",
      "## hok-exempel", "## hok-exempell", "## alvby", "## Överenskommelsen", "```", "~~~", "text", "", " # indrag",
      "## hok-exempel ##", "# Bedömning #", "\r", "åäö ✓", "## riktlinje-samverkan"};
  std::uint32_t state = 12345;
  auto next = [&state]() {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7fff;
  };
  std::size_t total = 0;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int lines = static_cast<int>(next() % 20);
    for (int i = 0; i < lines; ++i) text += fragments[next() % fragments.size()] + (next() % 7 == 0 ? "\r\n" : "\n");
    std::vector<hok::Finding> findings;
    parse(text, findings);
    total += findings.size();
    const int count = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
    for (const hok::Finding& finding : findings) {
      INFO(text);
      CHECK(finding.location.line >= 1);
      CHECK(finding.location.line <= count);
      CHECK(finding.location.column >= 1);
      CHECK(finding.location.column + finding.location.length - 1 <=
            hok::utf8_length(hok::line_text(text, finding.location.line)) + 1);
    }
    auto file = std::make_shared<hok::SourceFile>();
    file->path = "reports/2026.md";
    file->text = text;
    hok::RenderContext context;
    context.files[file->path] = file;
    const std::string printed = hok::render_text(findings, context);
    CHECK((findings.empty() || printed.find("reports/2026.md:") != std::string::npos));
  }
  CHECK(total > 300);  // the generator does make broken texts
}
