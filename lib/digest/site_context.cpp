#include "digest/site_context.hpp"

#include <algorithm>
#include <cctype>

#include "core/dates.hpp"
#include "core/text_order.hpp"
#include "digest/source_citations.hpp"
#include "document/url_policy.hpp"

namespace hok {

namespace {

struct SeatList {
  const char* key;  // catalogue key and label group value
  const std::vector<Seat> Group::*seats;
};

constexpr SeatList seat_lists[] = {
    {"chair", &Group::chair},
    {"process_lead", &Group::process_lead},
    {"core", &Group::core},
    {"secretariat_nodes", &Group::secretariat_nodes},
    {"members", &Group::members},
};

}  // namespace

SiteContext::SiteContext(const Registry& registry, const MessageCatalog& catalog, const GapReport* gaps)
    : registry_(registry),
      catalog_(catalog),
      gaps_(gaps),
      change_links_(registry.settings.repository, registry.settings.language) {
  for (const Reference& reference : registry.references) references_to_[reference.target].push_back(&reference);
}

std::string SiteContext::text(const std::string& key, const std::map<std::string, std::string>& values) const {
  std::string result = catalog_.text(key);
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{" + name + "}";
    for (std::size_t at = result.find(placeholder); at != std::string::npos;
         at = result.find(placeholder, at + value.size())) {
      result.replace(at, placeholder.size(), value);
    }
  }
  return result;
}

bool SiteContext::gap_open(const std::string& code, const std::string& subject) const {
  if (gaps_ == nullptr) return false;
  return std::any_of(gaps_->findings.begin(), gaps_->findings.end(), [&](const Finding& finding) {
    return finding.code == code && finding.subject == subject && !finding.waived_reason;
  });
}

bool SiteContext::has_page(const std::string& id) const {
  const RecordBase* found = registry_.find(id);
  return found != nullptr && (found->kind != Kind::Person || show_people());
}

std::string SiteContext::page_of(const RecordBase& record) {
  return std::string(kind_directory(record.kind)) + "/" + record.id;
}

void SiteContext::sort_by_name(std::vector<std::string>& ids) const {
  auto name = [&](const std::string& id) {
    const RecordBase* record = registry_.find(id);
    return record ? display_name(*record) : id;
  };
  std::stable_sort(ids.begin(), ids.end(),
                   [&](const std::string& a, const std::string& b) { return swedish_less(name(a), name(b)); });
}

std::vector<const District*> SiteContext::districts_of(const std::string& municipality) const {
  std::vector<const District*> districts = registry_.districts_of(municipality);
  std::stable_sort(districts.begin(), districts.end(), [&](const District* a, const District* b) {
    return swedish_less(display_name(*a), display_name(*b));
  });
  return districts;
}

std::string SiteContext::display_name(const RecordBase& record) const {
  if (record.name && !record.name->empty()) return *record.name;
  if (record.kind == Kind::Function) {
    const auto& function = static_cast<const CoordinatingFunction&>(record);
    std::string roles;
    for (const std::string& role : function.roles) {
      if (!roles.empty()) roles += ", ";
      for (char c : role) roles += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    const RecordBase* area = registry_.find(function.area);
    if (area != nullptr && !roles.empty()) return roles + " " + display_name(*area);
  }
  if (record.kind == Kind::Followup) {
    const auto& followup = static_cast<const Followup&>(record);
    const RecordBase* subject = registry_.find(followup.subject);
    if (subject != nullptr) {
      return label("kind", "followups") + " " + std::to_string(followup.year) + ": " + display_name(*subject);
    }
  }
  return record.id;
}

Cell SiteContext::record(const std::string& id) const {
  const RecordBase* found = registry_.find(id);
  if (found == nullptr) return plain(id);
  if (found->kind == Kind::Person && !show_people()) return {};
  return Cell{{display_name(*found), page_of(*found), "", false}};
}

Cell SiteContext::records(const std::vector<std::string>& ids) const {
  Cell cell;
  for (const std::string& id : ids) {
    Cell one = record(id);
    if (one.empty()) continue;
    if (!cell.empty()) cell.push_back(text_run(", "));
    cell.insert(cell.end(), one.begin(), one.end());
  }
  return cell;
}

Cell SiteContext::url(const std::string& address, const std::string& shown) const {
  std::string name = shown.empty() ? address : shown;
  if (auto safe = safe_link_url(address)) return Cell{{name, "", *safe, false}};
  Cell cell = plain(name);
  if (!shown.empty()) cell.push_back(text_run(" (" + address + ")"));
  cell.push_back(text_run(" "));
  cell.push_back({text("url_not_linked"), "", "", true});
  return cell;
}

Cell SiteContext::contact(const std::optional<Contact>& contact) const {
  Cell cell;
  if (!contact) return cell;
  auto separate = [&cell] {
    if (!cell.empty()) cell.push_back(text_run(", "));
  };
  if (contact->mailbox) {
    separate();
    Cell link = url("mailto:" + *contact->mailbox, *contact->mailbox);
    cell.insert(cell.end(), link.begin(), link.end());
  }
  if (contact->phone) {
    separate();
    cell.push_back(text_run(text("phone_prefix") + *contact->phone));
  }
  if (contact->person) {
    const Person* person = registry_.person(*contact->person);
    if (show_people() && person != nullptr) {
      separate();
      Cell name = record(person->id);
      cell.insert(cell.end(), name.begin(), name.end());
      if (person->title) cell.push_back(text_run(" (" + *person->title + ")"));
      if (person->email) {
        cell.push_back(text_run(" "));
        Cell link = url("mailto:" + *person->email, *person->email);
        cell.insert(cell.end(), link.begin(), link.end());
      }
    } else if (cell.empty()) {
      // Someone to write to all the same: the secretariat's functional mailbox, when recorded.
      Cell result = muted("contact_person_not_published");
      const Group* secretariat = registry_.settings.secretariat ? registry_.group(*registry_.settings.secretariat) : nullptr;
      if (secretariat != nullptr && secretariat->contact && secretariat->contact->mailbox) {
        result.push_back(text_run(" " + text("contact_via_secretariat") + " "));
        Cell link = url("mailto:" + *secretariat->contact->mailbox, *secretariat->contact->mailbox);
        result.insert(result.end(), link.begin(), link.end());
      }
      return result;
    }
  }
  return cell;
}

Cell SiteContext::group_contact(const std::string& group_id) const {
  const Group* group = registry_.group(group_id);
  return group == nullptr ? Cell{} : contact(group->contact);
}

Section SiteContext::documents(const std::vector<Document>& list, const std::string& empty_key) const {
  Section result = section("documents", "documents");
  for (const Document& document : list) {
    Cell item = url(document.url, document.title);
    if (document.date) item.push_back(text_run(" (" + *document.date + ")"));
    result.item(std::move(item));
  }
  result.empty_note = text(empty_key);
  return result;
}

int SiteContext::as_of_year() const { return gaps_ != nullptr ? gaps_->as_of.year : today().year; }

std::optional<Section> SiteContext::change_section(const RecordBase& record) const {
  if (!change_links_.enabled() || !record.source) return std::nullopt;
  // A heading of its own, so the link is not read as part of the section above it.
  Section result = section("change_heading", "change");
  const std::map<std::string, std::string> host = {{"host", change_links_.host_name()}};
  result.item(Cell{{text("change_edit", host), "", change_links_.edit_url(record.source->path), false}});
  result.note(text("change_note", host));
  return result;
}

Cell SiteContext::fix_link(const std::optional<NewRecordProposal>& proposal, const std::string& text_key,
                           std::map<std::string, std::string> values) const {
  if (!change_links_.enabled() || !proposal) return {};
  values["host"] = change_links_.host_name();
  return Cell{{text(text_key, values), "", change_links_.new_record_url(*proposal), false}};
}

Cell SiteContext::fix_edit_link(const RecordBase& record, const std::string& text_key,
                                std::map<std::string, std::string> values) const {
  if (!change_links_.enabled() || !record.source) return {};
  values["host"] = change_links_.host_name();
  return Cell{{text(text_key, values), "", change_links_.edit_url(record.source->path), false}};
}

const CoordinatingFunction* SiteContext::inactive_function(const std::string& area, const std::string& role) const {
  for (const CoordinatingFunction& function : registry_.functions) {
    if (function.area == area && function.has_role(role) && function.status != "active") return &function;
  }
  return nullptr;
}

Cell SiteContext::function_fix_link(const std::string& area, const std::string& role, bool long_form) const {
  if (!change_links_.enabled()) return {};
  if (const CoordinatingFunction* function = inactive_function(area, role)) {
    return fix_edit_link(*function, long_form ? "fix_function_edit" : "fix_function_edit_short",
                         {{"function", display_name(*function)}});
  }
  const RecordBase* record = registry_.find(area);
  return fix_link(function_proposal(registry_, area, role), "fix_" + role + (long_form ? "" : "_short"),
                  {{"area", record != nullptr ? display_name(*record) : area}});
}

void SiteContext::add_field(Section& section, const std::string& label_key, Cell value) const {
  if (value.empty()) return;
  section.fact(text(label_key), std::move(value));
}

Section SiteContext::section(const std::string& heading_key, const std::string& anchor) const {
  Section result;
  result.heading = text(heading_key);
  result.anchor = anchor;
  return result;
}

Section SiteContext::referenced_by(const std::string& id, const std::vector<std::string>& shown_above) const {
  Section result = section("connections", "connections");
  result.empty_note = text("connections_none");
  auto it = references_to_.find(id);
  if (it == references_to_.end()) return result;
  // One fact per relation, in the order first met: "Part i 18 överenskommelser" → the records.
  std::vector<std::string> order;
  std::map<std::string, std::vector<std::string>> records_by_relation;  // relation key → ids
  std::map<std::string, Kind> kind_of_relation;
  for (const Reference* reference : it->second) {
    const RecordBase* from = registry_.find(reference->from_id);
    if (from == nullptr) {
      if (!reference->from_id.empty()) continue;  // an unreadable record: nothing to say
      result.fact(relation_label("settings" + relation_path(reference->pointer), 1, ""),
                  plain(registry_.settings.name));
      continue;
    }
    if (from->kind == Kind::Person && !show_people()) continue;
    const std::string key = std::string(kind_directory(from->kind)) + relation_path(reference->pointer);
    if (std::find(shown_above.begin(), shown_above.end(), key) != shown_above.end()) continue;
    auto& ids = records_by_relation[key];
    if (ids.empty()) order.push_back(key);
    if (std::find(ids.begin(), ids.end(), from->id) == ids.end()) ids.push_back(from->id);
    kind_of_relation[key] = from->kind;
  }
  for (const std::string& key : order) {
    const auto& ids = records_by_relation[key];
    result.fact(relation_label(key, ids.size(), kind_directory(kind_of_relation[key])), records(ids));
  }
  return result;
}

std::string SiteContext::relation_path(const std::string& pointer) {
  std::string path;
  std::size_t start = 1;
  while (start <= pointer.size()) {
    std::size_t end = pointer.find('/', start);
    if (end == std::string::npos) end = pointer.size();
    std::string token = pointer.substr(start, end - start);
    const bool index = !token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!token.empty() && !index) path += "." + token;
    start = end + 1;
  }
  return path;
}

std::string SiteContext::relation_label(const std::string& key, std::size_t count, const std::string& kind) const {
  std::string relation = label("relation", key);
  if (relation == key) relation = text("relation_other");
  if (kind.empty()) return relation;
  const std::string noun = label(count == 1 ? "kind_one" : "kind_many", kind);
  return relation + " " + std::to_string(count) + " " + noun;
}

std::optional<Section> SiteContext::description(const RecordBase& record) const {
  if (!record.description || record.description->empty()) return std::nullopt;
  const std::string text = gather_citations(*record.description, registry_.settings.sources).text;
  if (text.empty()) return std::nullopt;
  Section result = section("description", "description");
  result.commonmark(text);
  return result;
}

std::string SiteContext::without_citations(const std::string& text) const {
  return gather_citations(text, registry_.settings.sources).text;
}

std::optional<Section> SiteContext::sources(const RecordBase& record, const std::vector<std::string>& more) const {
  std::vector<std::string> texts = {record.description.value_or("")};
  texts.insert(texts.end(), more.begin(), more.end());
  std::vector<CitedSource> cited;  // each document once, its places from every text
  for (const std::string& text : texts) {
    for (const CitedSource& source : gather_citations(text, registry_.settings.sources).sources) {
      auto known = std::find_if(cited.begin(), cited.end(),
                                [&](const CitedSource& other) { return other.document == source.document; });
      if (known == cited.end()) {
        cited.push_back(source);
        continue;
      }
      for (const std::string& place : source.places) {
        if (std::find(known->places.begin(), known->places.end(), place) == known->places.end())
          known->places.push_back(place);
      }
    }
  }
  if (cited.empty()) return std::nullopt;
  Section result = section("sources", "sources");
  for (const CitedSource& source : cited) {
    Cell item = source.document->url ? url(*source.document->url, source.document->title) : plain(source.document->title);
    std::string places;
    for (const std::string& place : source.places) places += (places.empty() ? "" : ", ") + place;
    if (!places.empty()) item.push_back(text_run(", " + places));
    result.item(std::move(item));
  }
  return result;
}

std::vector<std::vector<Cell>> SiteContext::seats_of(const std::string& org_id) const {
  std::vector<std::vector<Cell>> rows;
  for (const Group& group : registry_.groups) {
    for (const SeatList& list : seat_lists) {
      for (const Seat& seat : group.*list.seats) {
        if (seat.org != org_id) continue;
        rows.push_back({record(group.id), enum_value("seat", list.key), optional_text(seat.role),
                        plain(std::to_string(seat.count))});
      }
    }
  }
  return rows;
}

std::vector<std::vector<Cell>> SiteContext::seats_in(const Group& group) const {
  std::vector<std::vector<Cell>> rows;
  for (const SeatList& list : seat_lists) {
    for (const Seat& seat : group.*list.seats) {
      std::vector<Cell> row = {enum_value("seat", list.key), record(seat.org)};
      if (show_people()) row.push_back(seat.person ? record(*seat.person) : Cell{});
      row.push_back(optional_text(seat.role));
      row.push_back(plain(std::to_string(seat.count)));
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

}  // namespace hok
