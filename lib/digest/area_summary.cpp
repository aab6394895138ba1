// "Er kommun i samverkan": what a municipal official comes to ask, first on a municipality's and
// a district's page — who holds the KSA and the GSA and how to reach them, the forums where the
// municipality has a seat, the agreements it is party to with its decision to adopt them, what is
// still missing and what closes it, and whom to contact. Every sentence is the reader's: no field
// names, no rule codes.
#include <algorithm>

#include "core/text_order.hpp"
#include "digest/record_pages.hpp"

namespace hok {

namespace {

void append(Cell& cell, const Cell& more) { cell.insert(cell.end(), more.begin(), more.end()); }

Cell muted_text(std::string text) { return Cell{Inline{std::move(text), "", "", true}}; }

// `text` with `{placeholder}` replaced by the runs of `value` (a link, usually).
Cell sentence(const std::string& text, const std::string& placeholder, const Cell& value) {
  const std::string mark = "{" + placeholder + "}";
  const std::size_t at = text.find(mark);
  if (at == std::string::npos) return Cell{text_run(text)};
  Cell cell;
  if (at > 0) cell.push_back(text_run(text.substr(0, at)));
  append(cell, value);
  if (at + mark.size() < text.size()) cell.push_back(text_run(text.substr(at + mark.size())));
  return cell;
}

// The active function of `role` ("ksa", "gsa") in an area, as gap rules G002 and G003 count it.
const CoordinatingFunction* active_function(const Registry& registry, const std::string& area, const char* role) {
  for (const CoordinatingFunction& function : registry.functions) {
    if (function.area == area && function.status == "active" && function.has_role(role)) return &function;
  }
  return nullptr;
}

// Who appoints the function, as G002 and G003 say it: the organisation that coordinates for the
// municipality where there is one (Norrtälje: KSON); else the municipality for the KSA and the
// region's care centres in the area for the GSA.
std::string appointer(const SiteContext& site, const Municipality& municipality, const char* role) {
  if (municipality.coordination_by) {
    const RecordBase* coordinator = site.registry().find(*municipality.coordination_by);
    return coordinator != nullptr ? site.display_name(*coordinator) : *municipality.coordination_by;
  }
  return std::string(role) == "ksa" ? site.display_name(municipality) : site.text("gsa_appointer");
}

// True when the area's function of `role` is recorded as vacant: a known "no", unlike no record.
bool vacant_function(const Registry& registry, const std::string& area, const char* role) {
  return std::any_of(registry.functions.begin(), registry.functions.end(), [&](const CoordinatingFunction& function) {
    return function.area == area && function.status == "vacant" && function.has_role(role);
  });
}

// The holder of the area's KSA or GSA and its contact; "vakant – ska utses av …" for one recorded
// as vacant; else "ingen registrerad – ska utses av …" (unknown is not no: nobody has said it
// is missing).
Cell function_cell(const SiteContext& site, const Municipality& municipality, const std::string& area, const char* role) {
  const CoordinatingFunction* function = active_function(site.registry(), area, role);
  if (function == nullptr) {
    const char* key = vacant_function(site.registry(), area, role) ? "function_vacant_appoint" : "function_missing";
    return muted_text(site.text(key, {{"who", appointer(site, municipality, role)}}));
  }
  Cell cell = function->holder ? site.record(*function->holder) : site.record(function->id);
  Cell contact = site.contact(function->contact);
  if (!contact.empty()) {
    cell.push_back(text_run(" – "));
    append(cell, contact);
  }
  return cell;
}

Section functions_part(const SiteContext& site, const Municipality& municipality, const std::vector<const RecordBase*>& areas) {
  Section section = site.section("ksa_gsa", "ksa-gsa");
  section.paragraph(site.text("ksa_gsa_intro"));
  if (areas.size() == 1) {
    section.fact(site.text("ksa"), function_cell(site, municipality, areas.front()->id, "ksa"));
    section.fact(site.text("gsa"), function_cell(site, municipality, areas.front()->id, "gsa"));
    return section;
  }
  Table table{{site.text("column_area"), site.text("ksa"), site.text("gsa")}, {}};
  for (const RecordBase* area : areas) {
    table.rows.push_back({site.record(area->id), function_cell(site, municipality, area->id, "ksa"),
                          function_cell(site, municipality, area->id, "gsa")});
  }
  section.add(records_table(std::move(table)));
  return section;
}

// The groups, not wound down, where the municipality or one of its organisations has a seat.
Section forums_part(const SiteContext& site, const Municipality& municipality) {
  Section section = site.section("forums", "forums");
  std::vector<std::string> own = {municipality.id};
  for (const Organisation& organisation : site.registry().organisations) {
    if (organisation.municipality == municipality.id || organisation.parent == municipality.id) {
      own.push_back(organisation.id);
    }
  }
  // The groups of today's collaboration apart from the former forums being wound down: a seat in
  // BUSSAM is no seat in a regional group (gap rule G013 reads it so too).
  std::vector<std::string> groups;
  std::vector<std::string> former;
  for (const Group& group : site.registry().groups) {
    if (group.status == "decommissioned") continue;
    bool seated = false;
    for (const auto* seats : {&group.chair, &group.process_lead, &group.members, &group.secretariat_nodes, &group.core}) {
      for (const Seat& seat : *seats) seated = seated || contains_id(own, seat.org);
    }
    if (seated) (group.type == "legacy-forum" ? former : groups).push_back(group.id);
  }
  const std::string name = site.display_name(municipality);
  if (groups.empty()) {
    section.note(site.text("forums_none", {{"name", name}}));
  } else {
    section.paragraph(site.text(groups.size() == 1 ? "forums_one" : "forums_many",
                                {{"name", name}, {"count", std::to_string(groups.size())}}));
    for (const std::string& id : groups) section.item(site.record(id));
  }
  if (!former.empty()) {
    section.paragraph(site.text(former.size() == 1 ? "former_forums_one" : "former_forums_many",
                                {{"name", name}, {"count", std::to_string(former.size())}}));
    for (const std::string& id : former) section.item(site.record(id));
  }
  return section;
}

// Concerned as gap rule G010 reads it: a party, or every municipality when no municipality is one.
bool concerned(const SiteContext& site, const Agreement& agreement, const std::string& municipality) {
  if (contains_id(agreement.parties, municipality)) return true;
  return std::none_of(agreement.parties.begin(), agreement.parties.end(),
                      [&](const std::string& id) { return site.registry().municipality(id) != nullptr; });
}

const AdoptionDecision* decision_of(const Agreement& agreement, const std::string& municipality) {
  if (!agreement.adoption) return nullptr;
  for (const AdoptionDecision& decision : agreement.adoption->decisions) {
    if (decision.party == municipality) return &decision;
  }
  return nullptr;
}

Cell known(const SiteContext& site, const std::optional<std::string>& value) {
  return value ? site.plain(*value) : site.muted("unknown");
}

Section agreements_part(const SiteContext& site, const Municipality& municipality) {
  Section section = site.section("your_agreements", "agreements");
  Table table{{site.text("column_agreement"), site.text("column_adopted_on"), site.text("column_body"),
               site.text("column_reference")},
              {}};
  // The main agreement first, then the others by title in Swedish order: the order a reader
  // looks for one in.
  std::vector<const Agreement*> agreements;
  for (const Agreement& agreement : site.registry().agreements) {
    if (contains_id(agreement.parties, municipality.id)) agreements.push_back(&agreement);
  }
  std::stable_sort(agreements.begin(), agreements.end(), [&](const Agreement* a, const Agreement* b) {
    const bool a_main = a->type == "main-agreement";
    const bool b_main = b->type == "main-agreement";
    if (a_main != b_main) return a_main;
    return swedish_less(site.display_name(*a), site.display_name(*b));
  });
  // The agreements nothing is recorded about for this municipality's adoption are listed by name
  // under one sentence, not as rows of "uppgift saknas" three columns wide.
  std::vector<const Agreement*> unrecorded;
  for (const Agreement* entry : agreements) {
    const Agreement& agreement = *entry;
    const AdoptionDecision* decision = decision_of(agreement, municipality.id);
    if (decision != nullptr) {
      // A decision recorded without its date: the decision is known, only the day is not.
      table.rows.push_back({site.record(agreement.id),
                            decision->date ? site.plain(*decision->date) : site.muted("date_unknown"),
                            known(site, decision->body), known(site, decision->reference)});
    } else if (agreement.adoption && agreement.adoption->required.value_or(false)) {
      table.rows.push_back({site.record(agreement.id), site.muted("no_decision"), {}, {}});
    } else {
      unrecorded.push_back(&agreement);
    }
  }
  const std::string name = site.display_name(municipality);
  if (agreements.empty()) {
    section.note(site.text("party_none", {{"name", name}}));
    return section;
  }
  section.paragraph(site.text(agreements.size() == 1 ? "party_one" : "party_many",
                              {{"name", name}, {"count", std::to_string(agreements.size())}}));
  if (!table.rows.empty()) section.add(records_table(std::move(table)));
  if (!unrecorded.empty()) {
    const bool all = unrecorded.size() == agreements.size();
    const std::string key = unrecorded.size() == 1 ? (all ? "adoption_unrecorded_only" : "adoption_unrecorded_one")
                                                   : (all ? "adoption_unrecorded_all" : "adoption_unrecorded_many");
    section.paragraph(site.text(key, {{"name", name}, {"count", std::to_string(unrecorded.size())}}));
    for (const Agreement* agreement : unrecorded) section.item(site.record(agreement->id));
  }
  return section;
}

// The open gaps that concern the municipality (or district), each in a sentence saying what closes it.
Section gaps_part(const SiteContext& site, const Municipality& municipality, const std::vector<const RecordBase*>& areas) {
  Section section = site.section("still_missing", "still-missing");
  for (const RecordBase* area : areas) {
    const std::string area_name = site.display_name(*area);
    for (const char* role : {"ksa", "gsa"}) {
      if (!site.gap_open(std::string(role) == "ksa" ? "G002" : "G003", area->id)) continue;
      Cell item = site.plain(site.text(std::string("gap_") + role, {{"area", area_name}, {"who", appointer(site, municipality, role)}}));
      // With the registry's place on its git host: a link that proposes the missing function, or
      // edits the one recorded but not active.
      Cell fix = site.function_fix_link(area->id, role, true);
      if (!fix.empty()) {
        item.push_back(text_run(" "));
        append(item, fix);
      }
      section.item(std::move(item));
    }
  }
  for (const Agreement& agreement : site.registry().agreements) {
    if (!site.gap_open("G010", agreement.id) || decision_of(agreement, municipality.id) != nullptr) continue;
    if (!concerned(site, agreement, municipality.id)) continue;
    section.item(sentence(site.text("gap_adoption"), "agreement", site.record(agreement.id)));
  }
  if (site.gap_open("G013", municipality.id)) {
    section.item(site.plain(site.text("gap_representation", {{"name", site.display_name(municipality)}})));
  }
  section.empty_note = site.text("still_missing_none");
  return section;
}

Section contact_part(const SiteContext& site, const std::vector<const RecordBase*>& areas) {
  Section section = site.section("whom_to_contact", "contact");
  for (const RecordBase* area : areas) {
    for (const char* role : {"ksa", "gsa"}) {
      const CoordinatingFunction* function = active_function(site.registry(), area->id, role);
      if (function == nullptr) continue;
      Cell contact = site.contact(function->contact);
      if (contact.empty()) contact = site.muted("contact_not_recorded");
      std::string label = site.text(role);
      if (areas.size() > 1) label += " " + site.display_name(*area);
      section.fact(label, std::move(contact));
    }
  }
  const auto& secretariat = site.registry().settings.secretariat;
  if (secretariat && site.registry().group(*secretariat) != nullptr) {
    Cell cell = site.record(*secretariat);
    Cell contact = site.group_contact(*secretariat);
    if (!contact.empty()) {
      cell.push_back(text_run(" – "));
      append(cell, contact);
    }
    section.fact(site.text("contact_collaboration"), std::move(cell));
  }
  section.empty_note = site.text("contact_not_recorded");
  return section;
}

}  // namespace

Section area_summary(const SiteContext& site, const Municipality& municipality, const District* district) {
  Section section = site.section(district != nullptr ? "district_in_collaboration" : "municipality_in_collaboration",
                                 "in-collaboration");
  std::vector<const RecordBase*> areas;
  if (district != nullptr) {
    areas.push_back(district);
  } else {
    for (const District* one : site.districts_of(municipality.id)) areas.push_back(one);
    if (areas.empty()) areas.push_back(&municipality);
  }
  section.subsections.push_back(functions_part(site, municipality, areas));
  section.subsections.push_back(forums_part(site, municipality));
  section.subsections.push_back(agreements_part(site, municipality));
  section.subsections.push_back(gaps_part(site, municipality, areas));
  section.subsections.push_back(contact_part(site, areas));
  return section;
}

}  // namespace hok
