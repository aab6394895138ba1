// The annual report as a reader meets it: every section in both languages, the no-data
// sentences, the year-before footnote, hostile text escaped in HTML and Markdown, one
// self-contained HTML file, Mermaid charts in Markdown, and the history section.
#include <catch2/catch.hpp>
#include <regex>
#include <set>

#include "app/validation.hpp"
#include "document/embedded_templates.hpp"
#include "document/template_store.hpp"
#include "report/annual_report.hpp"
#include "report/report_context.hpp"
#include "test_gaps_support.hpp"
#include "test_support.hpp"

using hok::test::Files;
using hok::test::gaps_base_with;
using hok::test::TempRegistry;

namespace {

std::string render(const hok::Registry& registry, int year, hok::ReportFormat format,
                   const std::string& language, const hok::YearHistory* history = nullptr) {
  hok::ReportOptions options;
  options.year = year;
  options.as_of = hok::Date{year, 12, 31};
  options.format = format;
  options.language = language;
  return hok::render_annual_report(registry, options, history);
}

std::string render_files(const Files& files, int year, hok::ReportFormat format, const std::string& language,
                         const hok::YearHistory* history = nullptr) {
  TempRegistry tree(files);
  hok::LoadResult loaded = tree.load();
  REQUIRE(loaded.registry);
  return render(*loaded.registry, year, format, language, history);
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const Files kEmpty = {{"hok.yaml", "hok: 1\nname: Tomt register\n"}};

}  // namespace

TEST_CASE("every section of the example registry renders in both languages and formats", "[report]") {
  hok::ValidationResult validation = hok::validate_registry(HOK_SOURCE_DIR "/examples/minimal");
  const hok::Registry& registry = *validation.load.registry;
  const std::string sv = render(registry, 2026, hok::ReportFormat::Html, "sv");
  for (const char* heading : {"Sammanfattning", "Överenskommelser per ägare",
                              "Årets uppföljningar", "Organisationen", "Lokal samverkan", "Representation",
                              "Handlingsplanen", "Förändringar under året", "Öppna brister i korthet"}) {
    INFO(heading);
    CHECK(contains(sv, std::string(">") + heading + "</h2>"));
  }
  CHECK(contains(sv, "<html lang=\"sv\">"));
  CHECK(contains(sv, "Årlig uppföljning av HÖK 2026"));
  const std::string en = render(registry, 2026, hok::ReportFormat::Markdown, "en");
  for (const char* heading :
       {"## Summary", "## Agreements by owner", "## The year's follow-ups",
        "## The organisation", "## Local collaboration", "## Representation", "## The action plan",
        "## What changed in the year", "## Open gaps in brief"}) {
    INFO(heading);
    CHECK(contains(en, heading));
  }
}

TEST_CASE("the example's follow-ups of the year, with their summaries and deviations", "[report]") {
  hok::ValidationResult validation = hok::validate_registry(HOK_SOURCE_DIR "/examples/minimal");
  const std::string html = render(*validation.load.registry, 2026, hok::ReportFormat::Html, "sv");
  CHECK(contains(html, "6 uppföljningar är registrerade för 2026"));
  CHECK(contains(html, "<strong>HÖK</strong>"));  // the summary's CommonMark
  CHECK(contains(html, "Två överenskommelser saknar en samrådsgrupp som ägare."));
  CHECK(contains(html, "2026-08-20"));  // a deviation's closed date
  CHECK(contains(html, "Resultat av uppföljningarna 2026"));
  CHECK_FALSE(contains(html, "Inga uppföljningar är registrerade"));
}

TEST_CASE("a year with no data says so instead of printing empty tables", "[report]") {
  const std::string sv = render_files(kEmpty, 2025, hok::ReportFormat::Html, "sv");
  CHECK(contains(sv, "Inga uppföljningar är registrerade för 2025."));
  CHECK(contains(sv, "Inga överenskommelser är registrerade för 2025."));
  CHECK(contains(sv, "Inga samrådsgrupper är registrerade."));
  CHECK(contains(sv, "Ingen handlingsplan omfattar 2025."));
  CHECK(contains(sv, "Inga kommuner är registrerade."));
  CHECK(contains(sv, "Inga lokala områden är registrerade."));
  CHECK(contains(sv, "Registret sparar här inga tidigare versioner"));
  // Every table has at least one row.
  CHECK_FALSE(contains(sv, "<tbody>\n</tbody>"));
  const std::string en = render_files(kEmpty, 2025, hok::ReportFormat::Markdown, "en");
  CHECK(contains(en, "*No follow-ups are recorded for 2025.*"));
  CHECK(contains(en, "No earlier states of the registry are kept here"));
}

TEST_CASE("the summary compares with the year before and says how in a footnote", "[report]") {
  const std::string html = render_files(
      gaps_base_with(
          "functions/ksa-dal.yaml",
          "id: ksa-dal\nroles: [ksa]\narea: dal\nholder: dal\nstatus: active\nappointed: 2025-04-01\n"),
      2025, hok::ReportFormat::Html, "en");
  CHECK(contains(html, "<th scope=\"col\" class=\"num\">2024 ¹</th>"));
  std::regex ksa_row(
      R"(Local areas with a KSA</th><td class="num">3 of 3</td><td class="num">2 \(not recorded for 1 of 3\)</td><td class="num">\+1</td>)");
  CHECK(std::regex_search(html, ksa_row));
  CHECK(contains(html, "what has no date is counted as present in both years"));
  // The appointment is an event of the year.
  CHECK(contains(html, "KSA appointed for Dal"));
}

TEST_CASE("the HTML report is one self-contained file that prints on A4", "[report]") {
  hok::ValidationResult validation = hok::validate_registry(HOK_SOURCE_DIR "/examples/minimal");
  const std::string html = render(*validation.load.registry, 2026, hok::ReportFormat::Html, "sv");
  CHECK_FALSE(contains(html, "<script"));
  CHECK_FALSE(contains(html, "<link"));
  CHECK_FALSE(contains(html, "<img"));
  // Nothing loaded from elsewhere; a link (<a href>) to a document is followed only when clicked.
  CHECK_FALSE(std::regex_search(html, std::regex(R"(<(?!a\s)[a-zA-Z]+[^>]*\s(src|href)\s*=\s*"(https?:)?//)")));
  CHECK(contains(html, "<a href=\"https://www.kfe.example/hok/huvudoverenskommelse.pdf\""));
  CHECK_FALSE(contains(html, "@import"));
  CHECK(contains(html, "@page { size: A4; margin: 2cm; }"));
  CHECK(contains(html, "break-before: page"));
  CHECK(contains(html, "<svg "));
}

TEST_CASE("hostile text is escaped in HTML, SVG and Markdown", "[report]") {
  Files files = gaps_base_with("followups/bus-2025.yaml",
                               "id: bus-2025\nsubject: bus\nyear: 2025\ndate: 2025-03-01\nresult: partly\n"
                               "summary: \"**fet** <script>alert(1)</script>\"\n"
                               "deviations:\n  - description: \"a | b <img src=x onerror=alert(1)>\"\n");
  files["subregions/sodra.yaml"] = "id: sodra\nname: \"Södra <b>\\\"län\\\"</b> | x\"\n";
  const std::string html = render_files(files, 2025, hok::ReportFormat::Html, "sv");
  CHECK_FALSE(contains(html, "<script>alert"));
  CHECK_FALSE(contains(html, "<img src=x"));
  CHECK_FALSE(contains(html, "<b>"));
  CHECK(contains(html, "&lt;img src=x onerror=alert(1)&gt;"));
  CHECK(contains(html, "<strong>fet</strong>"));
  const std::string md = render_files(files, 2025, hok::ReportFormat::Markdown, "sv");
  CHECK(contains(md, "a \\| b \\<img src=x onerror=alert\\(1\\)\\>"));
  CHECK_FALSE(contains(md, "<script>"));
  // In a Mermaid label the quotes cannot end the string.
  CHECK(contains(md, "#quot;l\u00e4n#quot;"));
}

TEST_CASE("a code block in a summary keeps its blank lines", "[report]") {
  const std::string html = render_files(
      gaps_base_with("followups/bus-2025.yaml",
                     "id: bus-2025\nsubject: bus\nyear: 2025\nsummary: \"```\\nrad 1\\n\\nrad 3\\n```\"\n"),
      2025, hok::ReportFormat::Html, "sv");
  CHECK(contains(html, "rad 1\n\nrad 3"));
  CHECK_FALSE(contains(html, "\n\n<"));  // elsewhere, no blank lines
}

TEST_CASE("Markdown carries the charts as Mermaid", "[report]") {
  hok::ValidationResult validation = hok::validate_registry(HOK_SOURCE_DIR "/examples/minimal");
  const std::string md = render(*validation.load.registry, 2026, hok::ReportFormat::Markdown, "sv");
  CHECK(contains(md, "```mermaid\npie title Resultat av uppföljningarna 2026\n"));
  CHECK(contains(md, "```mermaid\nxychart-beta\n"));
  CHECK(contains(md, "bar ["));
  CHECK_FALSE(contains(md, "<svg"));
}

TEST_CASE("the history section lists what git says changed in the year", "[report]") {
  hok::YearHistory history;
  history.status = hok::YearHistory::Status::Available;
  history.base_commit = "1a2b3c4";
  history.base_date = "2024-12-20";
  history.head_commit = "5d6e7f8";
  history.head_date = "2025-11-02";
  history.diff.records.push_back({hok::RecordChange::Type::Added,
                                  "groups",
                                  "samrad-aldre",
                                  "",
                                  "Äldres hälsa",
                                  "groups/samrad-aldre.yaml",
                                  {}});
  history.diff.records.push_back({hok::RecordChange::Type::Changed,
                                  "agreements",
                                  "bus",
                                  "",
                                  "BUS",
                                  "agreements/bus.yaml",
                                  {{"owner", "a", "b"}}});
  history.diff.records.push_back({hok::RecordChange::Type::Added,
                                  "people",
                                  "anna-andersson",
                                  "",
                                  "Anna Andersson",
                                  "people/anna-andersson.yaml",
                                  {}});
  const std::string html =
      render_files(hok::test::gaps_base(), 2025, hok::ReportFormat::Html, "en", &history);
  // The states by their dates only: no commit id, no record id, no field name.
  CHECK(contains(html, "The registry as it stood on 2024-12-20 (the last state before the year began)"));
  CHECK_FALSE(contains(html, "1a2b3c4"));
  CHECK(contains(html, "<th scope=\"row\">Added</th><td>Group</td><td>Äldres hälsa</td>"));
  CHECK_FALSE(contains(html, "samrad-aldre"));
  CHECK(contains(html, "<td>owner</td>"));
  CHECK_FALSE(contains(html, "Anna"));  // hok.yaml does not publish contacts
  CHECK(contains(html, "(a person; the name is not published)"));

  hok::YearHistory none;
  none.status = hok::YearHistory::Status::NoCommits;
  CHECK(contains(render_files(kEmpty, 2025, hok::ReportFormat::Html, "en", &none),
                 "No state of the registry from before the end of 2025 is kept"));
}

TEST_CASE("the report's catalogues have the same texts, and every text a template names", "[report]") {
  hok::TemplateStore store;
  hok::ReportCatalog sv(store, "sv");
  hok::ReportCatalog en(store, "en");
  CHECK(sv.text_keys() == en.text_keys());
  std::regex text_tag(R"(\{\{\s*msg\.([a-z_]+)\s*\}\})");
  for (const hok::EmbeddedTemplate& file : hok::embedded_templates()) {
    if (!file.name.starts_with("report")) continue;
    for (std::sregex_iterator it(file.text.begin(), file.text.end(), text_tag), end; it != end; ++it) {
      INFO(file.name << ": " << (*it)[1]);
      CHECK_NOTHROW(sv.text((*it)[1]));
    }
  }
  CHECK(sv.text("share", {{"count", "3"}, {"of", "26"}}) == "3 av 26");
  CHECK(en.text("share", {{"count", "3"}}) == "3 of {of}");
  CHECK_THROWS_WITH(sv.text("no_such_text"),
                    Catch::Matchers::Contains("messages/sv.json has no text 'report.no_such_text'"));
}

TEST_CASE("the open gaps in brief count the gaps in words and leave the list to the appendix", "[report]") {
  // examples/minimal has two gaps, both waived in its hok.yaml: G001 for HÖK and for Riktlinjen.
  hok::ValidationResult validation = hok::validate_registry(HOK_SOURCE_DIR "/examples/minimal");
  const hok::Registry& registry = *validation.load.registry;
  auto gaps_part = [](const std::string& text, const std::string& heading) {
    std::size_t start = text.find(heading);
    REQUIRE(start != std::string::npos);
    return text.substr(start);
  };
  const std::string html =
      gaps_part(render(registry, 2026, hok::ReportFormat::Html, "en"), "Open gaps in brief</h2>");
  INFO(html);
  CHECK(contains(html,
                 "<th scope=\"row\">Agreement without an active owner</th><td class=\"num\">0</td><td "
                 "class=\"num\">2</td>"));
  CHECK_FALSE(contains(html, "G001"));
  CHECK(contains(html, "no open gaps. The secretariat has decided to accept 2 for the time being."));
  const std::string md =
      gaps_part(render(registry, 2026, hok::ReportFormat::Markdown, "sv"), "## Öppna brister i korthet");
  INFO(md);
  CHECK(contains(md, "| Överenskommelse utan aktiv ägare | 0 | 2 |"));
  CHECK(contains(md, "står i bilagan sist i rapporten"));
}

TEST_CASE("the open gaps in brief say nothing of accepted gaps where there are none", "[report]") {
  // gaps_base has open gaps and no waivers: no "0 more accepted", no column of zeros.
  const std::string md = render_files(hok::test::gaps_base(), 2026, hok::ReportFormat::Markdown, "sv");
  const std::size_t start = md.find("## Öppna brister i korthet");
  REQUIRE(start != std::string::npos);
  const std::string part = md.substr(start, md.find("\n## ", start + 1) - start);
  INFO(part);
  CHECK(contains(part, "öppna brister.\n"));
  CHECK_FALSE(contains(part, "godta"));
  CHECK_FALSE(contains(part, "Godtas tills vidare"));
  CHECK(contains(part, "| Brist | Öppna |\n"));
}

namespace {

// The test registry with no GSA recorded (and, when `ksa_in_dal` is false, no KSA in Dal either),
// plus the files in `extra`.
Files without_gsa(bool ksa_in_dal, const Files& extra = {}) {
  Files files = hok::test::gaps_base();
  files.erase("functions/gsa-hamnen.yaml");
  files.erase("functions/gsa-dal.yaml");
  files["functions/kson-norr.yaml"] =
      "id: kson-norr\nroles: [ksa]\narea: norr\nholder: kson\nstatus: active\n";
  if (!ksa_in_dal) files.erase("functions/ksa-dal.yaml");
  for (const auto& [path, text] : extra) files[path] = text;
  return files;
}

}  // namespace

TEST_CASE("what nobody has recorded is unknown, never no", "[report][unknown]") {
  // A consultation group with no chair, no process lead and no mandate recorded, and no area with
  // a GSA: the report says "not recorded", never "✗ no" or "0 of 3".
  const Files files = without_gsa(
      true, {{"groups/samrad-aldre.yaml",
              "id: samrad-aldre\nname: Samverkan om äldres hälsa\ntype: consultation-group\nstatus: active\n"
              "reports_to: tjanstestyrgrupp\nmembers:\n  - org: dal\n"}});
  for (const std::string language : {"sv", "en"}) {
    const std::string html = render_files(files, 2025, hok::ReportFormat::Html, language);
    const std::string md = render_files(files, 2025, hok::ReportFormat::Markdown, language);
    for (const std::string& text : {html, md}) {
      CHECK_FALSE(contains(text, "\u2717"));  // ✗
      CHECK_FALSE(contains(text, language == "sv" ? ">nej<" : ">no<"));
    }
    if (language == "sv") {
      // The group lacks records of its criteria: each such cell says so, muted.
      CHECK(contains(html, "<td class=\"muted\">uppgift saknas</td>"));
      CHECK(contains(html,
                     "1 av 2 samrådsgrupper uppfyller kriterierna enligt registret. För 1 saknas uppgift"));
      // No area has a GSA recorded: the figure says how much is unknown.
      CHECK(contains(html, "Lokala områden med GSA</th><td class=\"num\">uppgift saknas för alla 3</td>"));
      CHECK(contains(md, "| Lokala områden med GSA | uppgift saknas för alla 3 |"));
    } else {
      CHECK(contains(html, "<td class=\"muted\">not recorded</td>"));
      CHECK(
          contains(html, "Local areas with a GSA</th><td class=\"num\">not recorded for any of the 3</td>"));
    }
  }
}

TEST_CASE("what the registry records as missing is no, and is said so", "[report][unknown]") {
  // A group recorded without a chair and process lead, a GSA recorded as vacant, and two
  // agreements: one says adoption is not required, the other says nothing about adoption.
  const Files files = without_gsa(
      true,
      {{"groups/samrad-aldre.yaml",
        "id: samrad-aldre\nname: Samverkan om äldres hälsa\ntype: consultation-group\nstatus: active\n"
        "reports_to: tjanstestyrgrupp\nmembers:\n  - org: dal\nlacks: [chair, process_lead]\n"},
       {"functions/gsa-dal.yaml", "id: gsa-dal\nroles: [gsa]\narea: dal\nstatus: vacant\n"},
       {"agreements/vard.yaml",
        "id: vard\ntitle: Vårdöverenskommelse\ntype: agreement\nstatus: in-force\nparties: [region, dal]\n"
        "owner: samrad-barn\nadoption:\n  required: false\n"}});
  const std::string html = render_files(files, 2025, hok::ReportFormat::Html, "sv");
  const std::string md = render_files(files, 2025, hok::ReportFormat::Markdown, "sv");
  INFO(md);
  // The checklist: the chair and the process lead recorded as missing, so not established.
  CHECK(contains(
      md, "| Samverkan om äldres hälsa | aktiv | *uppgift saknas* | *uppgift saknas* | ✗ nej | ✗ nej |"));
  CHECK(contains(html, "1 av 2 samrådsgrupper uppfyller kriterierna enligt registret; 1 gör det inte ännu."));
  CHECK(contains(md, "| Etablerade samrådsgrupper | 1 av 2 |"));
  // One area's GSA vacant (a no), two not recorded.
  CHECK(contains(md, "| Lokala områden med GSA | 0 \\(nej för 1, uppgift saknas för 2 av 3\\) |"));
  CHECK(contains(md, "| Dal | Dal | Södra | Dal | vakant |"));
  CHECK(contains(md, "| Lokala områden med GSA | 0 \\(1 nej, uppgift saknas för 2\\) |"));  // the trend, shorter
  // Adoption: "not required" only where the agreement says so; else unknown.
  CHECK(contains(md, "| Vårdöverenskommelse | Gällande |"));
  CHECK(contains(md, "| *uppgift saknas* | *krävs inte* |"));
  const std::size_t bus = md.find("| BUS |");
  REQUIRE(bus != std::string::npos);
  const std::string bus_row = md.substr(bus, md.find('\n', bus) - bus);
  CHECK(contains(bus_row, "*uppgift saknas* |"));
  CHECK_FALSE(contains(bus_row, "krävs inte"));
  const std::string en = render_files(files, 2025, hok::ReportFormat::Markdown, "en");
  CHECK(contains(en, "| Local areas with a GSA | 0 \\(no for 1, not recorded for 2 of 3\\) |"));
  CHECK(contains(en, "✗ no"));
}

TEST_CASE("a coverage chart of mostly unrecorded functions gives way to a sentence", "[report][unknown]") {
  // Three areas, six functions: with all recorded, or three unknown, the chart is drawn.
  for (const Files& files : {hok::test::gaps_base(), without_gsa(true)}) {
    const std::string drawn = render_files(files, 2025, hok::ReportFormat::Html, "sv");
    CHECK(contains(drawn, "Andel lokala områden med KSA och GSA per delregion"));
    CHECK_FALSE(contains(drawn, "Diagrammet visas inte ännu"));
  }
  // Four of six unknown: a sentence instead of a chart of empty bars.
  const std::string html = render_files(without_gsa(false), 2025, hok::ReportFormat::Html, "sv");
  CHECK(contains(html,
                 "Diagrammet visas inte ännu: uppgift saknas om KSA för 1 och om GSA för 3 av 3 områden."));
  CHECK_FALSE(contains(html, "Andel lokala områden med KSA och GSA per delregion"));
}

TEST_CASE("a short table is marked to be kept on one printed page, a long one is not", "[report][print]") {
  hok::ValidationResult validation = hok::validate_registry(HOK_SOURCE_DIR "/data");
  const std::string html = render(*validation.load.registry, 2025, hok::ReportFormat::Html, "sv");
  // The summary's seven key figures: kept together.
  const std::size_t summary = html.find("<th scope=\"col\">Nyckeltal</th>");
  REQUIRE(summary != std::string::npos);
  const std::size_t short_wrap = html.rfind("<div class=\"table-wrap short\">", summary);
  const std::size_t plain_wrap = html.rfind("<div class=\"table-wrap\">", summary);
  REQUIRE(short_wrap != std::string::npos);
  CHECK((plain_wrap == std::string::npos || short_wrap > plain_wrap));
  // The 14 responsibilities of the former forums: broken between rows.
  const std::size_t areas = html.find("<th scope=\"col\">Forum</th>");
  REQUIRE(areas != std::string::npos);
  const std::size_t long_wrap = html.rfind("<div class=\"table-wrap\">", areas);
  REQUIRE(long_wrap != std::string::npos);
  CHECK(long_wrap > html.rfind("<div class=\"table-wrap short\">", areas));
}

TEST_CASE("the appendix lists the municipalities in Swedish order: å, ä, ö after z", "[report]") {
  // Byte order would put Ängby before Åsa (Ä is C3 84, Å is C3 85 in UTF-8).
  Files files = hok::test::gaps_base();
  files["municipalities/borg.yaml"] = "id: borg\nname: Österåker\ncode: \"0101\"\nsubregion: sodra\n";
  files["municipalities/dal.yaml"] = "id: dal\nname: Ängby\ncode: \"0102\"\nsubregion: sodra\n";
  files["municipalities/norr.yaml"] =
      "id: norr\nname: Åsa\ncode: \"0103\"\nsubregion: sodra\ncoordination_by: kson\n";
  files.erase("functions/ksa-hamnen.yaml");
  files.erase("functions/ksa-dal.yaml");
  files.erase("functions/kson-norr.yaml");
  const std::string md = render_files(files, 2026, hok::ReportFormat::Markdown, "sv");
  const std::size_t appendix = md.rfind("\n## ");
  REQUIRE(appendix != std::string::npos);
  const std::string part = md.substr(appendix);
  INFO(part);
  const std::size_t a = part.find("| Åsa |");
  const std::size_t ae = part.find("| Ängby |");
  const std::size_t oe = part.find("| Österåker |");
  REQUIRE(a != std::string::npos);
  REQUIRE(ae != std::string::npos);
  REQUIRE(oe != std::string::npos);
  CHECK(a < ae);
  CHECK(ae < oe);
}

TEST_CASE("areas with neither KSA nor GSA recorded are named in one sentence, not rows of unknowns", "[report]") {
  Files files = hok::test::gaps_base();
  files.erase("functions/ksa-dal.yaml");
  files.erase("functions/gsa-dal.yaml");
  const std::string md = render_files(files, 2026, hok::ReportFormat::Markdown, "sv");
  const std::size_t start = md.find("### Varje lokalt område");
  REQUIRE(start != std::string::npos);
  const std::string part = md.substr(start, md.find("\n## ", start) - start);
  INFO(part);
  CHECK(contains(part, "För 1 område saknas uppgift om både KSA och GSA: Dal."));
  CHECK_FALSE(contains(part, "| Dal |"));
  CHECK(contains(part, "| Hamnen | Borg |"));  // a recorded area keeps its row
}

TEST_CASE("page 1: a change from a year with nothing recorded is unknown; accepted gaps are not 'nothing needed'",
          "[report]") {
  hok::ValidationResult validation = hok::validate_registry(HOK_SOURCE_DIR "/examples/minimal");
  const std::string md = render(*validation.load.registry, 2026, hok::ReportFormat::Markdown, "sv");
  // 6 followed up in 2026 against nothing recorded for 2025: not "+6".
  CHECK(contains(md, "| Gällande överenskommelser som följts upp under året | 6 av 6 | uppgift saknas för alla 6 | "
                     "*uppgift saknas* |"));
  // examples/minimal's two ownerless agreements are accepted in its hok.yaml: no decision is
  // asked for, and the page says the accepted ones exist.
  CHECK(contains(md, "Inga öppna brister kräver beslut per 2026-12-31. Sekretariatet har godtagit 2 brister tills "
                     "vidare; de står under Öppna brister i korthet."));
  CHECK_FALSE(contains(md, "Inga beslut eller åtgärder behövs"));
}

TEST_CASE("the abbreviations list holds what the report uses, spelt out, and names what it cannot", "[report]") {
  Files files = hok::test::gaps_base();
  // An agreement's title that ends on its short name: the short name is explained by the rest.
  files["agreements/bus.yaml"] =
      "id: bus\ntitle: Samverkan kring barn i behov av särskilt stöd, BUS\nshort_name: BUS\ntype: agreement\n"
      "status: in-force\nparties: [region, borg, dal, norr]\nowner: samrad-barn\n";
  // Two abbreviations in a group's name: one the secretariat has explained in hok.yaml, one not.
  files["groups/tjanstestyrgrupp.yaml"] =
      "id: tjanstestyrgrupp\nname: VIS tjänstestyrgrupp för RSS och NPO\ntype: official-steering\n"
      "status: active\nreports_to: vis\n";
  files["hok.yaml"] = "hok: 1\nname: Test\nsecretariat: processledning\nabbreviations:\n"
                      "  - term: RSS\n    meaning: regionala stödstrukturer\n"
                      "  - term: ÖVK\n    meaning: används inte i rapporten\n";
  hok::test::TempRegistry temp(files);
  hok::LoadResult loaded = temp.load();
  REQUIRE(loaded.registry);
  hok::ReportOptions options;
  options.year = 2026;
  options.as_of = hok::Date{2026, 12, 31};
  options.format = hok::ReportFormat::Markdown;
  options.language = "sv";
  std::vector<std::string> unexplained;
  const std::string md = hok::render_annual_report(*loaded.registry, options, nullptr, &unexplained);
  const std::size_t start = md.find("## Förkortningar");
  REQUIRE(start != std::string::npos);
  const std::string part = md.substr(start, md.find("\n## ", start + 1) - start);
  INFO(part);
  CHECK(contains(part, "| BUS | Samverkan kring barn i behov av särskilt stöd |"));
  CHECK(contains(part, "| RSS | regionala stödstrukturer |"));
  CHECK(contains(part, "| VIS | Vård i samverkan"));
  CHECK_FALSE(contains(part, "ÖVK"));  // explained, but the report does not use it
  CHECK_FALSE(contains(part, "NPO"));
  CHECK(unexplained == std::vector<std::string>{"NPO"});
}

TEST_CASE("abbreviations are words of two to six capitals standing alone", "[report]") {
  std::set<std::string, hok::SwedishLess> found;
  hok::abbreviations_in("HÖK:s riktlinje, BUS-överenskommelsen, A4, UTF8, Hök, X, ABCDEFG och (NPO).", found);
  CHECK(found == std::set<std::string, hok::SwedishLess>{"BUS", "HÖK", "NPO"});
}
