// The portal's links to the git host's web editor (hok.yaml's `repository`): the addresses per
// host, the encoding, the proposals that close a missing KSA/GSA or an overdue follow-up, and the
// pages with and without the setting. tests/e2e/test_digest_change_links.sh saves the proposed
// files into data/ and validates them.
#include <algorithm>
#include <catch2/catch.hpp>

#include "app/validation.hpp"
#include "digest/change_links.hpp"
#include "digest/site_builder.hpp"
#include "document/message_catalog.hpp"
#include "document/template_store.hpp"
#include "test_support.hpp"
#include "test_digest_support.hpp"

namespace {

hok::RepositorySetting repository(const std::string& host, const std::string& path = "data") {
  return {host, "https://git.example.org/region/registret/", "main", path};
}

// Every external link of a site's pages whose text starts with `prefix`.
std::vector<hok::Inline> links(const hok::Site& site, const std::string& page_path,
                               const std::string& prefix) {
  std::vector<hok::Inline> found;
  auto scan_cell = [&](const hok::Cell& cell) {
    for (const hok::Inline& run : cell) {
      if (!run.url.empty() && run.text.rfind(prefix, 0) == 0) found.push_back(run);
    }
  };
  std::function<void(const hok::Section&)> scan = [&](const hok::Section& section) {
    for (const hok::Block& block : section.blocks) {
      for (const hok::Cell& item : block.items) scan_cell(item);
      for (const hok::Field& fact : block.facts) scan_cell(fact.value);
      for (const auto& row : block.table.rows) {
        for (const hok::Cell& cell : row) scan_cell(cell);
      }
    }
    for (const hok::Section& sub : section.subsections) scan(sub);
  };
  for (const hok::Page& page : site.pages) {
    if (!page_path.empty() && page.path != page_path) continue;
    for (const hok::Section& section : page.sections) scan(section);
  }
  return found;
}

using hok::test::MinimalSite;

}  // namespace

TEST_CASE("percent-encoding keeps only the unreserved characters", "[digest][change_links]") {
  CHECK(hok::percent_encode("a-b_c.d~e") == "a-b_c.d~e");
  CHECK(hok::percent_encode("roles:\n  - ksa # å") == "roles%3A%0A%20%20-%20ksa%20%23%20%C3%A5");
  CHECK(hok::percent_encode("data/functions/x.yaml") == "data%2Ffunctions%2Fx.yaml");
  CHECK(hok::percent_encode("data/functions/x.yaml", true) == "data/functions/x.yaml");
  CHECK(hok::percent_encode("&=?#+%") == "%26%3D%3F%23%2B%25");
}

TEST_CASE("each host's editor and new-file page", "[digest][change_links]") {
  const std::string base = "https://git.example.org/region/registret";
  hok::ChangeLinks github(repository("github"), "sv");
  REQUIRE(github.enabled());
  CHECK(github.host_name() == "GitHub");
  CHECK(github.edit_url("functions/a.yaml") == base + "/edit/main/data/functions/a.yaml");
  CHECK(github.new_file_url("functions/a b.yaml", "id: a\n") ==
        base + "/new/main?filename=data%2Ffunctions%2Fa%20b.yaml&value=id%3A%20a%0A");

  hok::ChangeLinks gitlab(repository("gitlab"), "sv");
  CHECK(gitlab.host_name() == "GitLab");
  CHECK(gitlab.edit_url("functions/a.yaml") == base + "/-/edit/main/data/functions/a.yaml");
  CHECK(gitlab.new_file_url("functions/a.yaml", "id: a\n") ==
        base + "/-/new/main/data/functions?file_name=a.yaml&content=id%3A%20a%0A");

  hok::ChangeLinks forgejo(repository("forgejo", ""), "sv");
  CHECK(forgejo.host_name() == "Forgejo");
  CHECK(forgejo.edit_url("functions/a.yaml") == base + "/_edit/main/functions/a.yaml");
  CHECK(forgejo.new_file_url("functions/a.yaml", "id: a\n") ==
        base + "/_new/main/?filename=functions%2Fa.yaml&value=id%3A%20a%0A");
}

TEST_CASE("a branch and a folder with odd characters are encoded, slashes kept", "[digest][change_links]") {
  hok::RepositorySetting setting{"github", "https://git.example.org/r", "/release/2026 vår/",
                                 "/registret/data/"};
  hok::ChangeLinks links(setting, "sv");
  CHECK(links.edit_url("groups/g.yaml") ==
        "https://git.example.org/r/edit/release/2026%20v%C3%A5r/registret/data/groups/g.yaml");
}

TEST_CASE("no links without the setting, for an unknown host or an address that is not http(s)",
          "[digest][change_links]") {
  CHECK_FALSE(hok::ChangeLinks(std::nullopt, "sv").enabled());
  CHECK(hok::ChangeLinks(std::nullopt, "sv").edit_url("groups/g.yaml").empty());
  CHECK_FALSE(hok::ChangeLinks(repository("bitbucket"), "sv").enabled());
  hok::RepositorySetting javascript{"github", "javascript:alert(1)", "main", ""};
  CHECK_FALSE(hok::ChangeLinks(javascript, "sv").enabled());
  hok::RepositorySetting mail{"github", "mailto:a@example.org", "main", ""};
  CHECK_FALSE(hok::ChangeLinks(mail, "sv").enabled());
  hok::RepositorySetting no_branch{"github", "https://git.example.org/r", "", ""};
  CHECK_FALSE(hok::ChangeLinks(no_branch, "sv").enabled());
}

TEST_CASE("the proposed KSA is hok new's template with the holder left to fill", "[digest][change_links]") {
  MinimalSite minimal;
  auto proposal = hok::function_proposal(minimal.registry(), "bjorko", "ksa");
  REQUIRE(proposal);
  CHECK(proposal->path() == "functions/bjorko-ksa.yaml");
  hok::ChangeLinks links(repository("github"), "sv");
  const std::string text = links.new_record_text(*proposal);
  CHECK(text.rfind("# Samordnande funktion, föreslagen från portalen.\n", 0) == 0);
  CHECK(text.find("hok new") == std::string::npos);
  CHECK(text.find("\nid: bjorko-ksa\n") != std::string::npos);
  CHECK(text.find("\nroles:\n  - ksa\n") != std::string::npos);
  CHECK(text.find("\narea: bjorko\n") != std::string::npos);
  CHECK(text.find("\nholder:\n") != std::string::npos);
  CHECK(text.find("# Vem som har funktionen") != std::string::npos);
}

TEST_CASE("a proposal never takes an id that is used", "[digest][change_links]") {
  MinimalSite minimal;
  // alvby-ksa is a record already: the next free id is proposed.
  auto proposal = hok::function_proposal(minimal.registry(), "alvby", "ksa");
  REQUIRE(proposal);
  CHECK(proposal->id == "alvby-ksa-2");
  auto followup = hok::followup_proposal(minimal.registry(), "samordnade-resor", 2026);
  REQUIRE(followup);
  CHECK(followup->path() == "followups/uppfoljning-2026-samordnade-resor.yaml");
  CHECK(followup->to_fill == std::vector<std::string>{"date"});
  // An id that would pass 64 characters is no proposal.
  CHECK_FALSE(hok::function_proposal(minimal.registry(), std::string(62, 'a'), "ksa"));
}

TEST_CASE("with the setting every record page has an edit link to its own file; without it none",
          "[digest][change_links]") {
  MinimalSite minimal;
  hok::Site plain = minimal.build();
  CHECK(links(plain, "", "Ändra").empty());
  CHECK(links(plain, "", "Åtgärda").empty());
  for (const hok::Page& page : plain.pages) {
    CHECK(std::none_of(page.sections.begin(), page.sections.end(),
                       [](const hok::Section& section) { return section.anchor == "change"; }));
  }

  minimal.registry().settings.repository = repository("gitlab");
  hok::Site site = minimal.build();
  std::size_t records = 0;
  for (const hok::Page& page : site.pages) {
    const std::vector<hok::Inline> edits = links(site, page.path, "Ändra i registret");
    if (page.type != hok::PageType::Record) {
      CHECK(edits.empty());
      continue;
    }
    ++records;
    REQUIRE(edits.size() == 1);
    CHECK(edits.front().text == "Ändra i registret (öppnas hos GitLab)");
    // The record's own file, wherever it lies under its kind's folder (agreements/aldre/…).
    const std::string id = page.path.substr(page.path.find('/') + 1);
    const hok::RecordBase* record = minimal.registry().find(id);
    REQUIRE(record != nullptr);
    CHECK(edits.front().url ==
          "https://git.example.org/region/registret/-/edit/main/data/" + record->source->path);
    CHECK(page.sections.back().anchor == "change");
  }
  CHECK(records > 40);

  hok::Site english = minimal.build("en");
  const std::vector<hok::Inline> edits = links(english, "groups/samrad-aldre", "Edit in the registry");
  REQUIRE(edits.size() == 1);
  CHECK(edits.front().text == "Edit in the registry (opens at GitLab)");
}

TEST_CASE("a missing KSA has a fix link on the area's page and on the start page", "[digest][change_links]") {
  MinimalSite minimal;
  // Björkö's coordination is one function for both roles; recorded for another area, Björkö
  // has neither.
  for (hok::CoordinatingFunction& function : minimal.registry().functions) {
    if (function.area == "bjorko") function.area = "alvby";
  }
  minimal.registry().settings.repository = repository("github");
  hok::Site site = minimal.build();
  const std::vector<hok::Inline> on_page = links(site, "municipalities/bjorko", "Åtgärda");
  REQUIRE(on_page.size() == 2);
  CHECK(on_page[0].text == "Åtgärda: föreslå en KSA för Björkö kommun (öppnas hos GitHub)");
  CHECK(on_page[0].url.find("/new/main?filename=data%2Ffunctions%2Fbjorko-ksa.yaml&value=") !=
        std::string::npos);
  CHECK(on_page[1].text == "Åtgärda: föreslå en GSA för Björkö kommun (öppnas hos GitHub)");
  // On the start page, in the line that names Björkö: short links after "Åtgärda hos GitHub:".
  const std::vector<hok::Inline> on_start = links(site, "index", "föreslå en ");
  CHECK(std::count_if(on_start.begin(), on_start.end(), [&](const hok::Inline& link) {
          return link.url == on_page[0].url && link.text == "föreslå en KSA";
        }) == 1);
  CHECK(std::count_if(on_start.begin(), on_start.end(), [&](const hok::Inline& link) {
          return link.url == on_page[1].url && link.text == "föreslå en GSA";
        }) == 1);
  const hok::Page& index = site.pages.front();
  bool said = false;
  for (const hok::Section& sub : index.sections[1].subsections) {
    for (const hok::Block& block : sub.blocks) {
      for (const hok::Cell& item : block.items) {
        std::string text;
        for (const hok::Inline& run : item) text += run.text;
        said =
            said ||
            text == "Björkö kommun – varken KSA eller GSA registrerad – Åtgärda hos GitHub: föreslå en KSA, föreslå en GSA";
      }
    }
  }
  CHECK(said);
}

TEST_CASE("an agreement whose follow-up is not recorded in time proposes one on its page",
          "[digest][change_links]") {
  MinimalSite minimal;
  minimal.registry().settings.repository = repository("forgejo");
  hok::MessageCatalog catalog(minimal.templates, "sv");
  hok::GapOptions options;
  options.as_of = {2028, 6, 1};  // two years on: every yearly follow-up is overdue
  hok::GapReport gaps = hok::compute_gaps(minimal.registry(), options);
  hok::Site site = hok::build_site(minimal.registry(), gaps, catalog);
  const std::vector<hok::Inline> fixes = links(site, "agreements/barn-placerade", "Åtgärda");
  REQUIRE(fixes.size() == 1);
  CHECK(fixes.front().text.rfind("Åtgärda: registrera en uppföljning av ", 0) == 0);
  CHECK(fixes.front().url.find(
            "/_new/main/?filename=data%2Ffollowups%2Fuppfoljning-2028-barn-placerade.yaml&value=") !=
        std::string::npos);
  // On the start page, short, after "Åtgärda hos Forgejo:".
  const std::vector<hok::Inline> on_start = links(site, "index", "registrera en uppföljning");
  CHECK(std::any_of(on_start.begin(), on_start.end(),
                    [&](const hok::Inline& link) { return link.url == fixes.front().url; }));
}

TEST_CASE("the proposed follow-up leaves its date to fill; a field the kind lacks is refused", "[digest][change_links]") {
  MinimalSite minimal;
  hok::ChangeLinks links(repository("github"), "en");
  auto followup = hok::followup_proposal(minimal.registry(), "samordnade-resor", 2026);
  REQUIRE(followup);
  const std::string text = links.new_record_text(*followup);
  CHECK(text.rfind("# Follow-up, proposed from the portal.\n# Fill in the empty fields and save.", 0) == 0);
  CHECK(text.find("\nsubject: samordnade-resor\n") != std::string::npos);
  CHECK(text.find("\nyear: 2026\n") != std::string::npos);
  CHECK(text.find("\ndate:\n") != std::string::npos);
  hok::NewRecordProposal wrong{"followups", "x", {}, {"dated"}};
  CHECK_THROWS_AS(links.new_record_text(wrong), hok::HokError);
}

TEST_CASE("a KSA recorded but not active is fixed by editing it, not by adding another", "[digest][change_links]") {
  MinimalSite minimal;
  for (hok::CoordinatingFunction& function : minimal.registry().functions) {
    if (function.area == "bjorko") function.status = "planned";
  }
  minimal.registry().settings.repository = repository("github");
  hok::Site site = minimal.build();
  const std::string edit =
      "https://git.example.org/region/registret/edit/main/data/functions/bjorko-samordning.yaml";
  const std::vector<hok::Inline> on_page = links(site, "municipalities/bjorko", "Åtgärda");
  REQUIRE(on_page.size() == 2);  // the missing KSA and the missing GSA: the same function
  for (const hok::Inline& link : on_page) {
    CHECK(link.text == "Åtgärda: ange vem som har KSA, GSA Björkö kommun och gör den aktiv (öppnas hos GitHub)");
    CHECK(link.url == edit);
  }
  // On the start page once, short.
  const std::vector<hok::Inline> on_start = links(site, "index", "ändra ");
  CHECK(std::count_if(on_start.begin(), on_start.end(), [&](const hok::Inline& link) {
          return link.url == edit && link.text == "ändra KSA, GSA Björkö kommun";
        }) == 1);
}
