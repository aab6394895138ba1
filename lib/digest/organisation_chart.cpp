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
    if (group.status != "active") {
      result.label.push_back(text_run(" "));
      result.label.push_back({"(" + site.label("group_status", group.status) + ")", "", "", true});
    }
    for (const Group* child : reporting[group.id]) {
      if (!placed.contains(child->id)) result.children.push_back(node(*child));
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
    if (!group.reports_to || !registry.group(*group.reports_to)) roots.push_back(builder.node(group));
  }
  // A group in a reporting cycle has no root above it; validate reports cycles (E010), and the
  // chart still shows every group once.
  for (const Group& group : registry.groups) {
    if (!builder.placed.contains(group.id)) roots.push_back(builder.node(group));
  }
  return roots;
}

}  // namespace hok
