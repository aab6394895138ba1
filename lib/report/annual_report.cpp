#include "report/annual_report.hpp"

#include "document/template_store.hpp"
#include "gaps/gap_report.hpp"
#include "report/annual_figures.hpp"
#include "report/report_context.hpp"

namespace hok {

namespace {

// Page 1's word on what the figures are read from, where the colophon's small print is not
// enough: a year (or day) not over yet reads today's registry; a year that is over but has no state
// kept from its end (in git without a commit by then, or outside git) does too. The reader must
// not take today's registry for the year-end's. nullopt when the year-end's own state is read.
std::optional<std::string> summary_basis(const ReportContext& context, const ReportVersions& versions) {
  const std::string today = format_date(versions.today);
  if (versions.today <= context.as_of()) return context.text("summary_basis_not_over", {{"today", today}});
  const bool todays_files = versions.year_from == ReportVersions::Year::NotCommitted ||
                            (versions.year_from == ReportVersions::Year::Files && !versions.in_git);
  if (!todays_files) return std::nullopt;
  return context.text("summary_basis_today", {{"today", today}, {"year", std::to_string(context.year())}});
}

// Which states of the registry the figures come from, in the reader's words: a saved state is
// named by its date, with the version's short id for the secretariat.
std::vector<std::string> colophon(const ReportContext& context, const ReportVersions& versions) {
  std::vector<std::string> lines;
  const std::string year = std::to_string(context.year());
  const std::string previous = std::to_string(context.year() - 1);
  const std::string today = format_date(versions.today);
  switch (versions.year_from) {
    case ReportVersions::Year::Files:
      lines.push_back(context.text(versions.in_git ? "colophon_not_over" : "colophon_files",
                                   {{"year", year}, {"today", today}}));
      break;
    case ReportVersions::Year::NotCommitted:
      lines.push_back(context.text("colophon_not_committed", {{"year", year}, {"today", today}}));
      break;
    case ReportVersions::Year::Revision:
      lines.push_back(context.text("colophon_revision", {{"year", year},
                                                         {"date", versions.year->date},
                                                         {"version", versions.year->short_id}}));
      break;
    case ReportVersions::Year::YearEnd:
      lines.push_back(context.text("colophon_year_end", {{"year", year},
                                                         {"date", versions.year->date},
                                                         {"version", versions.year->short_id},
                                                         {"day", format_date(context.as_of())}}));
      break;
  }
  if (versions.previous) {
    lines.push_back(context.text("colophon_previous", {{"year", previous},
                                                       {"date", versions.previous->date},
                                                       {"version", versions.previous->short_id}}));
  } else {
    lines.push_back(context.text("colophon_previous_dates", {{"year", previous}}));
  }
  return lines;
}

}  // namespace

Report build_report(const Registry& registry, const ReportCatalog& catalog, const ReportOptions& options,
                    const YearHistory* history) {
  const int year = options.year;
  const Date& as_of = options.as_of;
  ReportContext context(registry, catalog, year, as_of);
  if (options.secretariat_text) context.set_secretariat_text(&*options.secretariat_text);
  Report report;
  report.language = catalog.language();
  report.title = context.year_text("title");
  report.registry_name = registry.settings.name;
  report.as_of = format_date(as_of);
  report.kind = context.text("document_kind");
  report.header = letter_header(context, options.made, options.diarienummer);
  report.underlag = context.text("underlag");

  GapOptions gap_options;
  gap_options.as_of = as_of;
  GapReport gaps = compute_gaps(registry, gap_options);

  // The paper: the errand, the proposed decision, the summary and the assessment; then the
  // underlag.
  report.front.push_back(errand_section(context));
  report.front.push_back(proposal_section(context));
  const AnnualFigures figures = compute_annual_figures(registry, year, as_of, options.previous);
  report.front.push_back(
      summary_section(context, figures, options.versions ? summary_basis(context, *options.versions) : std::nullopt));
  report.front.push_back(assessment_section(context));
  report.front.push_back(actions_section(context, gaps));
  // The trend: each earlier year from its own state where one is kept, else from the dates.
  std::vector<TrendYear> trend;
  for (int earlier = trend_first_year(registry, year); earlier < year; ++earlier) {
    auto state = options.trend.find(earlier);
    const bool kept = state != options.trend.end() && state->second;
    trend.push_back({key_figures_on(kept ? *state->second : registry, Date{earlier, 12, 31}, earlier), kept});
  }
  trend.push_back({figures.current, true});
  report.sections.push_back(trend_section(context, trend));
  report.sections.push_back(agreements_section(context));
  report.sections.push_back(followups_section(context));
  report.sections.push_back(organisation_section(context));
  report.sections.push_back(local_section(context));
  report.sections.push_back(representation_section(context));
  report.sections.push_back(plan_section(context));
  report.sections.push_back(changes_section(context, history));
  report.sections.push_back(gaps_section(context, gaps));
  Section appendix = actions_appendix(context, gaps);
  // The list of abbreviations holds those the rest of the paper uses: it is made last.
  std::set<std::string, SwedishLess> used;
  auto collect = [&](const std::string& text) { abbreviations_in(text, used); };
  collect(report.title);
  visit_texts(report.header, collect);
  for (const Section& part : report.front) visit_texts(part, collect);
  for (const Section& part : report.sections) visit_texts(part, collect);
  visit_texts(appendix, collect);
  Glossary glossary = glossary_section(context, used);
  report.sections.push_back(std::move(glossary.section));
  report.unexplained_abbreviations = std::move(glossary.unexplained);
  report.sections.push_back(std::move(appendix));
  report.footer = context.text("footer", {{"name", registry.settings.name}, {"as_of", report.as_of}});
  if (options.versions) report.colophon = colophon(context, *options.versions);
  return report;
}

std::string render_annual_report(const Registry& registry, const ReportOptions& options,
                                 const YearHistory* history, std::vector<std::string>* unexplained) {
  TemplateStore templates = options.templates ? TemplateStore(*options.templates) : TemplateStore();
  ReportCatalog catalog(templates, options.language.value_or(registry.settings.language));
  Report report = build_report(registry, catalog, options, history);
  if (unexplained) *unexplained = report.unexplained_abbreviations;
  return render_report(report, options.format, templates, catalog);
}

}  // namespace hok
