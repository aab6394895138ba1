#include "report/report_context.hpp"

#include "gaps/gap_support.hpp"

namespace hok {

std::string ReportContext::name(const std::string& id) const { return display_name(registry_, id); }

std::string ReportContext::share(int count, int of) const {
  return text("share", {{"count", std::to_string(count)}, {"of", std::to_string(of)}});
}

ReportCell ReportContext::check(bool value) const { return cell(text(value ? "check_yes" : "check_no")); }

ReportCell ReportContext::date_or_unknown(const std::optional<std::string>& date) const {
  return date ? cell(*date) : muted_cell(text("not_recorded"));
}

ReportCell ReportContext::label_or_unknown(const std::string& group,
                                           const std::optional<std::string>& value) const {
  return value ? cell(label(group, *value)) : muted_cell(text("not_recorded"));
}

ReportSection ReportContext::section(const std::string& heading_key, const std::string& anchor) const {
  ReportSection section;
  section.heading = text(heading_key);
  section.anchor = anchor;
  return section;
}

}  // namespace hok
