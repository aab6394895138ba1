#include "model/registry.hpp"

#include <algorithm>
#include <array>

namespace hok {

namespace {

struct KindNames {
  Kind kind;
  const char* directory;
  const char* noun;
};

constexpr std::array<KindNames, 10> kind_names = {{
    {Kind::Municipality, "municipalities", "municipality"},
    {Kind::District, "districts", "district"},
    {Kind::Subregion, "subregions", "sub-region"},
    {Kind::Organisation, "organisations", "organisation"},
    {Kind::Person, "people", "person"},
    {Kind::Group, "groups", "group"},
    {Kind::Agreement, "agreements", "agreement"},
    {Kind::Function, "functions", "function"},
    {Kind::Followup, "followups", "follow-up"},
    {Kind::Plan, "plans", "plan"},
}};

const KindNames& names_of(Kind kind) {
  for (const KindNames& names : kind_names) {
    if (names.kind == kind) return names;
  }
  return kind_names.front();
}

template <typename Record>
const Record* typed(const RecordBase* record, Kind kind) {
  if (record == nullptr || record->kind != kind) return nullptr;
  return static_cast<const Record*>(record);
}

template <typename Record>
void visit_all(const std::vector<Record>& records,
               const std::function<void(const RecordBase&)>& visit) {
  for (const Record& record : records) visit(record);
}

}  // namespace

const char* kind_directory(Kind kind) { return names_of(kind).directory; }

const char* kind_noun(Kind kind) { return names_of(kind).noun; }

std::optional<Kind> kind_from_directory(const std::string& directory) {
  for (const KindNames& names : kind_names) {
    if (directory == names.directory) return names.kind;
  }
  return std::nullopt;
}

const std::vector<Kind>& all_kinds() {
  static const std::vector<Kind> kinds = [] {
    std::vector<Kind> result;
    for (const KindNames& names : kind_names) result.push_back(names.kind);
    return result;
  }();
  return kinds;
}

bool CoordinatingFunction::has_role(const std::string& role) const {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

void Registry::build_index() {
  index_.clear();
  for_each_record([this](const RecordBase& record) { index_.emplace(record.id, &record); });
  // Asked per municipality and per function: a scan of all districts each time grew with the
  // square of the registry.
  districts_by_municipality_.clear();
  for (const District& district : districts) districts_by_municipality_[district.municipality].push_back(&district);
}

const RecordBase* Registry::find(const std::string& id) const {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : it->second;
}

const Municipality* Registry::municipality(const std::string& id) const {
  return typed<Municipality>(find(id), Kind::Municipality);
}

const District* Registry::district(const std::string& id) const {
  return typed<District>(find(id), Kind::District);
}

const Organisation* Registry::organisation(const std::string& id) const {
  return typed<Organisation>(find(id), Kind::Organisation);
}

const Group* Registry::group(const std::string& id) const {
  return typed<Group>(find(id), Kind::Group);
}

const Agreement* Registry::agreement(const std::string& id) const {
  return typed<Agreement>(find(id), Kind::Agreement);
}

const Person* Registry::person(const std::string& id) const {
  return typed<Person>(find(id), Kind::Person);
}

std::vector<const District*> Registry::districts_of(const std::string& municipality_id) const {
  auto it = districts_by_municipality_.find(municipality_id);
  return it == districts_by_municipality_.end() ? std::vector<const District*>{} : it->second;
}

void Registry::for_each_record(const std::function<void(const RecordBase&)>& visit) const {
  visit_all(municipalities, visit);
  visit_all(districts, visit);
  visit_all(subregions, visit);
  visit_all(organisations, visit);
  visit_all(people, visit);
  visit_all(groups, visit);
  visit_all(agreements, visit);
  visit_all(functions, visit);
  visit_all(followups, visit);
  visit_all(plans, visit);
}

std::vector<std::string> Registry::all_ids() const {
  std::vector<std::string> ids;
  ids.reserve(index_.size());
  for (const auto& [id, record] : index_) ids.push_back(id);
  return ids;
}

std::size_t Registry::record_count() const {
  return municipalities.size() + districts.size() + subregions.size() + organisations.size() +
         people.size() + groups.size() + agreements.size() + functions.size() + followups.size() +
         plans.size();
}

}  // namespace hok
