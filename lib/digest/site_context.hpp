#pragma once
// What every page builder needs: the registry, the catalogue, whether people are shown, and
// small helpers that turn ids, dates and URLs into cells. Internal to lib/digest.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "digest/change_links.hpp"
#include "document/message_catalog.hpp"
#include "gaps/gap_report.hpp"
#include "digest/page_model.hpp"
#include "model/registry.hpp"

namespace hok {

class SiteContext {
 public:
  // `gaps`: the open gaps the pages speak of (the municipality's page); may be null.
  SiteContext(const Registry& registry, const MessageCatalog& catalog, const GapReport* gaps = nullptr);

  const Registry& registry() const { return registry_; }
  const MessageCatalog& catalog() const { return catalog_; }
  bool show_people() const { return registry_.settings.publish_contacts; }
  // Whether gap `code` is open (and not waived) for `subject`, a record's id.
  bool gap_open(const std::string& code, const std::string& subject) const;

  const std::string& text(const std::string& key) const { return catalog_.text(key); }
  // A text with its `{name}` placeholders filled: text("part_in", {{"count", "18"}}).
  std::string text(const std::string& key, const std::map<std::string, std::string>& values) const;
  std::string label(const std::string& group, const std::string& value) const {
    return catalog_.label(group, value);
  }

  // Whether a record has a page in the digest (people only when contacts are published).
  bool has_page(const std::string& id) const;
  // The page path of a record: "groups/vis-politisk".
  static std::string page_of(const RecordBase& record);
  // The name shown for a record: its name or title; for a function without one its roles and
  // area ("KSA, GSA Innerstaden"), for a follow-up its kind, year and subject; else its id.
  std::string display_name(const RecordBase& record) const;
  // Ids in the order a reader looks for their names: Swedish order of the names shown (Österåker
  // last, not among the o's of the ids).
  void sort_by_name(std::vector<std::string>& ids) const;
  // A municipality's districts in that order (the registry keeps them in file order: Östermalm's
  // file is among the o's). Every list of districts on the portal comes from here.
  std::vector<const District*> districts_of(const std::string& municipality) const;

  // A link to a record's page, named by the record; plain text when the record has no page; an
  // empty cell for a person when contacts are not published.
  Cell record(const std::string& id) const;
  // Records joined by ", ".
  Cell records(const std::vector<std::string>& ids) const;
  Cell plain(const std::string& text) const { return text.empty() ? Cell{} : Cell{text_run(text)}; }
  Cell optional_text(const std::optional<std::string>& text) const { return text ? plain(*text) : Cell{}; }
  Cell enum_value(const std::string& group, const std::string& value) const { return plain(label(group, value)); }
  // An external link when the URL is allowed (http, https, mailto); otherwise the text and the
  // URL as plain text, so the reader sees it but cannot follow it.
  Cell url(const std::string& url, const std::string& text = "") const;
  Cell muted(const std::string& key) const { return Cell{{text(key), "", "", true}}; }

  // Whom to write to or call: the functional mailbox (a mailto link), the phone, and the person
  // (name, title and email) only when contacts are published. A contact that is only a person
  // who is not published reads "the contact person is not published"; no contact at all is an
  // empty cell.
  Cell contact(const std::optional<Contact>& contact) const;
  // The contact of a group, or of the function that holds `role` in an area; see contact().
  Cell group_contact(const std::string& group_id) const;
  // A section listing documents, each its title linked, with its date: "Titel (2024-05-01)".
  Section documents(const std::vector<Document>& documents, const std::string& empty_key) const;

  // The links to the git host's web editor (hok.yaml's `repository`); disabled without it.
  const ChangeLinks& change_links() const { return change_links_; }
  // The year of the date the gaps are judged at (today when there are no gaps).
  int as_of_year() const;
  // A section, last on a record's page, with "Ändra i registret (öppnas hos GitHub)": the host's
  // editor on the record's file, and what happens next. nullopt without `repository`.
  std::optional<Section> change_section(const RecordBase& record) const;
  // "Åtgärda: föreslå en KSA för Nacka (öppnas hos GitHub)": the host's new-file page with the
  // record that closes a gap, the text `text_key` with `values` and `{host}` filled. An empty cell
  // without `repository` or without a proposal.
  Cell fix_link(const std::optional<NewRecordProposal>& proposal, const std::string& text_key,
                std::map<std::string, std::string> values) const;

  // "Åtgärda: …" to the host's editor on an existing record's file, for a gap closed by editing
  // it (a KSA recorded as planned); `text_key` with `values` and `{host}`. Empty without `repository`.
  Cell fix_edit_link(const RecordBase& record, const std::string& text_key,
                     std::map<std::string, std::string> values) const;
  // The function of `role` in `area` that exists but is not active (planned, vacant): the gap is
  // closed by editing it rather than adding another. Null when there is none.
  const CoordinatingFunction* inactive_function(const std::string& area, const std::string& role) const;
  // The link that closes a missing KSA or GSA in `area`: the inactive function's editor when there
  // is one, else the new function's page; `long_form` says it all ("Åtgärda: föreslå en KSA för
  // Nacka (öppnas hos GitHub)"), the short form suits a line that names the area already.
  Cell function_fix_link(const std::string& area, const std::string& role, bool long_form) const;

  // Appends `label_key: value` when the value is not empty.
  void add_field(Section& section, const std::string& label_key, Cell value) const;
  Section section(const std::string& heading_key, const std::string& anchor) const;
  // How the record connects to the rest, in words: every reference to `id`, grouped by what it
  // means ("Part i 18 överenskommelser: …"), never by field name.
  // `shown_above`: relations (keys as in the catalogue's "relation" labels, "agreements.parties")
  // the page already lists in a section of its own, left out here rather than said twice.
  Section referenced_by(const std::string& id, const std::vector<std::string>& shown_above = {}) const;
  // The record's description as CommonMark, when it has one, without its citations of sources.
  std::optional<Section> description(const RecordBase& record) const;
  // "Källor": the sources the record's description cites (hok.yaml's `sources`), each by its name,
  // linked when it has an address, with the places cited: "Beslutsunderlag om samrådsgrupper och
  // gemensamt sekretariat (2022), avsnitt 2.2, avsnitt 3.1". nullopt when it cites none.
  // `more`: other texts of the page that may cite (an agreement's follow-up criteria), after the
  // description.
  std::optional<Section> sources(const RecordBase& record, const std::vector<std::string>& more = {}) const;
  // A text of the record's page other than its description, without its citations.
  std::string without_citations(const std::string& text) const;

  // Every seat that names `org_id`, as rows (group, seat kind, role, count).
  std::vector<std::vector<Cell>> seats_of(const std::string& org_id) const;
  // The rows of a group's seats (seat kind, organisation, person when shown, role, count).
  std::vector<std::vector<Cell>> seats_in(const Group& group) const;

 private:
  // "/adoption/decisions/3/party" → ".adoption.decisions.party": a reference's field, indices dropped.
  static std::string relation_path(const std::string& pointer);
  // "Part i 18 överenskommelser": the relation named in the catalogue (labels "relation", keyed
  // "<kind>.<field path>"), the count and the referring kind's noun; no noun when `kind` is empty.
  std::string relation_label(const std::string& key, std::size_t count, const std::string& kind) const;

  const Registry& registry_;
  const MessageCatalog& catalog_;
  const GapReport* gaps_;
  ChangeLinks change_links_;
  std::map<std::string, std::vector<const Reference*>> references_to_;
};

}  // namespace hok
