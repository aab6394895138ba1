// A description's citations of its sources, taken out of the text for the page's "Källor": which
// brackets are citations, what stays, the places cited, and what is left as written.
#include <catch2/catch.hpp>

#include <algorithm>

#include "app/validation.hpp"
#include "digest/site_builder.hpp"
#include "digest/source_citations.hpp"
#include "document/message_catalog.hpp"
#include "document/template_store.hpp"

using hok::gather_citations;
using hok::SourceDocument;

namespace {

const std::vector<SourceDocument>& sources() {
  static const std::vector<SourceDocument> list = {
      {{"rapporten om samrådsgrupper och sekretariat", "rapporten om etablering av samrådsgrupper"},
       "Beslutsunderlag om samrådsgrupper och gemensamt sekretariat (2022)",
       std::nullopt},
      {{"HÖK-presentationen"}, "Presentation av huvudöverenskommelsen (HÖK)", "https://example.org/hok.pdf"},
      {{"förslaget till beslut om HÖK"}, "Förslag till beslut om att anta HÖK", std::nullopt},
  };
  return list;
}

std::vector<std::string> titles(const hok::CitedText& cited) {
  std::vector<std::string> result;
  for (const hok::CitedSource& source : cited.sources) result.push_back(source.document->title);
  return result;
}

}  // namespace

TEST_CASE("a bracket that only cites goes, with the space before it", "[digest][sources]") {
  const auto cited = gather_citations(
      "Förvaltades av BUSSAM (rapporten om samrådsgrupper och sekretariat, avsnitt 2.2). Följs upp årligen "
      "(HÖK-presentationen, förslaget till beslut om HÖK).",
      sources());
  CHECK(cited.text == "Förvaltades av BUSSAM. Följs upp årligen.");
  CHECK(titles(cited) == std::vector<std::string>{"Beslutsunderlag om samrådsgrupper och gemensamt sekretariat (2022)",
                                                  "Presentation av huvudöverenskommelsen (HÖK)",
                                                  "Förslag till beslut om att anta HÖK"});
  CHECK(cited.sources[0].places == std::vector<std::string>{"avsnitt 2.2"});
  CHECK(cited.sources[1].places.empty());
}

TEST_CASE("each source once, with every place cited in it, in the order met", "[digest][sources]") {
  const auto cited = gather_citations(
      "A (rapporten om samrådsgrupper och sekretariat, avsnitt 2.2, avsnitt 3.1). B (HÖK-presentationen; "
      "rapporten om etablering av samrådsgrupper, avsnitt 7.1). C (rapporten om samrådsgrupper och\n  sekretariat, "
      "avsnitt 2.2).",
      sources());
  CHECK(cited.text == "A. B. C.");
  REQUIRE(cited.sources.size() == 2);
  CHECK(cited.sources[0].places == std::vector<std::string>{"avsnitt 2.2", "avsnitt 3.1", "avsnitt 7.1"});
}

TEST_CASE("what else a citing bracket holds stays in it", "[digest][sources]") {
  const auto cited = gather_citations(
      "Lagkrav finns (rapporten om samrådsgrupper och sekretariat, avsnitt 2.2; lagrummet anges inte).", sources());
  CHECK(cited.text == "Lagkrav finns (lagrummet anges inte).");
  CHECK(cited.sources.size() == 1);
}

TEST_CASE("a remark after the place cited stays in the text; a place is only a place", "[digest][sources]") {
  const auto cited = gather_citations(
      "Bemannar sekretariatet (HÖK-presentationen \"Sekretariat\"; rapporten om samrådsgrupper och sekretariat, "
      "avsnitt 7.1: två personer från Region Stockholm och två från Storsthlm).",
      sources());
  CHECK(cited.text == "Bemannar sekretariatet (två personer från Region Stockholm och två från Storsthlm).");
  REQUIRE(cited.sources.size() == 2);
  CHECK(cited.sources[1].places == std::vector<std::string>{"avsnitt 7.1"});
  // More than a place after the document's name: the whole bracket stays as written.
  const std::string more = "X (HÖK-presentationen, avsnitt 3 om noderna).";
  CHECK(gather_citations(more, sources()).text == more);
  CHECK(gather_citations("Y (HÖK-presentationen, avsnitt 2.1–2.2, § 4).", sources()).sources[0].places ==
        std::vector<std::string>{"avsnitt 2.1–2.2", "§ 4"});
}

TEST_CASE("brackets that cite nothing, and a link's address, are left as written", "[digest][sources]") {
  const std::string text =
      "Riktlinje till huvudöverenskommelsen (Huvudöverenskommelse om samverkan). Se [presentationen](https://x.se/"
      "HÖK-presentationen) och (efter december 2023) samt (HÖK-presentationen som bilaga).";
  const auto cited = gather_citations(text, sources());
  CHECK(cited.text == text);
  CHECK(cited.sources.empty());
}

TEST_CASE("a citation may open with a capital, and a quoted part is a place", "[digest][sources]") {
  const auto cited = gather_citations("X (Rapporten om samrådsgrupper och sekretariat; HÖK-presentationen "
                                      "\"Sekretariat\").",
                                      sources());
  CHECK(cited.text == "X.");
  REQUIRE(cited.sources.size() == 2);
  CHECK(cited.sources[1].places == std::vector<std::string>{"\"Sekretariat\""});
}

TEST_CASE("a bracket on a line of its own goes with the line break, not the paragraph break", "[digest][sources]") {
  CHECK(gather_citations("Tillägg till X (X)\n(HÖK-presentationen).", sources()).text == "Tillägg till X (X).");
  CHECK(gather_citations("Första stycket.\n\n(HÖK-presentationen)\n\nAndra.", sources()).text ==
        "Första stycket.\n\n\n\nAndra.");
}

TEST_CASE("without sources in the registry every bracket stays", "[digest][sources]") {
  const std::string text = "A (rapporten om samrådsgrupper och sekretariat, avsnitt 2.2).";
  const auto cited = gather_citations(text, {});
  CHECK(cited.text == text);
  CHECK(cited.sources.empty());
}

TEST_CASE("the main agreement's page of data/ lists its sources once, at the end, by name", "[digest][sources]") {
  hok::ValidationResult validation = hok::validate_registry(HOK_SOURCE_DIR "/data");
  REQUIRE(validation.load.registry);
  hok::TemplateStore templates;
  hok::MessageCatalog catalog(templates, "sv");
  hok::GapOptions options;
  options.as_of = {2026, 11, 26};
  hok::GapReport gaps = hok::compute_gaps(*validation.load.registry, options);
  hok::Site site = hok::build_site(*validation.load.registry, gaps, catalog);
  auto page = std::find_if(site.pages.begin(), site.pages.end(),
                           [](const hok::Page& p) { return p.path == "agreements/hok"; });
  REQUIRE(page != site.pages.end());
  REQUIRE(page->sections.front().anchor == "description");
  const std::string& description = page->sections.front().blocks.front().text;
  CHECK(description.find("(HÖK-presentationen") == std::string::npos);
  CHECK(description.find("förslaget till beslut om HÖK)") == std::string::npos);
  // After the connections, before the change links: the last section here.
  const hok::Section& sources = page->sections.back();
  CHECK(sources.anchor == "sources");
  CHECK(sources.heading == "Källor");
  std::vector<std::string> items;
  for (const hok::Block& block : sources.blocks) {
    for (const hok::Cell& item : block.items) {
      std::string text;
      for (const hok::Inline& run : item) text += run.text;
      items.push_back(text);
    }
  }
  CHECK(std::find(items.begin(), items.end(), "Presentation av huvudöverenskommelsen (HÖK)") != items.end());
  for (const std::string& item : items) CHECK(item.find("00") == std::string::npos);  // no seed file names

  // The place cited follows the document's name; the remark stays in the text.
  auto missbruk = std::find_if(site.pages.begin(), site.pages.end(),
                               [](const hok::Page& p) { return p.path == "agreements/missbruk-beroende"; });
  REQUIRE(missbruk != site.pages.end());
  CHECK(missbruk->sections.front().blocks.front().text.rfind("Lagkrav finns på överenskommelsen (lagrummet anges inte).", 0) == 0);
  const hok::Section& cited = missbruk->sections.back();
  REQUIRE(cited.anchor == "sources");
  REQUIRE(cited.blocks.size() == 1);
  REQUIRE(cited.blocks.front().items.size() == 1);
  std::string item;
  for (const hok::Inline& run : cited.blocks.front().items.front()) item += run.text;
  CHECK(item == "Beslutsunderlag om samrådsgrupper och gemensamt sekretariat (2022), avsnitt 2.2");
}
