// The digest's page model, built from examples/minimal: links that resolve, "what points here",
// the reporting line, the organisation chart, and people only when contacts are published.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

#include "app/validation.hpp"
#include "document/message_catalog.hpp"
#include "digest/site_builder.hpp"
#include "document/template_store.hpp"
#include "test_digest_support.hpp"

namespace {

using hok::test::MinimalSite;

const hok::Page& page(const hok::Site& site, const std::string& path) {
  auto it = std::find_if(site.pages.begin(), site.pages.end(), [&](const hok::Page& p) { return p.path == path; });
  REQUIRE(it != site.pages.end());
  return *it;
}

const hok::Section& section(const hok::Page& page, const std::string& anchor) {
  auto it = std::find_if(page.sections.begin(), page.sections.end(),
                         [&](const hok::Section& s) { return s.anchor == anchor; });
  REQUIRE(it != page.sections.end());
  return *it;
}

const hok::Cell* field(const hok::Section& section, const std::string& label) {
  for (const hok::Block& block : section.blocks) {
    for (const hok::Field& field : block.facts) {
      if (field.label == label) return &field.value;
    }
  }
  return nullptr;
}

// The section's first table, or nullptr.
const hok::Table* table_of(const hok::Section& section) {
  for (const hok::Block& block : section.blocks) {
    if (block.type == hok::Block::Type::Table) return &block.table;
  }
  return nullptr;
}

// The roots of the section's organisation chart (none when it has no chart).
const std::vector<hok::ChartNode>& org_chart_of(const hok::Section& section) {
  static const std::vector<hok::ChartNode> none;
  for (const hok::Block& block : section.blocks) {
    if (block.type == hok::Block::Type::OrgChart) return block.org_chart;
  }
  return none;
}

std::vector<std::string> links_in(const hok::Cell& cell) {
  std::vector<std::string> pages;
  for (const hok::Inline& run : cell) {
    if (!run.page.empty()) pages.push_back(run.page);
  }
  return pages;
}

void for_each_cell(const hok::Site& site, const std::function<void(const hok::Page&, const hok::Cell&)>& visit) {
  std::function<void(const hok::Page&, const hok::ChartNode&)> chart = [&](const hok::Page& p, const hok::ChartNode& node) {
    visit(p, node.label);
    for (const auto& child : node.children) chart(p, child);
  };
  for (const hok::Page& p : site.pages) {
    for (const hok::Section& s : p.sections) {
      for (const hok::Block& b : s.blocks) {
        for (const auto& f : b.facts) visit(p, f.value);
        for (const auto& item : b.items) visit(p, item);
        for (const auto& row : b.table.rows) {
          for (const auto& cell : row) visit(p, cell);
        }
        for (const auto& node : b.org_chart) chart(p, node);
      }
    }
  }
}

}  // namespace

TEST_CASE("minimal example validates cleanly, so the digest may be built", "[digest]") {
  MinimalSite minimal;
  for (const auto& finding : minimal.validation.findings) {
    INFO(finding.code << " " << finding.message);
    CHECK(finding.severity != hok::Severity::Error);
  }
}

TEST_CASE("every internal link names a page of the site", "[digest]") {
  MinimalSite minimal;
  hok::Site site = minimal.build();
  std::size_t links = 0;
  for_each_cell(site, [&](const hok::Page& p, const hok::Cell& cell) {
    for (const std::string& target : links_in(cell)) {
      INFO(p.path << " → " << target);
      CHECK(site.has_page(target));
      ++links;
    }
  });
  CHECK(links > 100);
  CHECK(site.pages.front().path == "index");
}

TEST_CASE("a page per record of every kind but people, and a list page per kind", "[digest]") {
  MinimalSite minimal;
  hok::Site site = minimal.build();
  for (const char* path : {"agreements/index", "agreements/hok-exempel", "groups/samrad-barn", "municipalities/storstad",
                           "districts/storstad-innerstaden", "organisations/ksob", "functions/alvby-ksa",
                           "plans/handlingsplan-2024-2028", "followups/uppfoljning-2026-hok", "subregions/storstaden"}) {
    INFO(path);
    CHECK(site.has_page(path));
  }
  CHECK_FALSE(site.has_page("people/anna-andersson"));
  CHECK_FALSE(site.has_page("people/index"));
}

TEST_CASE("an agreement page links its owner and parties and shows what points to it", "[digest]") {
  MinimalSite minimal;
  hok::Site site = minimal.build();
  const hok::Page& agreement = page(site, "agreements/barn-placerade");
  const hok::Cell* owner = field(section(agreement, "overview"), "Ägare");
  REQUIRE(owner != nullptr);
  CHECK(links_in(*owner) == std::vector<std::string>{"groups/samrad-barn"});
  // What points here, said as relations rather than field names.
  const hok::Section& connections = section(agreement, "connections");
  REQUIRE_FALSE(connections.blocks.empty());
  bool followed_up = false;
  for (const hok::Field& fact : connections.blocks.front().facts) {
    CHECK(fact.label.find('[') == std::string::npos);
    followed_up = followed_up || fact.label.rfind("Följs upp i 1 uppföljning", 0) == 0;
  }
  CHECK(followed_up);
  const hok::Page& hok_page = page(site, "agreements/hok-exempel");
  const hok::Section& adoption = section(hok_page, "adoption");
  REQUIRE(table_of(adoption) != nullptr);
  CHECK(table_of(adoption)->rows.size() == 4);  // the region and three municipalities
}

namespace {

// The cell's text as a reader sees it, links and all.
std::string text_of(const hok::Cell& cell) {
  std::string text;
  for (const hok::Inline& run : cell) text += run.text;
  return text;
}

}  // namespace

TEST_CASE("a group page says whom it reports to, and the way on up to VIS, as a sentence", "[digest]") {
  MinimalSite minimal;
  hok::Site site = minimal.build();
  const hok::Page& group = page(site, "groups/samrad-barn");
  CHECK(field(section(group, "overview"), "Rapporterar via") == nullptr);
  const hok::Cell* line = field(section(group, "overview"), "Rapporterar till");
  REQUIRE(line != nullptr);
  CHECK(links_in(*line) == std::vector<std::string>{"groups/vis-tjanstestyrgrupp", "groups/vis-politisk"});
  CHECK(text_of(*line) == "VIS tjänstestyrgrupp, och därifrån vidare till Vård i samverkan – politisk styrgrupp");
  const hok::Section& agreements = section(group, "agreements");
  REQUIRE(table_of(agreements) != nullptr);
  CHECK_FALSE(table_of(agreements)->rows.empty());

  // Three steps: the last two joined by "och"; the group itself is not in its own line.
  const hok::Cell* local = field(section(page(site, "groups/lokal-alvby"), "overview"), "Rapporterar till");
  REQUIRE(local != nullptr);
  CHECK(text_of(*local) ==
        "Delregional samverkan norra länet, och därifrån vidare till VIS tjänstestyrgrupp och Vård i samverkan – politisk styrgrupp");
  // The top reports to nobody: no line at all rather than "uppgift saknas".
  CHECK(field(section(page(site, "groups/vis-politisk"), "overview"), "Rapporterar till") == nullptr);

  hok::Site english = minimal.build("en");
  const hok::Cell* en = field(section(page(english, "groups/lokal-alvby"), "overview"), "Reports to");
  REQUIRE(en != nullptr);
  CHECK(text_of(*en).find(", and from there on to VIS") != std::string::npos);
}

TEST_CASE("a group that names no one to report to says it is not recorded", "[digest]") {
  MinimalSite minimal;
  for (hok::Group& group : minimal.registry().groups) {
    if (group.id == "samrad-barn") group.reports_to.reset();
  }
  hok::Site site = minimal.build();
  const hok::Cell* line = field(section(page(site, "groups/samrad-barn"), "overview"), "Rapporterar till");
  REQUIRE(line != nullptr);
  CHECK(text_of(*line) == "uppgift saknas");
  CHECK(line->front().muted);
}

TEST_CASE("a group without agreements says none is recorded, not that it has none", "[digest]") {
  MinimalSite minimal;
  const hok::Site swedish = minimal.build();
  const hok::Section& sv = section(page(swedish, "groups/lokal-alvby"), "agreements");
  CHECK(sv.empty());
  CHECK(sv.empty_note == "Ingen överenskommelse som gruppen äger eller berörs av är registrerad.");
  const hok::Site english = minimal.build("en");
  const hok::Section& en = section(page(english, "groups/lokal-alvby"), "agreements");
  CHECK(en.empty_note == "No agreement that the group owns or is related to is recorded.");
}

TEST_CASE("a former forum that owns no agreement points to the agreements it carries", "[digest]") {
  // Äldresamrådet owns none, but two of its responsibilities name agreements: not "no agreement
  // concerns the group" above the list of them.
  MinimalSite minimal;
  const hok::Site site = minimal.build();
  const hok::Section& agreements = section(page(site, "groups/aldresamradet"), "agreements");
  CHECK(agreements.empty());
  CHECK(agreements.empty_note ==
        "Gruppen äger ingen överenskommelse. De överenskommelser den har haft ansvar för står under Ansvar som ska "
        "föras över.");
}

TEST_CASE("an agreement's parties: the Region, the municipalities in Swedish order, then the rest", "[digest]") {
  MinimalSite minimal;
  for (hok::Agreement& agreement : minimal.registry().agreements) {
    if (agreement.id == "hok-exempel")
      agreement.parties = {"storstad", "kommunforbundet", "bjorko", "region-exempel", "alvby"};
  }
  hok::Site site = minimal.build();
  const hok::Cell* parties = field(section(page(site, "agreements/hok-exempel"), "overview"), "Parter");
  REQUIRE(parties != nullptr);
  // Björkö, Storstad, Älvby: å, ä and ö after z, as a Swedish reader looks for them.
  CHECK(links_in(*parties) == std::vector<std::string>{"organisations/region-exempel", "municipalities/bjorko",
                                                       "municipalities/storstad", "municipalities/alvby",
                                                       "organisations/kommunforbundet"});
  // The adoption table in the same order: the Region's decision first, not after the municipalities.
  const hok::Table* adoption = table_of(section(page(site, "agreements/hok-exempel"), "adoption"));
  REQUIRE(adoption != nullptr);
  std::vector<std::string> rows;
  for (const auto& row : adoption->rows) rows.push_back(links_in(row.front()).front());
  CHECK(rows == std::vector<std::string>{"organisations/region-exempel", "municipalities/bjorko",
                                         "municipalities/storstad", "municipalities/alvby"});
}

TEST_CASE("people appear nowhere unless contacts are published", "[digest]") {
  MinimalSite minimal;
  hok::Site hidden = minimal.build();
  for_each_cell(hidden, [&](const hok::Page& p, const hok::Cell& cell) {
    for (const hok::Inline& run : cell) {
      INFO(p.path << ": " << run.text);
      CHECK(run.page.rfind("people/", 0) == std::string::npos);
      CHECK(run.text != "Anna Andersson");
    }
  });
  const hok::Section& seats = section(page(hidden, "groups/samrad-barn"), "seats");
  REQUIRE(table_of(seats) != nullptr);
  CHECK(table_of(seats)->headers.size() == 4);

  minimal.validation.load.registry->settings.publish_contacts = true;
  hok::Site shown = minimal.build();
  CHECK(shown.has_page("people/anna-andersson"));
  CHECK(table_of(section(page(shown, "groups/samrad-barn"), "seats"))->headers.size() == 5);
}

TEST_CASE("the organisation chart is in bands by level, owned agreements under their group", "[digest]") {
  MinimalSite minimal;
  hok::Site site = minimal.build();
  const hok::Section& chart = section(site.pages.front(), "organisation-chart");
  const std::vector<hok::ChartNode>& roots = org_chart_of(chart);
  std::vector<std::string> bands;
  for (const hok::ChartNode& root : roots) bands.push_back(root.label.front().text);
  CHECK(bands == std::vector<std::string>{"Politisk nivå", "Tjänstemannanivå", "Samrådsgrupper", "Delregional nivå",
                                          "Lokal nivå", "Tidigare forum (under avveckling)",
                                          "Överenskommelser utan ägare"});
  std::function<const hok::ChartNode*(const hok::ChartNode&, const std::string&)> find =
      [&](const hok::ChartNode& node, const std::string& id) -> const hok::ChartNode* {
    if (node.id == id) return &node;
    for (const auto& child : node.children) {
      if (const auto* found = find(child, id)) return found;
    }
    return nullptr;
  };
  REQUIRE(roots.size() == 7);
  CHECK(roots[0].children.front().id == "vis-politisk");
  // The secretariat reports to the official steering group, in the same band: under it.
  const hok::ChartNode* official = find(roots[1], "vis-tjanstestyrgrupp");
  REQUIRE(official != nullptr);
  CHECK(find(*official, "vis-processledning") != nullptr);
  // The consultation groups report to the official steering group, a band above: their own band.
  CHECK(find(roots[1], "samrad-barn") == nullptr);
  const hok::ChartNode* barn = find(roots[2], "samrad-barn");
  REQUIRE(barn != nullptr);
  CHECK(std::any_of(barn->children.begin(), barn->children.end(),
                    [](const hok::ChartNode& child) { return child.is_agreement && child.id == "barn-placerade"; }));
  // A working group under the consultation group it reports to.
  CHECK(find(roots[2], "arbetsgrupp-utskrivning") != nullptr);
  CHECK(find(roots[3], "delregion-norra") != nullptr);
  CHECK(find(roots[4], "lokal-alvby") != nullptr);
  CHECK(find(roots[5], "aldresamradet") != nullptr);
  CHECK(find(roots[0], "aldresamradet") == nullptr);
  // Every group once.
  for (const hok::Group& group : minimal.registry().groups) {
    int count = 0;
    std::function<void(const hok::ChartNode&)> visit = [&](const hok::ChartNode& node) {
      count += node.id == group.id;
      for (const auto& child : node.children) visit(child);
    };
    for (const auto& root : roots) visit(root);
    CHECK(count == 1);
  }
}

TEST_CASE("a level without groups says none is recorded; other groups and agreements without owner have bands", "[digest]") {
  MinimalSite minimal;
  // The local group recorded as a network: the local level is empty, the network in a band of its own.
  for (hok::Group& group : minimal.registry().groups) {
    if (group.type == "local") group.type = "network";
  }
  for (hok::Agreement& agreement : minimal.registry().agreements) {
    if (agreement.id == "barn-placerade") agreement.owner.reset();
  }
  hok::Site site = minimal.build();
  const std::vector<hok::ChartNode>& roots = org_chart_of(section(site.pages.front(), "organisation-chart"));
  REQUIRE(roots.size() == 8);  // five levels, other groups, former forums, without owner
  CHECK(roots[4].label.front().text == "Lokal nivå");
  REQUIRE(roots[4].children.size() == 1);
  CHECK(roots[4].children.front().label.front().text == "Ingen registrerad.");
  CHECK(roots[4].children.front().label.front().muted);
  CHECK(roots[5].label.front().text == "Övriga grupper");
  CHECK(roots[5].children.front().id == "lokal-alvby");
  CHECK(roots.back().label.front().text == "Överenskommelser utan ägare");
  CHECK(std::any_of(roots.back().children.begin(), roots.back().children.end(),
                    [](const hok::ChartNode& child) { return child.id == "barn-placerade"; }));
}

TEST_CASE("option --lang en changes every fixed text", "[digest]") {
  MinimalSite minimal;
  hok::Site sv = minimal.build("sv");
  hok::Site en = minimal.build("en");
  CHECK(page(sv, "agreements/index").title == "Överenskommelser");
  CHECK(page(en, "agreements/index").title == "Agreements");
  CHECK(section(page(en, "groups/samrad-barn"), "overview").heading == "Overview");
}

TEST_CASE("a group page says 'ingen utsedd' for what the group is recorded to lack, else not recorded",
          "[digest][unknown]") {
  MinimalSite minimal;
  hok::Group* group = nullptr;
  for (hok::Group& candidate : minimal.registry().groups) {
    if (candidate.type == "consultation-group") group = &candidate;
  }
  REQUIRE(group != nullptr);
  group->chair.clear();
  group->process_lead.clear();
  group->secretariat_nodes.clear();
  group->mandate.reset();
  auto text_and_muted = [](const hok::Cell* cell) {
    REQUIRE(cell != nullptr);
    std::string text;
    bool muted = true;
    for (const hok::Inline& run : *cell) {
      text += run.text;
      muted = muted && run.muted;
    }
    return std::make_pair(text, muted);
  };
  {
    hok::Site site = minimal.build();
    const hok::Page& page_of = page(site, "groups/" + group->id);
    CHECK(text_and_muted(field(section(page_of, "seats"), "Ordförande")) == std::make_pair(std::string("inte registrerat"), true));
    CHECK(field(section(page_of, "seats"), "Nod i processledningen") == nullptr);
    CHECK(section(page_of, "mandate").empty_note == "Inget uppdrag registrerat.");
  }
  group->lacks = {"chair", "secretariat_nodes", "mandate"};
  hok::Site site = minimal.build();
  const hok::Page& page_of = page(site, "groups/" + group->id);
  CHECK(text_and_muted(field(section(page_of, "seats"), "Ordförande")) == std::make_pair(std::string("ingen utsedd"), false));
  CHECK(text_and_muted(field(section(page_of, "seats"), "Processledare")) == std::make_pair(std::string("inte registrerat"), true));
  CHECK(text_and_muted(field(section(page_of, "seats"), "Nod i processledningen")) == std::make_pair(std::string("ingen utsedd"), false));
  CHECK(section(page_of, "mandate").empty_note == "Gruppen har ingen antagen uppdragsbeskrivning.");
}
