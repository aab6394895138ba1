#include "digest/site_context.hpp"

#include <cctype>

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

SiteContext::SiteContext(const Registry& registry, const MessageCatalog& catalog)
    : registry_(registry), catalog_(catalog) {
  for (const Reference& reference : registry.references) references_to_[reference.target].push_back(&reference);
}

bool SiteContext::has_page(const std::string& id) const {
  const RecordBase* found = registry_.find(id);
  return found != nullptr && (found->kind != Kind::Person || show_people());
}

std::string SiteContext::page_of(const RecordBase& record) {
  return std::string(kind_directory(record.kind)) + "/" + record.id;
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

Section SiteContext::referenced_by(const std::string& id) const {
  Section result = section("referenced_by", "referenced-by");
  result.empty_note = text("referenced_by_none");
  auto it = references_to_.find(id);
  if (it == references_to_.end()) return result;
  Table table{{text("column_record"), text("column_kind"), text("column_field")}, {}};
  for (const Reference* reference : it->second) {
    const RecordBase* from = registry_.find(reference->from_id);
    if (from != nullptr && from->kind == Kind::Person && !show_people()) continue;
    Cell source = from == nullptr ? plain(reference->from_id.empty() ? "hok.yaml" : reference->from_id)
                                  : record(from->id);
    Cell kind = from == nullptr ? plain(text("kind_settings")) : plain(label("kind", kind_directory(from->kind)));
    table.rows.push_back({source, kind, plain(reference->field)});
  }
  if (!table.rows.empty()) result.add(records_table(std::move(table)));
  return result;
}

std::optional<Section> SiteContext::description(const RecordBase& record) const {
  if (!record.description || record.description->empty()) return std::nullopt;
  Section result = section("description", "description");
  result.commonmark(*record.description);
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
