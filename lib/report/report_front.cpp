// The paper's own parts, as a tjänsteskrivelse has them: the header, Ärende, Förslag till beslut
// and Sekretariatets bedömning. hok writes the figures; the proposal and the assessment are the
// secretariat's words (secretariat_text.hpp), and where they are not written the paper says so.
#include "report/report_context.hpp"

namespace hok {

Section letter_header(const ReportContext& context, const std::optional<Date>& made,
                      const std::optional<std::string>& diarienummer) {
  Section header;
  header.anchor = "header";
  header.fact(context.text("header_to"), text_cell(context.text("recipient")));
  const std::optional<std::string>& secretariat = context.registry().settings.secretariat;
  // The sender by its full name ("VIS processledning"), as a letter names it.
  const Group* sender = secretariat ? context.registry().group(*secretariat) : nullptr;
  header.fact(context.text("header_from"), sender ? text_cell(sender->name.value_or(context.name(sender->id)))
                                                  : muted_cell(context.text("not_recorded")));
  header.fact(context.text("header_date"), text_cell(format_date(made.value_or(context.as_of()))));
  header.fact(context.text("header_diarienummer"), diarienummer && !diarienummer->empty()
                                                       ? text_cell(*diarienummer)
                                                       : muted_cell(context.text("diarienummer_missing")));
  return header;
}

Section errand_section(const ReportContext& context) {
  Section section = context.section("errand", "errand");
  section.paragraph(context.text("errand_text", {{"year", std::to_string(context.year())},
                                                 {"as_of", format_date(context.as_of())}}));
  return section;
}

Section proposal_section(const ReportContext& context) {
  Section section = context.section("proposal", "proposal");
  section.paragraph(context.text("proposal_lead", {{"recipient", context.text("recipient")}}));
  const SecretariatText* text = context.secretariat_text();
  if (text && text->proposal) {
    section.commonmark(*text->proposal);
  } else {
    section.paragraph(context.text("proposal_default"));
  }
  return section;
}

Section assessment_section(const ReportContext& context) {
  Section section = context.section("assessment", "assessment");
  const SecretariatText* text = context.secretariat_text();
  if (text && text->assessment) {
    section.commonmark(*text->assessment);
  } else {
    section.note(context.year_text("assessment_missing"));
  }
  return section;
}

}  // namespace hok
