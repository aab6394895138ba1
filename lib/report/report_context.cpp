#include "report/report_context.hpp"

#include "document/url_policy.hpp"
#include "gaps/gap_support.hpp"
#include "report/dated_state.hpp"

namespace hok {

std::string ReportContext::name(const std::string& id) const {
  std::string name = display_name(registry_, id);
  if (name != id) return name;
  // A follow-up has no name of its own: "Uppföljning av HÖK 2026", never its id.
  for (const Followup& followup : registry_.followups) {
    if (followup.id == id && followup.subject != id) {
      return text("followup_name",
                  {{"subject", this->name(followup.subject)}, {"year", std::to_string(followup.year)}});
    }
  }
  return name;
}

std::string ReportContext::field_words(const std::string& field) const {
  const std::string key = "field_" + field.substr(0, field.find_first_of(".["));
  return catalog_.has_text(key) ? text(key) : text("field_other");
}

std::string ReportContext::share(int count, int of) const {
  return text("share", {{"count", std::to_string(count)}, {"of", std::to_string(of)}});
}

std::string ReportContext::known_share(const Share& value) const {
  if (value.unknown() <= 0) return share(value.count, value.of);
  // Nothing recorded: no "0" in front, which a reader takes for a count of none.
  if (value.count == 0 && value.no == 0) return text("share_all_unknown", {{"of", std::to_string(value.of)}});
  return text(value.no == 0 ? "share_unknown" : "share_unknown_no",
              {{"count", std::to_string(value.count)},
               {"no", std::to_string(value.no)},
               {"unknown", std::to_string(value.unknown())},
               {"of", std::to_string(value.of)}});
}

Cell ReportContext::recorded(Known value) const {
  switch (value) {
    case Known::yes:
      return text_cell(text("check_yes"));
    case Known::no:
      return text_cell(text("check_no"));
    case Known::unknown:
      break;
  }
  return muted_cell(text("not_recorded"));
}

Cell ReportContext::date_or_unknown(const std::optional<std::string>& date) const {
  return date ? text_cell(*date) : muted_cell(text("not_recorded"));
}

Cell ReportContext::label_or_unknown(const std::string& group,
                                     const std::optional<std::string>& value) const {
  return value ? text_cell(label(group, *value)) : muted_cell(text("not_recorded"));
}

Section ReportContext::section(const std::string& heading_key, const std::string& anchor) const {
  Section section;
  section.heading = text(heading_key);
  section.anchor = anchor;
  return section;
}

Cell ReportContext::documents(const std::vector<Document>& documents) const {
  Cell cell;
  for (const Document& document : documents) {
    if (!on_or_before(document.date, as_of_)) continue;  // not yet written on the report date
    if (!cell.empty()) cell.push_back(text_run("; "));
    // Only http and https become links, as the schema allows; anything else stays text.
    std::optional<std::string> url = safe_link_url(document.url);
    if (url && (url->starts_with("http://") || url->starts_with("https://"))) {
      cell.push_back(Inline{document.title, "", *url, false});
    } else {
      cell.push_back(text_run(document.title));
    }
    if (document.date) cell.push_back(text_run(" (" + *document.date + ")"));
  }
  return cell;
}

void ReportContext::add_documents(Section& section, const std::string& intro_key,
                                  const std::vector<std::pair<std::string, Cell>>& documents_by_name) const {
  bool any = false;
  for (const auto& entry : documents_by_name) any = any || !entry.second.empty();
  if (!any) return;
  section.paragraph(text(intro_key));
  for (const auto& [name, cell] : documents_by_name) {
    if (!cell.empty()) section.fact(name, cell);
  }
}

}  // namespace hok
