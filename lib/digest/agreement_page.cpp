// An agreement's page: owner, parties, validity, review and follow-up history, adoption by
// municipality, documents.
#include <algorithm>

#include "core/text_order.hpp"
#include "digest/record_pages.hpp"

namespace hok {

namespace {

// Parties as a reader looks for them: the Region first, then the municipalities, then the rest
// (associations, administrations), each in Swedish order of their names, whatever order the
// editors wrote them in. For the overview's parties and the adoption table alike.
std::vector<std::string> parties_in_order(const SiteContext& site, std::vector<std::string> parties) {
  const Registry& registry = site.registry();
  auto rank = [&](const std::string& id) {
    const Organisation* organisation = registry.organisation(id);
    if (organisation != nullptr && organisation->type == "region") return 0;
    return registry.municipality(id) != nullptr ? 1 : 2;
  };
  auto name = [&](const std::string& id) {
    const RecordBase* record = registry.find(id);
    return record != nullptr ? site.display_name(*record) : id;
  };
  std::stable_sort(parties.begin(), parties.end(), [&](const std::string& a, const std::string& b) {
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    return swedish_less(name(a), name(b));
  });
  return parties;
}

Section overview(const SiteContext& site, const Agreement& agreement) {
  Section section = site.section("overview", "overview");
  site.add_field(section, "field_short_name", site.optional_text(agreement.short_name));
  site.add_field(section, "field_type", site.enum_value("agreement_type", agreement.type));
  site.add_field(section, "field_status", site.enum_value("agreement_status", agreement.status));
  site.add_field(section, "field_owner", agreement.owner ? site.record(*agreement.owner) : site.muted("no_owner"));
  // Whom to ask about the agreement: the owning group's contact.
  if (agreement.owner) site.add_field(section, "field_owner_contact", site.group_contact(*agreement.owner));
  site.add_field(section, "field_parties", site.records(parties_in_order(site, agreement.parties)));
  site.add_field(section, "field_related_groups", site.records(agreement.related_groups));
  if (agreement.supplements) site.add_field(section, "field_supplements", site.record(*agreement.supplements));
  if (agreement.replaced_by) site.add_field(section, "field_replaced_by", site.record(*agreement.replaced_by));
  site.add_field(section, "field_target_group", site.optional_text(agreement.target_group));
  Cell legal;
  for (const std::string& basis : agreement.legal_basis) {
    if (!legal.empty()) legal.push_back(text_run("; "));
    legal.push_back(text_run(basis));
  }
  site.add_field(section, "field_legal_basis", legal);
  if (agreement.decided) {
    Cell decided = agreement.decided->by ? site.record(*agreement.decided->by) : Cell{};
    if (agreement.decided->date) decided.push_back(text_run((decided.empty() ? "" : ", ") + *agreement.decided->date));
    site.add_field(section, "field_decided", decided);
  }
  site.add_field(section, "field_validity", date_range(agreement.valid_from, agreement.valid_to));
  // Agreements that supplement or replace this one.
  std::vector<std::string> supplemented_by;
  for (const Agreement& other : site.registry().agreements) {
    if (other.supplements == agreement.id) supplemented_by.push_back(other.id);
  }
  site.add_field(section, "field_supplemented_by", site.records(supplemented_by));
  return section;
}

Section review_and_follow_up(const SiteContext& site, const Agreement& agreement) {
  Section section = site.section("review_and_follow_up", "follow-up");
  if (agreement.review) {
    const Review& review = *agreement.review;
    if (review.interval_months) {
      site.add_field(section, "field_review_interval",
                     site.plain(std::to_string(*review.interval_months) + " " + site.text("months")));
    }
    site.add_field(section, "field_review_last", site.optional_text(review.last));
    site.add_field(section, "field_review_next", site.optional_text(review.next));
  }
  if (agreement.follow_up) {
    const FollowUpPolicy& policy = *agreement.follow_up;
    site.add_field(section, "field_follow_up_interval",
                   site.plain(std::to_string(policy.interval_months) + " " + site.text("months")));
    Cell criteria;
    for (const std::string& criterion : policy.criteria) {
      if (!criteria.empty()) criteria.push_back(text_run("; "));
      criteria.push_back(text_run(site.without_citations(criterion)));
    }
    site.add_field(section, "field_follow_up_criteria", criteria);
    site.add_field(section, "field_follow_up_deviations",
                   policy.deviations ? site.plain(site.without_citations(*policy.deviations)) : Cell{});
  }
  Table history{{site.text("column_year"), site.text("column_follow_up"), site.text("column_date"),
                 site.text("column_method"), site.text("column_result"), site.text("column_reported_to"),
                 site.text("column_deviations")},
                {}};
  std::vector<const Followup*> followups;
  for (const Followup& followup : site.registry().followups) {
    if (followup.subject == agreement.id) followups.push_back(&followup);
  }
  std::stable_sort(followups.begin(), followups.end(),
                   [](const Followup* a, const Followup* b) { return a->year > b->year; });
  for (const Followup* followup : followups) {
    history.rows.push_back({site.plain(std::to_string(followup->year)), site.record(followup->id),
                            site.optional_text(followup->date),
                            followup->method ? site.enum_value("method", *followup->method) : Cell{},
                            followup->result ? site.enum_value("result", *followup->result) : Cell{},
                            followup->reported_to ? site.record(*followup->reported_to) : Cell{},
                            site.plain(std::to_string(followup->deviations.size()))});
  }
  if (!history.rows.empty()) section.add(records_table(std::move(history)));
  section.empty_note = site.text("no_follow_ups");
  // A follow-up not recorded within its interval is closed by recording one: with the registry's
  // place on its git host, a link proposes it.
  if (site.gap_open("G008", agreement.id)) {
    Cell fix = site.fix_link(followup_proposal(site.registry(), agreement.id, site.as_of_year()), "fix_follow_up",
                             {{"agreement", site.display_name(agreement)}});
    if (!fix.empty()) {
      if (section.empty()) section.note(section.empty_note);
      section.item(std::move(fix));
    }
  }
  return section;
}

// Every municipality concerned (the parties that are municipalities, or all when none is), and
// any other party with a recorded decision — the same reading as gap rule G010 —, in the order of
// the parties above: the Region, the municipalities, the rest.
Section adoption(const SiteContext& site, const Agreement& agreement) {
  Section section = site.section("adoption", "adoption");
  const Registry& registry = site.registry();
  std::vector<std::string> concerned;
  for (const Municipality& municipality : registry.municipalities) {
    if (std::find(agreement.parties.begin(), agreement.parties.end(), municipality.id) != agreement.parties.end()) {
      concerned.push_back(municipality.id);
    }
  }
  if (concerned.empty()) {
    for (const Municipality& municipality : registry.municipalities) concerned.push_back(municipality.id);
  }
  const std::vector<AdoptionDecision> none;
  const auto& decisions = agreement.adoption ? agreement.adoption->decisions : none;
  for (const AdoptionDecision& decision : decisions) {
    if (std::find(concerned.begin(), concerned.end(), decision.party) == concerned.end()) {
      concerned.push_back(decision.party);
    }
  }
  // Whether adoption is required: yes, no, or not recorded (never "no" for a field left out).
  const std::optional<bool> required = agreement.adoption ? agreement.adoption->required : std::nullopt;
  site.add_field(section, "field_adoption_required",
                 required ? site.plain(site.text(*required ? "yes" : "no")) : site.muted("unknown"));
  if (!required.value_or(false) && decisions.empty()) return section;
  Table table{{site.text("column_party"), site.text("column_date"), site.text("column_body"),
               site.text("column_reference")},
              {}};
  for (const std::string& party : parties_in_order(site, concerned)) {
    auto decision = std::find_if(decisions.begin(), decisions.end(),
                                 [&](const AdoptionDecision& entry) { return entry.party == party; });
    if (decision == decisions.end()) {
      table.rows.push_back({site.record(party), site.muted("no_decision"), {}, {}});
    } else {
      // Unknown is not no: a decision whose body or registration number nobody recorded says so.
      auto known = [&](const std::optional<std::string>& value) { return value ? site.plain(*value) : site.muted("unknown"); };
      table.rows.push_back({site.record(party), decision->date ? site.plain(*decision->date) : site.muted("date_unknown"),
                            known(decision->body), known(decision->reference)});
    }
  }
  section.add(records_table(std::move(table)));
  return section;
}


}  // namespace

Page agreement_page(const SiteContext& site, const Agreement& agreement) {
  Page page = record_page_frame(site, agreement);
  page.sections.push_back(overview(site, agreement));
  page.sections.push_back(review_and_follow_up(site, agreement));
  page.sections.push_back(adoption(site, agreement));
  page.sections.push_back(site.documents(agreement.documents, "no_documents"));
  // The follow-up's criteria and deviations policy may cite sources too: under the same "Källor".
  std::vector<std::string> cited_elsewhere;
  if (agreement.follow_up) {
    cited_elsewhere = agreement.follow_up->criteria;
    if (agreement.follow_up->deviations) cited_elsewhere.push_back(*agreement.follow_up->deviations);
  }
  finish_record_page(site, agreement, page, cited_elsewhere);
  return page;
}

}  // namespace hok
