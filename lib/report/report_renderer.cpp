#include "report/report_renderer.hpp"

namespace hok {

std::string render_report(const Report& report, ReportFormat format, const TemplateStore& templates,
                          const ReportCatalog& catalog) {
  namespace mustache = kainjow::mustache;
  RenderRules rules;
  rules.format = format;
  rules.ranked = true;
  DocumentRenderer document(std::move(rules));
  mustache::data data;
  data.set("msg", catalog.template_texts());
  data.set("lang", report.language);
  data.set("title", report.title);
  data.set("registry_name", report.registry_name);
  data.set("as_of", report.as_of);
  mustache::data lead = mustache::data::type::list;
  for (const std::string& line : report.lead) lead.push_back(mustache::data("line", line));
  data.set("lead", lead);
  // The paper's own parts are not ranked: they share the first page.
  RenderRules front_rules;
  front_rules.format = format;
  DocumentRenderer front(std::move(front_rules));
  data.set("kind", report.kind);
  data.set("header", front.sections({report.header}));
  data.set("front", front.sections(report.front));
  data.set("underlag", report.underlag);
  data.set("sections", document.sections(report.sections));
  data.set("footer", report.footer);
  mustache::data colophon = mustache::data::type::list;
  for (const std::string& line : report.colophon) colophon.push_back(mustache::data("line", line));
  data.set("colophon", colophon);
  const bool html = format == ReportFormat::Html;
  if (html) data.set("css", templates.file("report.css"));
  return tidy(format, templates.render(html ? "report.html.mustache" : "report.md.mustache", data, template_escape(format)));
}

}  // namespace hok
