// Section 5: local collaboration — every local area with its KSA and GSA, and the coverage by
// sub-region.
#include <algorithm>
#include <map>

#include "core/text_order.hpp"

#include "report/dated_state.hpp"
#include "report/report_context.hpp"

namespace hok {

namespace {

struct Coverage {
  int areas = 0;
  Share ksa;
  Share gsa;
  void add(Known has_ksa, Known has_gsa) {
    ++areas;
    ksa.add(has_ksa);
    gsa.add(has_gsa);
  }
  void add(const Coverage& other) {
    areas += other.areas;
    for (auto [mine, theirs] : {std::pair{&ksa, &other.ksa}, std::pair{&gsa, &other.gsa}}) {
      mine->of += theirs->of;
      mine->count += theirs->count;
      mine->no += theirs->no;
    }
  }
};

int percent(int count, int of) { return of == 0 ? 0 : (count * 100 + of / 2) / of; }

// The holders of the area's functions of `role`; "vacant" where the function is recorded as
// vacant; else a muted "not recorded": an area without a function in the registry may have one
// that nobody has recorded.
Cell holders(const ReportContext& context, const std::vector<const CoordinatingFunction*>& functions,
             Known known) {
  if (known == Known::no) return text_cell(context.text("function_vacant"));
  if (functions.empty()) return muted_cell(context.text("not_recorded"));
  std::string names;
  for (const CoordinatingFunction* function : functions) {
    names +=
        (names.empty() ? "" : ", ") + (function->holder ? context.name(*function->holder) : function->id);
  }
  return text_cell(names);
}

}  // namespace

Section local_section(const ReportContext& context) {
  Section section = context.section("local", "local");
  const Registry& registry = context.registry();
  const std::vector<LocalArea> areas = local_areas(registry);
  if (areas.empty()) {
    section.note(context.text("no_areas"));
    return section;
  }
  // Sub-regions in registry order; areas of an unknown sub-region under its id.
  std::vector<std::string> order;
  for (const Subregion& subregion : registry.subregions) order.push_back(subregion.id);
  std::map<std::string, Coverage> coverage;
  Table table;
  table.headers = {context.text("column_area"), context.text("column_municipality"),
                   context.text("column_subregion"), context.text("column_ksa"), context.text("column_gsa")};
  Coverage total;
  // Within a sub-region the areas in Swedish order of their names (Österåker after Vaxholm). An
  // area with neither function recorded is named in one sentence under the table, not given a
  // row of "uppgift saknas": 37 such rows hide the one that says something.
  std::vector<const LocalArea*> sorted;
  for (const LocalArea& area : areas) sorted.push_back(&area);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const LocalArea* a, const LocalArea* b) { return swedish_less(a->name, b->name); });
  std::vector<std::string> unrecorded;
  for (const std::string& subregion : order) {
    for (const LocalArea* entry : sorted) {
      const LocalArea& area = *entry;
      if (area.subregion != subregion) continue;
      auto ksa = area_functions(registry, area.id, "ksa", context.as_of());
      auto gsa = area_functions(registry, area.id, "gsa", context.as_of());
      const Known has_ksa = area_has_function(registry, area.id, "ksa", context.as_of());
      const Known has_gsa = area_has_function(registry, area.id, "gsa", context.as_of());
      coverage[subregion].add(has_ksa, has_gsa);
      if (has_ksa == Known::unknown && has_gsa == Known::unknown) {
        unrecorded.push_back(area.name);
        continue;
      }
      table.rows.push_back({text_cell(area.name), text_cell(context.name(area.municipality)),
                            text_cell(context.name(subregion)), holders(context, ksa, has_ksa),
                            holders(context, gsa, has_gsa)});
    }
  }
  for (const auto& [subregion, counts] : coverage) total.add(counts);
  section.paragraph(context.text("local_intro", {{"areas", std::to_string(total.areas)},
                                                 {"ksa", context.known_share(total.ksa)},
                                                 {"gsa", context.known_share(total.gsa)}}));

  Section by_subregion;
  by_subregion.heading = context.text("coverage_by_subregion");
  by_subregion.anchor = "local-coverage";
  Table summary;
  summary.headers = {context.text("column_subregion"), context.text("column_areas"),
                     context.text("column_ksa"), context.text("column_gsa")};
  BarChart chart;
  chart.title = context.text("chart_coverage");
  chart.series = {context.text("column_ksa"), context.text("column_gsa")};
  chart.max = 100;
  for (const std::string& subregion : order) {
    auto it = coverage.find(subregion);
    if (it == coverage.end()) continue;
    const Coverage& counts = it->second;
    summary.rows.push_back({text_cell(context.name(subregion)), number_cell(std::to_string(counts.areas)),
                            number_cell(context.known_share(counts.ksa)),
                            number_cell(context.known_share(counts.gsa))});
    chart.rows.push_back({context.name(subregion),
                          {percent(counts.ksa.count, counts.areas), percent(counts.gsa.count, counts.areas)},
                          {context.share(counts.ksa), context.share(counts.gsa)}});
  }
  summary.rows.push_back({text_cell(context.text("total")), number_cell(std::to_string(total.areas)),
                          number_cell(context.known_share(total.ksa)),
                          number_cell(context.known_share(total.gsa))});
  by_subregion.add(std::move(summary));
  // A bar is the share of areas where the function is recorded. It is drawn while at least half of
  // all the KSA and GSA are recorded; a chart of mostly empty bars would read as functions that
  // do not exist, so then a sentence says what is not recorded instead.
  const int slots = 2 * total.areas;
  const int unknown = total.ksa.unknown() + total.gsa.unknown();
  if (2 * unknown <= slots) {
    by_subregion.add(std::move(chart));
  } else {
    by_subregion.note(
        context.text("chart_coverage_unknown", {{"unknown_ksa", std::to_string(total.ksa.unknown())},
                                                {"unknown_gsa", std::to_string(total.gsa.unknown())},
                                                {"areas", std::to_string(total.areas)}}));
  }
  section.subsections.push_back(std::move(by_subregion));

  Section every_area;
  every_area.heading = context.text("every_area");
  every_area.anchor = "local-areas";
  if (!table.rows.empty()) every_area.add(std::move(table));
  if (!unrecorded.empty()) {
    // One list in Swedish order, where a reader looks for their own area.
    std::stable_sort(unrecorded.begin(), unrecorded.end(), SwedishLess{});
    std::string names;
    for (const std::string& name : unrecorded) names += (names.empty() ? "" : ", ") + name;
    every_area.paragraph(context.text(unrecorded.size() == 1 ? "every_area_unrecorded_one" : "every_area_unrecorded",
                                      {{"count", std::to_string(unrecorded.size())}, {"names", names}}));
  }
  section.subsections.push_back(std::move(every_area));
  return section;
}

}  // namespace hok
