// Section 1: the key figures of the year against the year before.
#include "report/report_context.hpp"

namespace hok {

namespace {

std::string signed_difference(int now, int before) {
  const int difference = now - before;
  if (difference > 0) return "+" + std::to_string(difference);
  if (difference < 0) return "\u2212" + std::to_string(-difference);
  return "\u00b10";
}

std::vector<Cell> count_row(const std::string& label, int now, int before) {
  return {text_cell(label), number_cell(std::to_string(now)), number_cell(std::to_string(before)),
          number_cell(signed_difference(now, before))};
}

// The change of a share. Where either year has things nobody has recorded, an unchanged count of
// the recorded ones says nothing about the rest: the change is "not recorded", never "±0". Where
// a year has nothing recorded at all ("uppgift saknas för alla 6"), there is nothing to compare
// with: "6 av 6" against it is "not recorded" too, never "+6". Otherwise the change is that of the
// recorded counts ("3 (uppgift saknas för 1 av 4)" against "2 (… för 2 av 4)": +1 recorded).
Cell share_change(const ReportContext& context, const Share& now, const Share& before) {
  const bool unknown = now.unknown() > 0 || before.unknown() > 0;
  auto nothing_recorded = [](const Share& share) { return share.of > 0 && share.unknown() == share.of; };
  if ((unknown && now.count == before.count) || nothing_recorded(now) || nothing_recorded(before)) {
    return muted_cell(context.text("not_recorded"));
  }
  return number_cell(signed_difference(now.count, before.count));
}

std::vector<Cell> share_row(const ReportContext& context, const std::string& label, const Share& now,
                            const Share& before) {
  return {text_cell(label), number_cell(context.known_share(now)), number_cell(context.known_share(before)),
          share_change(context, now, before)};
}

}  // namespace

Section summary_section(const ReportContext& context, const AnnualFigures& figures,
                        const std::optional<std::string>& basis) {
  Section section = context.section("summary", "summary");
  const std::string year = std::to_string(figures.year);
  const std::string previous = std::to_string(figures.year - 1);
  section.paragraph(context.text("summary_intro", {{"year", year}, {"as_of", format_date(context.as_of())}}));
  if (basis) section.paragraph(*basis);

  const KeyFigures& now = figures.current;
  const KeyFigures& before = figures.previous;
  Table table;
  table.headers = {context.text("column_figure"), context.text("column_this_year", {{"year", year}}),
                   context.text("column_previous_year", {{"year", previous}}), context.text("column_change")};
  table.rows.push_back(count_row(context.text("figure_agreements_in_force"), now.agreements_in_force,
                                 before.agreements_in_force));
  table.rows.push_back(share_row(context, context.text("figure_agreements_followed_up"),
                                 {now.agreements_followed_up, now.agreements_in_force},
                                 {before.agreements_followed_up, before.agreements_in_force}));
  table.rows.push_back(
      share_row(context, context.text("figure_areas_ksa"), now.areas_with_ksa, before.areas_with_ksa));
  table.rows.push_back(
      share_row(context, context.text("figure_areas_gsa"), now.areas_with_gsa, before.areas_with_gsa));
  table.rows.push_back(share_row(context, context.text("figure_groups_established"), now.groups_established,
                                 before.groups_established));
  if (now.main_agreement_adopted && before.main_agreement_adopted) {
    table.rows.push_back(share_row(context, context.text("figure_main_agreement_adopted"),
                                   *now.main_agreement_adopted, *before.main_agreement_adopted));
  }
  // Open deviations are found in follow-ups: where no agreement's follow-up of the year is
  // recorded, a count of none says nothing, so it reads "not recorded" rather than 0.
  auto unknown_deviations = [](const KeyFigures& day) {
    return day.open_deviations == 0 && day.agreements_followed_up == 0;
  };
  auto deviations = [&](const KeyFigures& day) {
    if (!unknown_deviations(day)) return number_cell(std::to_string(day.open_deviations));
    Cell cell = muted_cell(context.text("not_recorded"));
    cell.numeric = true;  // the column stays a column of figures
    return cell;
  };
  const bool deviations_unknown = unknown_deviations(now) || unknown_deviations(before);
  table.rows.push_back(
      {text_cell(context.text("figure_open_deviations")), deviations(now), deviations(before),
       deviations_unknown ? muted_cell(context.text("not_recorded"))
                          : number_cell(signed_difference(now.open_deviations, before.open_deviations))});
  section.add(std::move(table));
  section.note(
      context.text(figures.previous_from_version ? "previous_year_note_version" : "previous_year_note",
                   {{"year", previous}}));
  return section;
}

}  // namespace hok
