#pragma once
// The whole registry in memory: settings, typed records of every kind, the id index and every
// reference found in the records (taken from the schemas' `x-hok-ref` annotations).
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "model/records.hpp"

namespace hok {

// One reference field occurrence: `owner: samrad-barn` in agreements/bus.yaml.
struct Reference {
  std::string from_id;       // id of the record holding the reference ("" for hok.yaml)
  SourceFilePtr source;
  std::string pointer;       // JSON pointer of the value, e.g. "/members/2/org"
  std::string field;         // readable field path, e.g. "members[2].org"
  std::string target;        // the id referred to
  std::vector<Kind> allowed; // kinds the field may point to
};

class Registry {
 public:
  std::filesystem::path root;
  RegistrySettings settings;
  std::vector<SourceFilePtr> files;  // every file read, hok.yaml first, then by path

  std::vector<Municipality> municipalities;
  std::vector<District> districts;
  std::vector<Subregion> subregions;
  std::vector<Organisation> organisations;
  std::vector<Person> people;
  std::vector<Group> groups;
  std::vector<Agreement> agreements;
  std::vector<CoordinatingFunction> functions;
  std::vector<Followup> followups;
  std::vector<Plan> plans;

  std::vector<Reference> references;

  // Ids of files under a kind directory that could not be read or parsed: references to them
  // are not reported again as unresolved (the file's own finding says what is wrong).
  std::map<std::string, Kind> unreadable_ids;

  // Builds the id index and the districts per municipality; call after all records are added.
  // The first record with an id wins.
  void build_index();
  const RecordBase* find(const std::string& id) const;
  // Typed lookups: nullptr when the id is missing or of another kind.
  const Municipality* municipality(const std::string& id) const;
  const District* district(const std::string& id) const;
  const Organisation* organisation(const std::string& id) const;
  const Group* group(const std::string& id) const;
  const Agreement* agreement(const std::string& id) const;
  const Person* person(const std::string& id) const;
  // Districts of a municipality, in registry order (from the index: after build_index).
  std::vector<const District*> districts_of(const std::string& municipality_id) const;
  // Every record of every kind, in kind order then file order.
  void for_each_record(const std::function<void(const RecordBase&)>& visit) const;
  std::vector<std::string> all_ids() const;
  std::size_t record_count() const;

 private:
  std::map<std::string, const RecordBase*> index_;
  std::map<std::string, std::vector<const District*>> districts_by_municipality_;
};

}  // namespace hok
