#pragma once
// What every section of the annual report needs: the registry, the year and its dates, the
// catalogue, and small helpers that turn ids, dates and counts into text. Internal to lib/report.
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/dates.hpp"
#include "core/text_order.hpp"
#include "gaps/gap_report.hpp"
#include "model/registry.hpp"
#include "report/annual_figures.hpp"
#include "report/report_catalog.hpp"
#include "report/report_model.hpp"
#include "report/secretariat_text.hpp"
#include "report/year_history.hpp"

namespace hok {

class ReportContext {
 public:
  ReportContext(const Registry& registry, const ReportCatalog& catalog, int year, const Date& as_of)
      : registry_(registry), catalog_(catalog), year_(year), as_of_(as_of) {}

  const Registry& registry() const { return registry_; }
  int year() const { return year_; }
  const Date& as_of() const { return as_of_; }
  // 31 December of the year before.
  Date previous_day() const { return Date{year_ - 1, 12, 31}; }
  bool show_people() const { return registry_.settings.publish_contacts; }
  // The secretariat's own words for the year; nullptr when it has written none.
  const SecretariatText* secretariat_text() const { return secretariat_text_; }
  void set_secretariat_text(const SecretariatText* text) { secretariat_text_ = text; }

  const std::string& text(const std::string& key) const { return catalog_.text(key); }
  bool has_text(const std::string& key) const { return catalog_.has_text(key); }
  std::string text(const std::string& key,
                   const std::vector<std::pair<std::string, std::string>>& values) const {
    return catalog_.text(key, values);
  }
  // What a changed field is, in words ("ägare" for owner, "parter" for parties[3].org): the
  // catalogue's `field_<top-level name>`, else "andra uppgifter". Never the field's name.
  std::string field_words(const std::string& field) const;
  // A text with `{year}` replaced by the report's year.
  std::string year_text(const std::string& key) const { return text(key, {{"year", std::to_string(year_)}}); }
  std::string label(const std::string& group, const std::string& value) const {
    return catalog_.label(group, value);
  }

  // The name a reader knows a record by (short name, else name or title, else the id).
  std::string name(const std::string& id) const;
  // "3 av 26".
  std::string share(int count, int of) const;
  std::string share(const Share& value) const { return share(value.count, value.of); }
  // What the registry says of `count` of `of` things, where the rest is not recorded (the
  // registry cannot yet record a "no" for them): "3 av 26" when all are recorded, else
  // "3 (uppgift saknas för 23 av 26)". Unknown is never printed as no.
  std::string known_share(const Share& value) const;
  std::string known_share(int count, int of) const { return known_share(Share{count, of}); }
  // "✓ ja" when the registry records it; else a muted "uppgift saknas", never "nej": what nobody
  // has recorded is unknown.
  Cell recorded(Known value) const;
  // The date, or a muted "not recorded".
  Cell date_or_unknown(const std::optional<std::string>& date) const;
  // The enum's label, or a muted "not recorded".
  Cell label_or_unknown(const std::string& group, const std::optional<std::string>& value) const;

  Section section(const std::string& heading_key, const std::string& anchor) const;

  // The documents that existed on the report date (dated on or before it, or without a date: the
  // rule for every record, dated_state.hpp), each its title linked when the address is http or
  // https, with its date, as the portal shows them: "Huvudöverenskommelse (2022-03-10); Riktlinje". Empty when none.
  Cell documents(const std::vector<Document>& documents) const;
  // Appends the documents of each named thing as one fact under `intro_key`'s sentence: "HÖK:
  // Huvudöverenskommelse (HÖK)". Nothing when none of them has a document on the report date.
  void add_documents(Section& section, const std::string& intro_key,
                     const std::vector<std::pair<std::string, Cell>>& documents_by_name) const;

 private:
  const Registry& registry_;
  const ReportCatalog& catalog_;
  int year_;
  Date as_of_;
  const SecretariatText* secretariat_text_ = nullptr;
};

// The paper's own parts, before the underlag (report_front.cpp): the errand, the proposed
// decision (the secretariat's, else "att lägga rapporten till handlingarna"), and the
// secretariat's assessment (a visible marker where it is not written).
Section errand_section(const ReportContext& context);
Section proposal_section(const ReportContext& context);
Section assessment_section(const ReportContext& context);
// The header: to whom, from whom, the date and the diarienummer.
Section letter_header(const ReportContext& context, const std::optional<Date>& made,
                      const std::optional<std::string>& diarienummer);

// One year of the trend: the figures at its end, read from the registry as it stood then
// (`from_version`) or from the records' dates in the report's registry.
struct TrendYear {
  KeyFigures figures;
  bool from_version = false;
};
// The main figures year by year (report_trend.cpp); `years` oldest first, the report's year last.
Section trend_section(const ReportContext& context, const std::vector<TrendYear>& years);

// The report's nine sections, in order.
// `basis`, when given, says on page 1 what the figures are read from (today's files for a year
// that is over, when no state from its end is kept).
Section summary_section(const ReportContext& context, const AnnualFigures& figures,
                        const std::optional<std::string>& basis = std::nullopt);
Section agreements_section(const ReportContext& context);
Section followups_section(const ReportContext& context);
Section organisation_section(const ReportContext& context);
Section local_section(const ReportContext& context);
Section representation_section(const ReportContext& context);
Section plan_section(const ReportContext& context);
// `history` is nullptr when the report was asked not to read git.
Section changes_section(const ReportContext& context, const YearHistory* history);
Section gaps_section(const ReportContext& context, const GapReport& gaps);
// The abbreviations in `text`: words of two to six capital letters (Å, Ä, Ö included) standing
// alone ("HÖK:s" and "BUS-överenskommelsen" hold one; "A4" and "Hök" none), added to `found`.
void abbreviations_in(const std::string& text, std::set<std::string, SwedishLess>& found);

// The list of abbreviations: those `used` in the report's other parts that hok can spell out
// (report_glossary.cpp), and the ones it cannot, for `hok report` to name to the secretariat.
struct Glossary {
  Section section;
  std::vector<std::string> unexplained;  // in Swedish order
};
Glossary glossary_section(const ReportContext& context, const std::set<std::string, SwedishLess>& used);
// "Beslut och åtgärder som behövs": the open gaps as tasks by who must act (report_actions.cpp),
// and the appendix with every task, one table by municipality.
Section actions_section(const ReportContext& context, const GapReport& gaps);
Section actions_appendix(const ReportContext& context, const GapReport& gaps);

}  // namespace hok
