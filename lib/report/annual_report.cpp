#include "report/annual_report.hpp"

#include "document/template_store.hpp"
#include "gaps/gap_report.hpp"
#include "report/annual_figures.hpp"
#include "report/report_context.hpp"

namespace hok {

Report build_report(const Registry& registry, const ReportCatalog& catalog, int year, const Date& as_of,
                    const YearHistory* history) {
  ReportContext context(registry, catalog, year, as_of);
  Report report;
  report.language = catalog.language();
  report.title = context.year_text("title");
  report.registry_name = registry.settings.name;
  report.as_of = format_date(as_of);
  report.lead.push_back(context.text("lead_as_of", {{"as_of", report.as_of}}));
  report.lead.push_back(context.text("lead_audience"));

  GapOptions gap_options;
  gap_options.as_of = as_of;
  GapReport gaps = compute_gaps(registry, gap_options);

  report.sections.push_back(summary_section(context, compute_annual_figures(registry, year, as_of)));
  report.sections.push_back(agreements_section(context));
  report.sections.push_back(followups_section(context));
  report.sections.push_back(organisation_section(context));
  report.sections.push_back(local_section(context));
  report.sections.push_back(representation_section(context));
  report.sections.push_back(plan_section(context));
  report.sections.push_back(changes_section(context, history));
  report.sections.push_back(gaps_section(context, gaps));
  report.footer = context.text("footer", {{"name", registry.settings.name}, {"as_of", report.as_of}});
  return report;
}

std::string render_annual_report(const Registry& registry, const ReportOptions& options,
                                 const YearHistory* history) {
  TemplateStore templates = options.templates ? TemplateStore(*options.templates) : TemplateStore();
  ReportCatalog catalog(templates, options.language.value_or(registry.settings.language));
  Report report = build_report(registry, catalog, options.year, options.as_of, history);
  return render_report(report, options.format, templates, catalog);
}

}  // namespace hok
