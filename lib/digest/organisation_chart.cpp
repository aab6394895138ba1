#include "digest/organisation_chart.hpp"

#include <map>
#include <set>

namespace hok {

namespace {

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
    for (const Group* child : reporting[group.id]) {
      if (!placed.contains(child->id) && child->type != "legacy-forum") result.children.push_back(node(*child));
    }
    for (const Agreement& agreement : site.registry().agreements) {
      if (agreement.owner == group.id) result.children.push_back({agreement.id, true, site.record(agreement.id), {}});
    }
    return result;
  }
};

}  // namespace

std::vector<ChartNode> organisation_chart(const SiteContext& site) {
  const Registry& registry = site.registry();
  ChartBuilder builder{site, {}, {}};
  for (const Group& group : registry.groups) {
    if (group.reports_to && registry.group(*group.reports_to)) builder.reporting[*group.reports_to].push_back(&group);
  }
  std::vector<ChartNode> roots;
  for (const Group& group : registry.groups) {
    if (group.type == "legacy-forum") continue;
    if (!group.reports_to || !registry.group(*group.reports_to)) roots.push_back(builder.node(group));
  }
  // The forums from before the HÖK, apart from the new organisation, in a box of their own. The
  // box's id cannot be a record's (ids have no "--"), so it never clashes in the Mermaid chart.
  ChartNode legacy{"former-forums--", false, site.plain(site.text("chart_former_forums")), {}};
  for (const Group& group : registry.groups) {
    if (group.type == "legacy-forum" && !builder.placed.contains(group.id)) legacy.children.push_back(builder.node(group));
  }
  if (!legacy.children.empty()) roots.push_back(std::move(legacy));
  // Agreements nobody owns, visible rather than left out.
  ChartNode ownerless{"without-owner--", false, site.plain(site.text("chart_without_owner")), {}};
  for (const Agreement& agreement : registry.agreements) {
    if (!agreement.owner || !registry.group(*agreement.owner)) {
      ownerless.children.push_back({agreement.id, true, site.record(agreement.id), {}});
    }
  }
  if (!ownerless.children.empty()) roots.push_back(std::move(ownerless));
  // A group in a reporting cycle has no root above it; validate reports cycles (E010), and the
  // chart still shows every group once.
  for (const Group& group : registry.groups) {
    if (!builder.placed.contains(group.id)) roots.push_back(builder.node(group));
  }
  return roots;
}

}  // namespace hok
