// The agreements' and the consultation groups' documents in the annual report: under the table of
// the owning group, linked only to http and https, titles escaped, a document dated after the
// report date left out (the report's dated-state rule), nothing said where none is recorded.
#include <catch2/catch.hpp>

#include "report/annual_report.hpp"
#include "test_gaps_support.hpp"
#include "test_support.hpp"

using hok::test::Files;
using hok::test::gaps_base;
using hok::test::TempRegistry;

namespace {

std::string render_files(const Files& files, int year, hok::ReportFormat format, const std::string& language) {
  TempRegistry tree(files);
  hok::LoadResult loaded = tree.load();
  REQUIRE(loaded.registry);
  hok::ReportOptions options;
  options.year = year;
  options.as_of = hok::Date{year, 12, 31};
  options.format = format;
  options.language = language;
  return hok::render_annual_report(*loaded.registry, options, nullptr);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The base registry's agreement BUS (owned by Barn och unga) with `documents`.
Files with_bus_documents(const std::string& documents) {
  Files files = gaps_base();
  files["agreements/bus.yaml"] =
      "id: bus\ntitle: Överenskommelse om barn och unga\nshort_name: BUS\ntype: agreement\n"
      "status: in-force\nparties: [region, borg, dal, norr]\nowner: samrad-barn\ndocuments:\n" +
      documents;
  return files;
}

}  // namespace

TEST_CASE("an agreement's documents follow its group's table, linked and dated", "[report][documents]") {
  const Files files = with_bus_documents(
      "  - {title: \"Överenskommelse <BUS> & bilaga\", url: \"https://example.org/bus.pdf\", date: 2024-05-02}\n"
      "  - {title: Rutin, url: \"http://example.org/rutin.pdf\"}\n");
  const std::string sv = render_files(files, 2025, hok::ReportFormat::Html, "sv");
  CHECK(contains(sv, "<p>Överenskommelsernas dokument:</p>"));
  CHECK(contains(sv, "<th scope=\"row\">BUS</th>"));
  const std::string external = "\" rel=\"external noopener noreferrer\">";
  CHECK(contains(sv, "<a href=\"https://example.org/bus.pdf" + external + "Överenskommelse &lt;BUS&gt; &amp; bilaga</a> "
                     "(2024-05-02); <a href=\"http://example.org/rutin.pdf" + external + "Rutin</a>"));
  // In the group's own part of the section, after its table.
  const std::size_t group = sv.find("id=\"agreements-group-samrad-barn\"");
  const std::size_t list = sv.find("Överenskommelsernas dokument:");
  REQUIRE(group != std::string::npos);
  CHECK(group < list);
  CHECK(sv.find("</table>", group) < list);

  const std::string md = render_files(files, 2025, hok::ReportFormat::Markdown, "en");
  CHECK(contains(md, "The agreements' documents:"));
  CHECK(contains(md, "- **BUS:** [Överenskommelse \\<BUS\\> \\& bilaga](https://example.org/bus.pdf) \\(2024-05-02\\); "
                     "[Rutin](http://example.org/rutin.pdf)"));
}

TEST_CASE("a document dated after the report date is not in that year's report", "[report][documents]") {
  const Files files = with_bus_documents(
      "  - {title: Reviderad överenskommelse, url: \"https://example.org/bus-2026.pdf\", date: 2026-02-01}\n");
  const std::string in_2025 = render_files(files, 2025, hok::ReportFormat::Markdown, "sv");
  CHECK_FALSE(contains(in_2025, "Reviderad överenskommelse"));
  CHECK_FALSE(contains(in_2025, "Överenskommelsernas dokument:"));  // nothing else to list
  const std::string in_2026 = render_files(files, 2026, hok::ReportFormat::Markdown, "sv");
  CHECK(contains(in_2026, "[Reviderad överenskommelse](https://example.org/bus-2026.pdf) \\(2026-02-01\\)"));
}

TEST_CASE("only http and https addresses become links in the report", "[report][documents]") {
  // The schema allows only http and https; a registry loaded without it must still not link others.
  const Files files = with_bus_documents(
      "  - {title: Skript, url: \"javascript:alert(1)\"}\n"
      "  - {title: Brev, url: \"mailto:someone@example.org\"}\n");
  const std::string html = render_files(files, 2025, hok::ReportFormat::Html, "sv");
  CHECK(contains(html, "<th scope=\"row\">BUS</th><td>Skript; Brev</td>"));
  CHECK_FALSE(contains(html, "javascript:"));
  CHECK_FALSE(contains(html, "mailto:someone"));
}

TEST_CASE("no document recorded: no list and no 'not recorded' in the report", "[report][documents]") {
  const std::string sv = render_files(gaps_base(), 2025, hok::ReportFormat::Markdown, "sv");
  CHECK_FALSE(contains(sv, "Överenskommelsernas dokument:"));
  CHECK_FALSE(contains(sv, "Samrådsgruppernas uppdragsbeskrivningar"));
  CHECK_FALSE(contains(sv, "Inga dokument"));
}

TEST_CASE("a consultation group's mandate document is listed once the mandate is adopted", "[report][documents]") {
  Files files = gaps_base();
  files["groups/samrad-barn.yaml"] =
      "id: samrad-barn\nname: Samverkan om barn och ungas hälsa\nshort_name: Barn och unga\n"
      "type: consultation-group\nstatus: active\nreports_to: tjanstestyrgrupp\n"
      "mandate:\n  adopted: 2025-05-01\n  document: \"https://example.org/uppdrag.pdf\"\n"
      "chair:\n  - org: hsf\nprocess_lead:\n  - org: storsthlm\nmembers:\n  - org: dal\n"
      "documents:\n  - {title: Arbetsordning, url: \"https://example.org/ordning.pdf\"}\n";
  const std::string in_2025 = render_files(files, 2025, hok::ReportFormat::Markdown, "sv");
  CHECK(contains(in_2025, "Samrådsgruppernas uppdragsbeskrivningar och andra dokument:"));
  CHECK(contains(in_2025, "- **Barn och unga:** [Uppdragsbeskrivning](https://example.org/uppdrag.pdf) \\(2025-05-01\\); "
                          "[Arbetsordning](https://example.org/ordning.pdf)"));
  // In 2024 the mandate was not yet adopted; the undated document counts as present (dated_state.hpp).
  const std::string in_2024 = render_files(files, 2024, hok::ReportFormat::Markdown, "en");
  CHECK(contains(in_2024, "The consultation groups' mandates and other documents:"));
  CHECK(contains(in_2024, "- **Barn och unga:** [Arbetsordning](https://example.org/ordning.pdf)"));
  CHECK_FALSE(contains(in_2024, "uppdrag.pdf"));
}
