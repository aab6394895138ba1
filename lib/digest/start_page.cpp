#include "digest/start_page.hpp"

#include <algorithm>

#include "core/dates.hpp"
#include "core/text_order.hpp"

namespace hok {

std::vector<std::string> open_subjects(const GapReport& gaps, const std::string& code) {
  std::vector<std::string> subjects;
  for (const Finding& finding : gaps.findings) {
    if (finding.code != code || finding.waived_reason || !finding.subject) continue;
    if (std::find(subjects.begin(), subjects.end(), *finding.subject) == subjects.end()) {
      subjects.push_back(*finding.subject);
    }
  }
  return subjects;
}

namespace {

// With the registry's place on its git host: " – Åtgärda hos GitHub: föreslå en KSA, föreslå en
// GSA" after a line of the list. The line names the area or agreement, so the links are short
// (the area's own page has them in full); nothing without the setting.
void append_fixes(const SiteContext& site, Cell& item, const std::vector<Cell>& fixes) {
  bool first = true;
  std::vector<std::string> seen;  // one function holding both roles is one link
  for (const Cell& fix : fixes) {
    if (fix.empty() || std::find(seen.begin(), seen.end(), fix.front().url) != seen.end()) continue;
    seen.push_back(fix.front().url);
    item.push_back(text_run(first ? " – " + site.text("fix_at_host", {{"host", site.change_links().host_name()}}) + " "
                                  : std::string(", ")));
    item.insert(item.end(), fix.begin(), fix.end());
    first = false;
  }
}

}  // namespace

Section choose_municipality(const SiteContext& site) {
  Section section = site.section("choose_municipality", "choose-municipality");
  section.paragraph(site.text("choose_municipality_intro"));
  // In the order a reader looks for a name (Österåker last, not among the o's of the ids).
  std::vector<const Municipality*> municipalities;
  for (const Municipality& municipality : site.registry().municipalities) municipalities.push_back(&municipality);
  std::stable_sort(municipalities.begin(), municipalities.end(), [&](const Municipality* a, const Municipality* b) {
    return swedish_less(site.display_name(*a), site.display_name(*b));
  });
  for (const Municipality* listed : municipalities) {
    const Municipality& municipality = *listed;
    Cell item = site.record(municipality.id);
    const std::vector<const District*> districts = site.districts_of(municipality.id);
    if (!districts.empty()) {
      item.push_back(text_run(": "));
      for (std::size_t i = 0; i < districts.size(); ++i) {
        if (i > 0) item.push_back(text_run(", "));
        Cell district = site.record(districts[i]->id);
        item.insert(item.end(), district.begin(), district.end());
      }
    }
    section.item(std::move(item));
  }
  section.empty_note = site.text("no_municipalities");
  return section;
}

Section decide_now(const SiteContext& site, const GapReport& gaps) {
  Section section = site.section("decide_now", "decide-now");
  section.paragraph(site.text("decide_now_intro", {{"date", format_date(gaps.as_of)}}));
  struct Topic {
    const char* heading_key;
    const char* anchor;
    std::vector<std::string> codes;
  };
  const Topic topics[] = {
      {"decide_owner", "without-owner", {"G001"}},
      {"decide_follow_up", "follow-up-overdue", {"G008"}},
  };
  for (const Topic& topic : topics) {
    Section part = site.section(topic.heading_key, topic.anchor);
    for (const std::string& code : topic.codes) {
      std::vector<std::string> subjects = open_subjects(gaps, code);
      site.sort_by_name(subjects);
      for (const std::string& subject : subjects) {
        Cell item = site.record(subject);
        // An overdue follow-up is closed by recording one: with the registry's place on its git
        // host, a link proposes it.
        if (code == "G008") {
          append_fixes(site, item, {site.fix_link(followup_proposal(site.registry(), subject, gaps.as_of.year),
                                                  "fix_follow_up_short", {})});
        }
        part.item(std::move(item));
      }
    }
    part.empty_note = site.text("decide_none");
    section.subsections.push_back(std::move(part));
  }
  // Areas without a KSA, a GSA or both, each once, saying which is missing.
  Section areas = site.section("decide_ksa_gsa", "without-ksa-gsa");
  const std::vector<std::string> without_ksa = open_subjects(gaps, "G002");
  const std::vector<std::string> without_gsa = open_subjects(gaps, "G003");
  std::vector<std::string> listed = without_ksa;
  for (const std::string& area : without_gsa) {
    if (std::find(listed.begin(), listed.end(), area) == listed.end()) listed.push_back(area);
  }
  site.sort_by_name(listed);
  for (const std::string& area : listed) {
    const bool ksa = std::find(without_ksa.begin(), without_ksa.end(), area) != without_ksa.end();
    const bool gsa = std::find(without_gsa.begin(), without_gsa.end(), area) != without_gsa.end();
    Cell item = site.record(area);
    item.push_back(text_run(" – " + site.text(ksa && gsa ? "missing_ksa_gsa" : ksa ? "missing_ksa" : "missing_gsa")));
    std::vector<Cell> fixes;
    for (const char* role : {"ksa", "gsa"}) {
      if (std::string(role) == "ksa" ? ksa : gsa) fixes.push_back(site.function_fix_link(area, role, false));
    }
    append_fixes(site, item, fixes);
    areas.item(std::move(item));
  }
  areas.empty_note = site.text("decide_none");
  section.subsections.push_back(std::move(areas));
  return section;
}

}  // namespace hok
