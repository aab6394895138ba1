// "Er kommun i samverkan" on a municipality's and a district's page, contacts and documents on
// the pages, and relations said in words: built from examples/minimal, with contacts and
// documents added in memory where the example has none.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "app/validation.hpp"
#include "digest/site_builder.hpp"
#include "document/message_catalog.hpp"
#include "document/template_store.hpp"
#include "test_digest_support.hpp"

namespace {

using hok::test::MinimalSite;

const hok::Page& page(const hok::Site& site, const std::string& path) {
  auto it = std::find_if(site.pages.begin(), site.pages.end(), [&](const hok::Page& p) { return p.path == path; });
  REQUIRE(it != site.pages.end());
  return *it;
}

const hok::Section& subsection(const hok::Section& parent, const std::string& anchor) {
  auto it = std::find_if(parent.subsections.begin(), parent.subsections.end(),
                         [&](const hok::Section& s) { return s.anchor == anchor; });
  REQUIRE(it != parent.subsections.end());
  return *it;
}

const hok::Section& section(const hok::Page& page, const std::string& anchor) {
  auto it = std::find_if(page.sections.begin(), page.sections.end(),
                         [&](const hok::Section& s) { return s.anchor == anchor; });
  REQUIRE(it != page.sections.end());
  return *it;
}

std::string text_of(const hok::Cell& cell) {
  std::string text;
  for (const hok::Inline& run : cell) text += run.text;
  return text;
}

// Every text of a section and its sub-sections, joined: paragraphs, notes, facts, items, cells.
std::string all_text(const hok::Section& section) {
  std::string text = section.heading + "\n";
  for (const hok::Block& block : section.blocks) {
    text += block.text + "\n";
    for (const hok::Field& fact : block.facts) text += fact.label + ": " + text_of(fact.value) + "\n";
    for (const hok::Cell& item : block.items) text += text_of(item) + "\n";
    for (const auto& row : block.table.rows) {
      for (const hok::Cell& cell : row) text += text_of(cell) + " | ";
      text += "\n";
    }
  }
  for (const hok::Section& sub : section.subsections) text += all_text(sub);
  if (section.empty()) text += section.empty_note + "\n";
  return text;
}

const hok::Cell* fact(const hok::Section& section, const std::string& label) {
  for (const hok::Block& block : section.blocks) {
    for (const hok::Field& field : block.facts) {
      if (field.label == label) return &field.value;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a municipality's page opens with the municipality in the collaboration", "[digest]") {
  MinimalSite minimal;
  hok::Site site = minimal.build();
  const hok::Page& alvby = page(site, "municipalities/alvby");
  REQUIRE_FALSE(alvby.sections.empty());
  const hok::Section& summary = alvby.sections.front();
  CHECK(summary.anchor == "in-collaboration");
  CHECK(summary.heading == "Er kommun i samverkan");
  std::vector<std::string> anchors;
  for (const hok::Section& sub : summary.subsections) anchors.push_back(sub.anchor);
  CHECK(anchors == std::vector<std::string>{"ksa-gsa", "forums", "agreements", "still-missing", "contact"});

  // The KSA is held by the municipality; its contact is a person, not published.
  const hok::Cell* ksa = fact(subsection(summary, "ksa-gsa"), "KSA");
  REQUIRE(ksa != nullptr);
  CHECK(text_of(*ksa) == "Älvby kommun – Kontaktpersonen publiceras inte i portalen.");
  // The agreements it is party to, with the adoption decision or "uppgift saknas".
  const std::string agreements = all_text(subsection(summary, "agreements"));
  CHECK_THAT(agreements, Catch::Contains("Älvby kommun är part i") && Catch::Contains("2022-05-16") &&
                             Catch::Contains("KF § 45/2022") && Catch::Contains("Kommunfullmäktige"));
  // Whom to contact: the secretariat at least.
  CHECK(fact(subsection(summary, "contact"), "Frågor om samverkan i länet") != nullptr);
  // No table of field paths anywhere on the page.
  for (const hok::Section& one : alvby.sections) CHECK(all_text(one).find("parties[") == std::string::npos);
}

TEST_CASE("a missing KSA or GSA reads 'uppgift saknas – utses av' and is among the open gaps", "[digest]") {
  MinimalSite minimal;
  auto& functions = minimal.registry().functions;
  functions.erase(std::remove_if(functions.begin(), functions.end(),
                                 [](const hok::CoordinatingFunction& f) { return f.area == "alvby"; }),
                  functions.end());
  minimal.registry().build_index();
  hok::Site site = minimal.build();
  const hok::Section& summary = page(site, "municipalities/alvby").sections.front();
  const hok::Cell* ksa = fact(subsection(summary, "ksa-gsa"), "KSA");
  const hok::Cell* gsa = fact(subsection(summary, "ksa-gsa"), "GSA");
  REQUIRE(ksa != nullptr);
  REQUIRE(gsa != nullptr);
  CHECK(text_of(*ksa) == "uppgift saknas – utses av Älvby kommun");
  CHECK(text_of(*gsa) == "uppgift saknas – utses av vårdcentralerna i området (Region Stockholm)");
  const std::string missing = all_text(subsection(summary, "still-missing"));
  // Not recorded may still exist: the sentence asks for it before it asks for an appointment.
  CHECK_THAT(missing, Catch::Contains("Ingen KSA är registrerad för Älvby kommun. Har Älvby kommun redan en, meddela "
                                      "sekretariatet; annars ska den utses av Älvby kommun."));
  CHECK_THAT(missing, Catch::Contains("Ingen GSA är registrerad för Älvby kommun."));
}

TEST_CASE("a municipality with districts shows KSA and GSA per district; a district page its own", "[digest]") {
  MinimalSite minimal;
  hok::Site site = minimal.build("en");
  const hok::Section& storstad = page(site, "municipalities/storstad").sections.front();
  CHECK(storstad.heading == "Your municipality in the collaboration");
  const hok::Section& functions = subsection(storstad, "ksa-gsa");
  bool has_table = false;
  for (const hok::Block& block : functions.blocks) {
    if (block.type != hok::Block::Type::Table) continue;
    has_table = true;
    CHECK(block.table.rows.size() == 2);  // Innerstaden, Söderort
  }
  CHECK(has_table);
  const hok::Section& district = page(site, "districts/storstad-innerstaden").sections.front();
  CHECK(district.heading == "Your district in the collaboration");
  CHECK(fact(subsection(district, "ksa-gsa"), "KSA") != nullptr);
}

TEST_CASE("a functional mailbox is always shown, a person only under publish_contacts", "[digest]") {
  MinimalSite minimal;
  hok::Group* secretariat = nullptr;
  for (hok::Group& group : minimal.registry().groups) {
    if (group.id == "vis-processledning") secretariat = &group;
  }
  REQUIRE(secretariat != nullptr);
  secretariat->contact = hok::Contact{"processledning@example.se", "08-123 456 00", "anna-andersson", ""};
  hok::Site hidden = minimal.build();
  const hok::Cell* contact = fact(section(page(hidden, "groups/vis-processledning"), "overview"), "Kontakt");
  REQUIRE(contact != nullptr);
  CHECK(text_of(*contact) == "processledning@example.se, telefon 08-123 456 00");
  REQUIRE_FALSE(contact->empty());
  CHECK(contact->front().url == "mailto:processledning@example.se");
  const hok::Cell* on_index = fact(section(page(hidden, "index"), "about"), "Kontakt med sekretariatet");
  REQUIRE(on_index != nullptr);
  CHECK(text_of(*on_index) == text_of(*contact));

  minimal.registry().settings.publish_contacts = true;
  hok::Site shown = minimal.build();
  contact = fact(section(page(shown, "groups/vis-processledning"), "overview"), "Kontakt");
  REQUIRE(contact != nullptr);
  CHECK_THAT(text_of(*contact), Catch::StartsWith("processledning@example.se, telefon 08-123 456 00, Anna Andersson"));
}

TEST_CASE("documents are listed with their date; only http and https become links", "[digest]") {
  MinimalSite minimal;
  for (hok::Agreement& agreement : minimal.registry().agreements) {
    if (agreement.id != "hok-exempel") continue;
    agreement.documents = {{"Huvudöverenskommelsen", "https://example.se/hok.pdf", "2022-04-01"},
                           {"Bilaga", "javascript:alert(1)", std::nullopt}};
  }
  hok::Site site = minimal.build();
  const hok::Section& documents = section(page(site, "agreements/hok-exempel"), "documents");
  REQUIRE(documents.blocks.size() == 1);
  const auto& items = documents.blocks.front().items;
  REQUIRE(items.size() == 2);
  CHECK(text_of(items[0]) == "Huvudöverenskommelsen (2022-04-01)");
  CHECK(items[0].front().url == "https://example.se/hok.pdf");
  CHECK(items[1].front().url.empty());
  CHECK_THAT(text_of(items[1]), Catch::Contains("inte länkad"));
}

TEST_CASE("what points to a record is said as relations with counts", "[digest]") {
  MinimalSite minimal;
  hok::Site site = minimal.build();
  const std::string text = all_text(section(page(site, "municipalities/alvby"), "connections"));
  CHECK_THAT(text, Catch::Contains("Ledamot i 7 grupper: "));
  CHECK(text.find("members") == std::string::npos);
  const std::string region = all_text(section(page(site, "organisations/region-exempel"), "connections"));
  CHECK_THAT(region, Catch::Contains("Part i ") && Catch::Contains(" överenskommelse"));
  CHECK(region.find("parties") == std::string::npos);
  hok::Site english = minimal.build("en");
  CHECK_THAT(all_text(section(page(english, "organisations/region-exempel"), "connections")), Catch::Contains("Party to "));
}

TEST_CASE("a municipality's agreements are not repeated under its connections", "[digest]") {
  MinimalSite minimal;
  hok::Site site = minimal.build();
  const hok::Page& alvby = page(site, "municipalities/alvby");
  // Listed first, with their adoption, under "Er kommun i samverkan" …
  CHECK_THAT(all_text(subsection(alvby.sections.front(), "agreements")), Catch::Contains("Älvby kommun är part i "));
  // … and not again at the end.
  const std::string connections = all_text(section(alvby, "connections"));
  CHECK(connections.find("Part i ") == std::string::npos);
  CHECK(connections.find("Har beslutat att anta") == std::string::npos);
}

TEST_CASE("where nothing is recorded the page says none is recorded, not none", "[digest]") {
  MinimalSite minimal;
  hok::Site site = minimal.build();
  // Björkö has no local group recorded, the sub-region Storstaden no group of its own.
  for (const auto& [path, anchor] : {std::pair{"municipalities/bjorko", "local-groups"},
                                     std::pair{"subregions/storstaden", "groups"}}) {
    const hok::Section& part = section(page(site, path), anchor);
    CHECK(part.empty());
    CHECK(part.empty_note == "Ingen registrerad.");
  }
  hok::Site english = minimal.build("en");
  CHECK(section(page(english, "municipalities/bjorko"), "local-groups").empty_note == "None recorded.");
}

TEST_CASE("a contact person not published leads to the secretariat's mailbox when it has one", "[digest]") {
  MinimalSite minimal;
  hok::Registry& registry = minimal.registry();
  hok::Group* secretariat = nullptr;
  for (hok::Group& group : registry.groups) {
    if (group.id == "vis-processledning") secretariat = &group;
  }
  REQUIRE(secretariat != nullptr);
  for (hok::Group& group : registry.groups) {
    if (group.id == "samrad-barn") group.contact = hok::Contact{std::nullopt, std::nullopt, "anna-andersson"};
  }
  secretariat->contact = hok::Contact{std::nullopt, std::nullopt, "bo-berg"};
  hok::Site without = minimal.build();
  const std::string before = all_text(section(page(without, "groups/samrad-barn"), "overview"));
  CHECK_THAT(before, Catch::Contains("Kontaktpersonen publiceras inte i portalen."));
  CHECK(before.find("Skriv till sekretariatet") == std::string::npos);

  secretariat->contact = hok::Contact{"processledning@example.se", std::nullopt, "bo-berg"};
  hok::Site with = minimal.build();
  const hok::Section& overview = section(page(with, "groups/samrad-barn"), "overview");
  CHECK_THAT(all_text(overview), Catch::Contains("Kontaktpersonen publiceras inte i portalen. Skriv till sekretariatet: "
                                                 "processledning@example.se"));
  bool linked = false;
  for (const hok::Block& block : overview.blocks) {
    for (const hok::Field& fact : block.facts) {
      for (const hok::Inline& run : fact.value) linked = linked || run.url == "mailto:processledning@example.se";
    }
  }
  CHECK(linked);
}

TEST_CASE("the start page begins with choosing a municipality, then what to decide now", "[digest]") {
  MinimalSite minimal;
  hok::Site site = minimal.build();
  const hok::Page& index = page(site, "index");
  REQUIRE(index.sections.size() >= 3);
  CHECK(index.sections[0].anchor == "choose-municipality");
  CHECK(index.sections[0].heading == "Välj din kommun");
  CHECK(index.sections[1].anchor == "decide-now");
  const std::string choose = all_text(index.sections[0]);
  // Every municipality, and Storstad with its districts beside it.
  CHECK_THAT(choose, Catch::Contains("Älvby kommun") && Catch::Contains("Björkö") &&
                         Catch::Contains("Storstads kommun: Innerstaden, Söderort"));
  std::vector<std::string> anchors;
  for (const hok::Section& sub : index.sections[1].subsections) anchors.push_back(sub.anchor);
  CHECK(anchors == std::vector<std::string>{"without-owner", "follow-up-overdue", "without-ksa-gsa"});
  // The figures come after.
  auto figures = std::find_if(index.sections.begin(), index.sections.end(),
                              [](const hok::Section& s) { return s.anchor == "key-figures"; });
  CHECK(figures - index.sections.begin() > 1);
}

TEST_CASE("an adoption decision without a registration number says it is not recorded", "[digest]") {
  MinimalSite minimal;
  hok::Site site = minimal.build();
  const hok::Section& adoption = section(page(site, "agreements/hok-exempel"), "adoption");
  const std::string text = all_text(adoption);
  // Björkö's decision has a date and a body but no registration number.
  CHECK_THAT(text, Catch::Contains("Björkö kommun | 2022-05-30 | Kommunfullmäktige | uppgift saknas |"));
}

TEST_CASE("the chart puts the former forums apart and shows the agreements without an owner", "[digest]") {
  hok::ValidationResult validation = hok::validate_registry(HOK_SOURCE_DIR "/data");
  hok::TemplateStore templates;
  hok::MessageCatalog catalog(templates, "sv");
  hok::GapOptions options;
  options.as_of = {2026, 11, 26};
  hok::Site site = hok::build_site(*validation.load.registry, hok::compute_gaps(*validation.load.registry, options), catalog);
  const hok::Section& chart = section(page(site, "index"), "organisation-chart");
  const hok::Block* block = nullptr;
  for (const hok::Block& one : chart.blocks) {
    if (one.type == hok::Block::Type::OrgChart) block = &one;
  }
  REQUIRE(block != nullptr);
  std::vector<std::string> roots;
  for (const hok::ChartNode& root : block->org_chart) roots.push_back(root.id);
  CHECK(roots == std::vector<std::string>{"band-political--", "band-official--", "band-consultation--",
                                          "band-subregional--", "band-local--", "former-forums--", "without-owner--"});
  CHECK(block->org_chart[0].children.front().id == "vis-politisk-styrgrupp");
  const hok::ChartNode& former = block->org_chart[5];
  CHECK(text_of(former.label) == "Tidigare forum (under avveckling)");
  REQUIRE_FALSE(former.children.empty());
  for (const hok::ChartNode& forum : former.children) {
    CHECK_FALSE(forum.is_agreement);
    CHECK_THAT(text_of(forum.label), Catch::EndsWith(")"));  // its state: "(aktiv)", "(vilande)"
  }
  for (const hok::ChartNode& agreement : block->org_chart[6].children) CHECK(agreement.is_agreement);
  CHECK_FALSE(block->org_chart[6].children.empty());
  // The legend follows the chart.
  CHECK_THAT(all_text(chart), Catch::Contains("Så läser du schemat"));
}

TEST_CASE("a municipality's agreements: the main agreement first, a decision without its date says so",
          "[digest]") {
  MinimalSite minimal;
  for (hok::Agreement& agreement : minimal.registry().agreements) {
    if (agreement.id != "hok-exempel" || !agreement.adoption) continue;
    for (hok::AdoptionDecision& decision : agreement.adoption->decisions) {
      if (decision.party == "alvby") decision.date.reset();
    }
  }
  hok::Site site = minimal.build();
  const hok::Section& part = subsection(page(site, "municipalities/alvby").sections.front(), "agreements");
  const hok::Block* table = nullptr;
  for (const hok::Block& block : part.blocks) {
    if (!block.table.rows.empty()) table = &block;
  }
  REQUIRE(table != nullptr);
  REQUIRE(table->table.rows.size() >= 2);
  const auto& first = table->table.rows.front();
  CHECK_THAT(text_of(first[0]), Catch::Contains("Huvudöverenskommelse"));
  // The decision is recorded, only its day is not: "datum okänt", not "uppgift saknas".
  CHECK(text_of(first[1]) == "datum okänt");
  CHECK(text_of(first[2]) == "Kommunfullmäktige");
}

TEST_CASE("a municipality's agreements with nothing recorded on its adoption are listed under one sentence",
          "[digest]") {
  MinimalSite minimal;
  // No adoption recorded for any agreement but the main one.
  std::size_t party_to = 0;
  for (hok::Agreement& agreement : minimal.registry().agreements) {
    if (std::find(agreement.parties.begin(), agreement.parties.end(), "alvby") != agreement.parties.end()) ++party_to;
    if (agreement.id != "hok-exempel") agreement.adoption.reset();
  }
  REQUIRE(party_to >= 3);
  hok::Site site = minimal.build();
  const hok::Section& part = subsection(page(site, "municipalities/alvby").sections.front(), "agreements");
  const std::string text = all_text(part);
  INFO(text);
  std::size_t rows = 0;
  std::size_t items = 0;
  for (const hok::Block& block : part.blocks) {
    rows += block.table.rows.size();
    items += block.items.size();
  }
  CHECK(rows == 1);  // the main agreement, its decision recorded
  CHECK(items == party_to - 1);
  CHECK_THAT(text, Catch::Contains("För de här " + std::to_string(party_to - 1) +
                                   " är det inte registrerat om eller när Älvby kommun har antagit dem:"));
  CHECK_THAT(text, !Catch::Contains("uppgift saknas"));
}

TEST_CASE("the key figures say 'ingen registrerad' for a kind with no record, not 0", "[digest]") {
  // examples/minimal without its follow-ups, as files: records taken out of a loaded registry
  // would leave its index pointing at them.
  const std::filesystem::path copy =
      std::filesystem::temp_directory_path() / ("hok-no-followups-" + std::to_string(::getpid()));
  std::filesystem::remove_all(copy);
  std::filesystem::copy(HOK_SOURCE_DIR "/examples/minimal", copy, std::filesystem::copy_options::recursive);
  std::filesystem::remove_all(copy / "followups");
  hok::ValidationResult validation = hok::validate_registry(copy);
  std::filesystem::remove_all(copy);
  REQUIRE(validation.load.registry);
  hok::TemplateStore templates;
  hok::MessageCatalog catalog(templates, "sv");
  hok::GapOptions options;
  options.as_of = {2026, 11, 26};
  const hok::GapReport gaps = hok::compute_gaps(*validation.load.registry, options);
  hok::Site site = hok::build_site(*validation.load.registry, gaps, catalog);
  const hok::Page& index = page(site, "index");
  auto figures = std::find_if(index.sections.begin(), index.sections.end(),
                              [](const hok::Section& s) { return s.anchor == "key-figures"; });
  REQUIRE(figures != index.sections.end());
  const std::string text = all_text(*figures);
  INFO(text);
  CHECK_THAT(text, Catch::Contains("Uppföljningar | ingen registrerad |"));
  CHECK_THAT(text, !Catch::Contains("Uppföljningar | 0 |"));
}

TEST_CASE("the start page lists areas and gaps in Swedish order: å, ä, ö after z", "[digest]") {
  // Byte order of the ids would put them as the registry has them; byte order of the names would
  // put Ängby before Åsa (Ä is C3 84, Å is C3 85 in UTF-8).
  MinimalSite minimal;
  std::vector<std::string> names = {"Österåker", "Ängby", "Åsa"};
  std::size_t next = 0;
  for (hok::Municipality& municipality : minimal.registry().municipalities) {
    if (next < names.size()) municipality.name = names[next++];
  }
  REQUIRE(next == 3);
  // Every area without an active KSA and GSA (the records stay: the registry's index points at them).
  for (hok::CoordinatingFunction& function : minimal.registry().functions) function.status = "ended";
  hok::Site site = minimal.build();
  const hok::Page& index = page(site, "index");
  const std::string choose = all_text(index.sections[0]);
  const std::string decide = all_text(index.sections[1]);
  INFO(choose);
  INFO(decide);
  // Storstad (now Åsa) has districts: its areas are Innerstaden and Söderort.
  const std::vector<std::pair<const std::string*, std::vector<std::string>>> lists = {
      {&choose, {"Åsa", "Ängby", "Österåker"}}, {&decide, {"Innerstaden", "Söderort", "Ängby", "Österåker"}}};
  for (const auto& [text, expected] : lists) {
    std::size_t at = 0;
    for (const std::string& name : expected) {
      const std::size_t found = text->find(name, at);
      CHECK(found != std::string::npos);
      if (found != std::string::npos) at = found;
    }
  }
}

TEST_CASE("every list of a municipality's districts is in Swedish order, not the files' order", "[digest]") {
  // Storstad's districts are innerstaden and soderort in file order; named Östra and Åby they read
  // Åby, Östra — on the municipality's page, in its summary and in the list of municipalities.
  MinimalSite minimal;
  for (hok::District& district : minimal.registry().districts) {
    if (district.id == "storstad-innerstaden") district.name = "Östra";
    if (district.id == "storstad-soderort") district.name = "Åby";
  }
  hok::Site site = minimal.build();
  const hok::Page& storstad = page(site, "municipalities/storstad");
  const std::string districts = all_text(section(storstad, "districts"));
  const std::string summary = all_text(storstad.sections.front());
  const std::string list = all_text(page(site, "municipalities/index").sections.front());
  for (const std::string* text : {&districts, &summary, &list}) {
    INFO(*text);
    const std::size_t aby = text->find("Åby");
    const std::size_t ostra = text->find("Östra");
    REQUIRE(aby != std::string::npos);
    REQUIRE(ostra != std::string::npos);
    CHECK(aby < ostra);
  }
}

TEST_CASE("a seat in a former forum is not said to be a seat in a regional group", "[digest]") {
  // data/: Stockholm sits in BUSSAM and three other former forums, and in no group of today's
  // collaboration — as gap rule G013 says on the same page.
  hok::ValidationResult validation = hok::validate_registry(HOK_SOURCE_DIR "/data");
  REQUIRE(validation.load.registry);
  hok::TemplateStore templates;
  hok::MessageCatalog catalog(templates, "sv");
  hok::GapOptions options;
  options.as_of = {2026, 11, 26};
  hok::Site site = hok::build_site(*validation.load.registry, hok::compute_gaps(*validation.load.registry, options), catalog);
  const std::string forums = all_text(subsection(page(site, "municipalities/stockholm").sections.front(), "forums"));
  INFO(forums);
  CHECK_THAT(forums, Catch::Contains("Ingen plats för Stockholm finns registrerad i någon regional grupp."));
  CHECK_THAT(forums, Catch::Contains("Stockholm har plats i 4 tidigare forum (under avveckling):"));
  CHECK_THAT(forums, Catch::Contains("BUSSAM"));
  CHECK_THAT(forums, !Catch::Contains("regionala grupper:"));
}
