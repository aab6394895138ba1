#include "report/report_context.hpp"

#include "gaps/gap_support.hpp"

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

}  // namespace hok
