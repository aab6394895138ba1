#include "digest/organisation_chart.hpp"

#include <map>
#include <set>

namespace hok {

namespace {

// A band: its catalogue key and the group types in it. Ids of the bands' own boxes end in "--",
// which no record's id can, so they never clash with a group's in the Mermaid chart.
struct Band {
  const char* id;
  const char* text_key;
  std::vector<std::string> types;
};

const std::vector<Band>& bands() {
  static const std::vector<Band> all = {
      {"band-political--", "chart_band_political", {"political-steering"}},
      {"band-official--", "chart_band_official", {"official-steering", "secretariat"}},
      {"band-consultation--", "chart_band_consultation", {"consultation-group", "working-group"}},
      {"band-subregional--", "chart_band_subregional", {"subregional"}},
      {"band-local--", "chart_band_local", {"local"}},
  };
  return all;
}

// The band a group type belongs to; "" for a type in none (network, and any type added later).
std::string band_of(const std::string& type) {
  for (const Band& band : bands()) {
    for (const std::string& one : band.types) {
      if (one == type) return band.id;
    }
  }
  return type == "legacy-forum" ? "former-forums--" : "band-other--";
}

struct ChartBuilder {
  const SiteContext& site;
  std::map<std::string, std::vector<const Group*>> reporting;  // group id → groups reporting to it
  std::set<std::string> placed;

  ChartNode node(const Group& group) {
    placed.insert(group.id);
    ChartNode result{group.id, false, site.record(group.id), {}};
    // A former forum always says where it stands (active, paused …): it is being wound down.
    if (group.status != "active" || group.type == "legacy-forum") {
      result.label.push_back(text_run(" "));
      result.label.push_back({"(" + site.label("group_status", group.status) + ")", "", "", true});
    }
    // Under it: the groups of its own band that report to it.
    for (const Group* child : reporting[group.id]) {
      if (!placed.contains(child->id) && band_of(child->type) == band_of(group.type)) {
        result.children.push_back(node(*child));
      }
    }
    for (const Agreement& agreement : site.registry().agreements) {
      if (agreement.owner == group.id)
        result.children.push_back({agreement.id, true, site.record(agreement.id), {}});
    }
    return result;
  }

  // The groups of a band, each under the group of the same band it reports to.
  ChartNode band(const std::string& id, const std::string& name) {
    const Registry& registry = site.registry();
    ChartNode result{id, false, site.plain(name), {}};
    for (const Group& group : registry.groups) {
      if (band_of(group.type) != id || placed.contains(group.id)) continue;
      const Group* parent = group.reports_to ? registry.group(*group.reports_to) : nullptr;
      if (parent == nullptr || band_of(parent->type) != id) result.children.push_back(node(group));
    }
    // A group in a reporting cycle inside the band has no top; validate reports cycles (E010),
    // and the chart still shows every group once.
    for (const Group& group : registry.groups) {
      if (band_of(group.type) == id && !placed.contains(group.id)) result.children.push_back(node(group));
    }
    return result;
  }
};

}  // namespace

std::vector<ChartNode> organisation_chart(const SiteContext& site) {
  const Registry& registry = site.registry();
  std::vector<ChartNode> roots;
  if (registry.groups.empty() && registry.agreements.empty()) return roots;
  ChartBuilder builder{site, {}, {}};
  for (const Group& group : registry.groups) {
    if (group.reports_to && registry.group(*group.reports_to))
      builder.reporting[*group.reports_to].push_back(&group);
  }
  for (const Band& band : bands()) {
    ChartNode node = builder.band(band.id, site.text(band.text_key));
    // Unknown is not no: a level where no group is recorded says so rather than vanish.
    if (node.children.empty()) {
      node.children.push_back({std::string(band.id) + "none--", false, site.muted("none_recorded"), {}});
    }
    roots.push_back(std::move(node));
  }
  ChartNode other = builder.band("band-other--", site.text("chart_band_other"));
  if (!other.children.empty()) roots.push_back(std::move(other));
  // The forums from before the HÖK, apart from the new organisation, in a box of their own.
  ChartNode legacy = builder.band("former-forums--", site.text("chart_former_forums"));
  if (!legacy.children.empty()) roots.push_back(std::move(legacy));
  // Agreements nobody owns, visible rather than left out.
  ChartNode ownerless{"without-owner--", false, site.plain(site.text("chart_without_owner")), {}};
  for (const Agreement& agreement : registry.agreements) {
    if (!agreement.owner || !registry.group(*agreement.owner)) {
      ownerless.children.push_back({agreement.id, true, site.record(agreement.id), {}});
    }
  }
  if (!ownerless.children.empty()) roots.push_back(std::move(ownerless));
  return roots;
}

}  // namespace hok
