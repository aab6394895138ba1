// The trend: the main figures for every year from the HÖK's start that the saved states of the
// registry (or, before them, the records' dates) allow, as a table and a small chart.
#include <algorithm>

#include "report/annual_report.hpp"
#include "report/dated_state.hpp"
#include "report/report_context.hpp"

namespace hok {

int trend_first_year(const Registry& registry, int year) {
  constexpr int kMostYears = 10;
  int first = year - 4;  // without a main agreement: the last five years
  if (const Agreement* hok = main_agreement(registry)) {
    std::optional<std::string> start = hok->valid_from;
    if (!start && hok->decided) start = hok->decided->date;
    if (std::optional<Date> date = start ? parse_date(*start) : std::nullopt) first = date->year;
  }
  return std::clamp(first, year - kMostYears + 1, year);
}

Section trend_section(const ReportContext& context, const std::vector<TrendYear>& years) {
  Section section = context.section("trend", "trend");
  if (years.size() < 2) {
    section.note(context.year_text("no_trend"));
    return section;
  }
  bool from_dates = false;
  Table table;
  table.headers = {context.text("column_figure")};
  for (const TrendYear& year : years) {
    table.headers.push_back(std::to_string(year.figures.day.year) + (year.from_version ? "" : " ²"));
    from_dates = from_dates || !year.from_version;
  }
  auto row = [&](const std::string& key, auto value) {
    std::vector<Cell> cells = {text_cell(context.text(key))};
    for (const TrendYear& year : years) cells.push_back(value(year.figures));
    table.rows.push_back(std::move(cells));
  };
  auto count = [](int value) { return number_cell(std::to_string(value)); };
  // Shorter than the summary's "1 (uppgift saknas för 37 av 38)", as the years stand side by
  // side, but never "1 (37 saknas)", which reads as 37 areas without one: "1 (uppgift saknas för 37)".
  auto known = [&](const Share& value) {
    if (value.unknown() <= 0) return number_cell(context.share(value));
    if (value.count == 0 && value.no == 0) return number_cell(context.text("trend_all_unknown"));
    return number_cell(context.text(value.no == 0 ? "trend_share_unknown" : "trend_share_unknown_no",
                                    {{"count", std::to_string(value.count)},
                                     {"no", std::to_string(value.no)},
                                     {"unknown", std::to_string(value.unknown())},
                                     {"of", std::to_string(value.of)}}));
  };
  row("figure_agreements_in_force", [&](const KeyFigures& f) { return count(f.agreements_in_force); });
  row("figure_agreements_followed_up", [&](const KeyFigures& f) {
    return known(Share{f.agreements_followed_up, f.agreements_in_force});
  });
  row("figure_areas_ksa", [&](const KeyFigures& f) { return known(f.areas_with_ksa); });
  row("figure_areas_gsa", [&](const KeyFigures& f) { return known(f.areas_with_gsa); });
  row("figure_groups_established", [&](const KeyFigures& f) { return known(f.groups_established); });
  if (years.back().figures.main_agreement_adopted) {
    row("figure_main_agreement_adopted", [&](const KeyFigures& f) {
      return f.main_agreement_adopted ? known(*f.main_agreement_adopted)
                                      : muted_cell(context.text("not_recorded"));
    });
  }
  // As in the summary: with no follow-up of the year recorded, no deviation could be; not "0".
  row("figure_open_deviations", [&](const KeyFigures& f) {
    if (f.open_deviations == 0 && f.agreements_followed_up == 0)
      return number_cell(context.text("trend_all_unknown"));
    return count(f.open_deviations);
  });
  section.add(std::move(table));

  // The chart: only the figures that are counts of what is recorded (never a share that is
  // mostly unknown, which would be drawn as an empty bar), and only for the years read from the
  // registry as it was saved at their end. A year worked out from the records' dates repeats
  // today's registry for everything without a date, so bars of such years would show a
  // development that nobody has seen: with fewer than two saved years, a sentence says so.
  std::vector<const TrendYear*> saved;
  for (const TrendYear& year : years) {
    if (year.from_version) saved.push_back(&year);
  }
  if (saved.size() < 2) {
    section.note(context.text("trend_chart_not_drawn"));
    if (from_dates) section.note(context.text("trend_from_dates_note"));
    return section;
  }
  BarChart chart;
  chart.title = context.text("chart_trend");
  chart.series = {context.text("figure_agreements_in_force"), context.text("series_adopted")};
  for (const TrendYear* saved_year : saved) {
    const KeyFigures& f = saved_year->figures;
    const int adopted = f.main_agreement_adopted ? f.main_agreement_adopted->count : 0;
    chart.rows.push_back({std::to_string(f.day.year),
                          {f.agreements_in_force, adopted},
                          {std::to_string(f.agreements_in_force),
                           f.main_agreement_adopted ? context.share(*f.main_agreement_adopted) : "–"}});
  }
  section.add(std::move(chart));
  if (from_dates) section.note(context.text("trend_from_dates_note"));
  return section;
}

}  // namespace hok
