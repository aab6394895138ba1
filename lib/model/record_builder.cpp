#include "model/record_builder.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <type_traits>

#include "core/finding_catalog.hpp"

namespace hok {

namespace {

using nlohmann::json;

// Reads the fields of one JSON object, each only if it has the expected type.
class Fields {
 public:
  explicit Fields(const json* object) : object_(object && object->is_object() ? object : nullptr) {}

  const json* raw(const char* key) const {
    if (object_ == nullptr) return nullptr;
    auto it = object_->find(key);
    return it == object_->end() ? nullptr : &*it;
  }

  std::optional<std::string> text(const char* key) const {
    const json* value = raw(key);
    if (value == nullptr || !value->is_string()) return std::nullopt;
    return value->get<std::string>();
  }

  std::string text_or_empty(const char* key) const { return text(key).value_or(""); }

  std::optional<int> integer(const char* key) const {
    const json* value = raw(key);
    if (value == nullptr || !value->is_number()) return std::nullopt;
    const double number = value->get<double>();
    if (std::trunc(number) != number || number < std::numeric_limits<int>::min() ||
        number > std::numeric_limits<int>::max()) {
      return std::nullopt;
    }
    return static_cast<int>(number);
  }

  std::optional<bool> boolean(const char* key) const {
    const json* value = raw(key);
    if (value == nullptr || !value->is_boolean()) return std::nullopt;
    return value->get<bool>();
  }

  std::vector<std::string> texts(const char* key) const {
    std::vector<std::string> result;
    const json* value = raw(key);
    if (value == nullptr || !value->is_array()) return result;
    for (const json& item : *value) {
      if (item.is_string()) result.push_back(item.get<std::string>());
    }
    return result;
  }

  // Nested object `key`; an empty reader when it is absent or not an object.
  Fields object(const char* key) const { return Fields(raw(key)); }
  bool present() const { return object_ != nullptr; }

  // Calls `read(item, pointer)` for every object in the array `key`.
  template <typename Read>
  void each_object(const char* key, const std::string& base_pointer, Read read) const {
    const json* value = raw(key);
    if (value == nullptr || !value->is_array()) return;
    const std::string array_pointer = pointer_append(base_pointer, key);
    for (std::size_t index = 0; index < value->size(); ++index) {
      const json& item = (*value)[index];
      if (item.is_object()) read(Fields(&item), pointer_append(array_pointer, index));
    }
  }

 private:
  const json* object_;
};

void read_base(RecordBase& record, Kind kind, const SourceFilePtr& file, const Fields& fields) {
  record.kind = kind;
  record.source = file;
  record.id = fields.text("id").value_or(file->stem);
  record.name = fields.text("name");
  if (!record.name && (kind == Kind::Agreement || kind == Kind::Plan)) {
    record.name = fields.text("title");
  }
  record.description = fields.text("description");
}

std::vector<Seat> read_seats(const Fields& fields, const char* key) {
  std::vector<Seat> seats;
  fields.each_object(key, "", [&](const Fields& item, const std::string& pointer) {
    Seat seat;
    seat.org = item.text_or_empty("org");
    seat.person = item.text("person");
    seat.role = item.text("role");
    const std::optional<int> count = item.integer("count");
    if (count && *count >= 1) seat.count = *count;
    seat.pointer = pointer;
    seats.push_back(std::move(seat));
  });
  return seats;
}

std::optional<Decision> read_decision(const Fields& fields) {
  const Fields decided = fields.object("decided");
  if (!decided.present()) return std::nullopt;
  return Decision{decided.text("by"), decided.text("date")};
}

Municipality read_municipality(const Fields& fields) {
  Municipality record;
  record.code = fields.text_or_empty("code");
  record.subregion = fields.text_or_empty("subregion");
  record.coordination_by = fields.text("coordination_by");
  record.website = fields.text("website");
  return record;
}

District read_district(const Fields& fields) {
  District record;
  record.municipality = fields.text_or_empty("municipality");
  return record;
}

Organisation read_organisation(const Fields& fields) {
  Organisation record;
  record.short_name = fields.text("short_name");
  record.type = fields.text_or_empty("type");
  record.side = fields.text_or_empty("side");
  record.parent = fields.text("parent");
  record.municipality = fields.text("municipality");
  record.website = fields.text("website");
  return record;
}

Person read_person(const Fields& fields) {
  Person record;
  record.organisation = fields.text_or_empty("organisation");
  record.title = fields.text("title");
  record.email = fields.text("email");
  return record;
}

void read_group_history(Group& record, const Fields& fields) {
  record.successor = fields.text("successor");
  fields.each_object("responsibilities", "", [&](const Fields& item, const std::string& pointer) {
    record.responsibilities.push_back(Responsibility{
        item.text_or_empty("name"), item.text("agreement"), item.text("taken_over_by"), pointer});
  });
}

// `contact`: the object form, or the short form (a person's id); nullopt when absent or neither.
std::optional<Contact> read_contact(const Fields& fields) {
  if (std::optional<std::string> person = fields.text("contact")) {
    Contact contact;
    contact.person = std::move(person);
    return contact;
  }
  const Fields object = fields.object("contact");
  if (!object.present()) return std::nullopt;
  return Contact{object.text("mailbox"), object.text("phone"), object.text("person"),
                 "/contact/mailbox"};
}

std::vector<Document> read_documents(const Fields& fields) {
  std::vector<Document> documents;
  fields.each_object("documents", "", [&](const Fields& item, const std::string&) {
    documents.push_back(
        Document{item.text_or_empty("title"), item.text_or_empty("url"), item.text("date")});
  });
  return documents;
}

Group read_group(const Fields& fields) {
  Group record;
  record.short_name = fields.text("short_name");
  record.type = fields.text_or_empty("type");
  record.status = fields.text_or_empty("status");
  record.reports_to = fields.text("reports_to");
  record.established = fields.text("established");
  record.decommissioned = fields.text("decommissioned");
  record.area = fields.text("area");
  record.subregion = fields.text("subregion");
  const Fields mandate = fields.object("mandate");
  if (mandate.present()) {
    record.mandate =
        Mandate{mandate.text("adopted"), mandate.text("document"), mandate.texts("purposes")};
  }
  record.target_group = fields.text("target_group");
  record.chair = read_seats(fields, "chair");
  record.process_lead = read_seats(fields, "process_lead");
  record.members = read_seats(fields, "members");
  record.secretariat_nodes = read_seats(fields, "secretariat_nodes");
  record.core = read_seats(fields, "core");
  record.lacks = fields.texts("lacks");
  record.meetings_per_year = fields.integer("meetings_per_year");
  fields.each_object("annual_plans", "", [&](const Fields& item, const std::string&) {
    record.annual_plans.push_back(
        AnnualPlan{item.integer("year").value_or(0), item.text("adopted"), item.text("document")});
  });
  read_group_history(record, fields);
  record.contact = read_contact(fields);
  record.documents = read_documents(fields);
  return record;
}

void read_agreement_terms(Agreement& record, const Fields& fields) {
  const Fields review = fields.object("review");
  if (review.present()) {
    record.review =
        Review{review.integer("interval_months"), review.text("last"), review.text("next")};
  }
  const Fields follow_up = fields.object("follow_up");
  if (follow_up.present()) {
    FollowUpPolicy policy;
    policy.interval_months = follow_up.integer("interval_months").value_or(12);
    policy.criteria = follow_up.texts("criteria");
    policy.deviations = follow_up.text("deviations");
    record.follow_up = std::move(policy);
  }
  const Fields adoption = fields.object("adoption");
  if (adoption.present()) {
    Adoption result;
    result.required = adoption.boolean("required");
    adoption.each_object(
        "decisions", "/adoption", [&](const Fields& item, const std::string& pointer) {
          result.decisions.push_back(AdoptionDecision{item.text_or_empty("party"),
                                                      item.text("date"), item.text("body"),
                                                      item.text("reference"), pointer});
        });
    record.adoption = std::move(result);
  }
  record.documents = read_documents(fields);
}

Agreement read_agreement(const Fields& fields) {
  Agreement record;
  record.short_name = fields.text("short_name");
  record.type = fields.text_or_empty("type");
  record.status = fields.text_or_empty("status");
  record.supplements = fields.text("supplements");
  record.replaced_by = fields.text("replaced_by");
  record.parties = fields.texts("parties");
  record.owner = fields.text("owner");
  record.related_groups = fields.texts("related_groups");
  record.target_group = fields.text("target_group");
  record.legal_basis = fields.texts("legal_basis");
  record.decided = read_decision(fields);
  record.valid_from = fields.text("valid_from");
  record.valid_to = fields.text("valid_to");
  read_agreement_terms(record, fields);
  return record;
}

CoordinatingFunction read_function(const Fields& fields) {
  CoordinatingFunction record;
  record.roles = fields.texts("roles");
  record.area = fields.text_or_empty("area");
  record.holder = fields.text("holder");
  record.status = fields.text("status").value_or("active");
  record.contact = read_contact(fields);
  record.appointed = fields.text("appointed");
  record.review_by = fields.text("review_by");
  record.supported_by = fields.text("supported_by");
  return record;
}

Followup read_followup(const Fields& fields) {
  Followup record;
  record.subject = fields.text_or_empty("subject");
  record.year = fields.integer("year").value_or(0);
  record.date = fields.text("date");
  record.method = fields.text("method");
  record.result = fields.text("result");
  record.summary = fields.text("summary");
  fields.each_object("deviations", "", [&](const Fields& item, const std::string& pointer) {
    record.deviations.push_back(Deviation{item.text_or_empty("description"), item.text("severity"),
                                          item.text("action"), item.text("responsible"),
                                          item.text("due"), item.text("closed"), pointer});
  });
  record.reported_to = fields.text("reported_to");
  record.reported = fields.text("reported");
  return record;
}

Plan read_plan(const Fields& fields) {
  Plan record;
  const Fields period = fields.object("period");
  record.period_from = period.integer("from").value_or(0);
  record.period_to = period.integer("to").value_or(0);
  record.decided = read_decision(fields);
  record.document = fields.text("document");
  fields.each_object("goals", "", [&](const Fields& item, const std::string& pointer) {
    PlanGoal goal;
    goal.id = item.text_or_empty("id");
    goal.year = item.integer("year").value_or(0);
    goal.title = item.text("title");
    goal.owner = item.text("owner");
    goal.status = item.text("status");
    goal.indicator = item.text("indicator");
    goal.activities = item.texts("activities");
    goal.pointer = pointer;
    record.goals.push_back(std::move(goal));
  });
  return record;
}

// Calls `use` with the registry's vector of records of `kind`.
template <typename Use>
void with_records(Registry& registry, Kind kind, Use use) {
  switch (kind) {
    case Kind::Municipality: return use(registry.municipalities);
    case Kind::District: return use(registry.districts);
    case Kind::Subregion: return use(registry.subregions);
    case Kind::Organisation: return use(registry.organisations);
    case Kind::Person: return use(registry.people);
    case Kind::Group: return use(registry.groups);
    case Kind::Agreement: return use(registry.agreements);
    case Kind::Function: return use(registry.functions);
    case Kind::Followup: return use(registry.followups);
    case Kind::Plan: return use(registry.plans);
  }
}

template <typename Record>
Record read_record(const Fields& fields) {
  if constexpr (std::is_same_v<Record, Municipality>) return read_municipality(fields);
  if constexpr (std::is_same_v<Record, District>) return read_district(fields);
  if constexpr (std::is_same_v<Record, Subregion>) return Subregion{};
  if constexpr (std::is_same_v<Record, Organisation>) return read_organisation(fields);
  if constexpr (std::is_same_v<Record, Person>) return read_person(fields);
  if constexpr (std::is_same_v<Record, Group>) return read_group(fields);
  if constexpr (std::is_same_v<Record, Agreement>) return read_agreement(fields);
  if constexpr (std::is_same_v<Record, CoordinatingFunction>) return read_function(fields);
  if constexpr (std::is_same_v<Record, Followup>) return read_followup(fields);
  if constexpr (std::is_same_v<Record, Plan>) return read_plan(fields);
}

}  // namespace

void read_settings(Registry& registry, const SourceFilePtr& file) {
  RegistrySettings& settings = registry.settings;
  settings.source = file;
  if (!file || !file->data) return;
  const Fields fields(&*file->data);
  settings.format_version = fields.integer("hok").value_or(0);
  settings.name = fields.text_or_empty("name");
  settings.language = fields.text("language").value_or("sv");
  choose_run_language(settings.language, false);  // the errors of the run, unless --lang chose
  settings.secretariat = fields.text("secretariat");
  settings.publish_contacts = fields.boolean("publish_contacts").value_or(false);
  if (const Fields repository = fields.object("repository"); repository.present()) {
    settings.repository = RepositorySetting{repository.text_or_empty("host"), repository.text_or_empty("url"),
                                            repository.text_or_empty("branch"), repository.text_or_empty("path")};
  }
  if (const json* severity = fields.raw("severity"); severity && severity->is_object()) {
    for (const auto& [code, level] : severity->items()) {
      if (level.is_string()) settings.severity.emplace_back(code, level.get<std::string>());
    }
  }
  fields.each_object("sources", "", [&](const Fields& item, const std::string&) {
    settings.sources.push_back(SourceDocument{item.texts("cited_as"), item.text_or_empty("title"), item.text("url")});
  });
  fields.each_object("abbreviations", "", [&](const Fields& item, const std::string&) {
    settings.abbreviations.push_back(Abbreviation{item.text_or_empty("term"), item.text_or_empty("meaning")});
  });
  fields.each_object("waivers", "", [&](const Fields& item, const std::string& pointer) {
    settings.waivers.push_back(Waiver{item.text_or_empty("rule"), item.text_or_empty("subject"),
                                      item.text_or_empty("reason"), item.text_or_empty("until"),
                                      pointer});
  });
}

RecordSlots::RecordSlots(Registry& registry, const std::vector<std::string>& kinds)
    : registry_(registry), slots_(kinds.size()), filled_(kinds.size(), 0) {
  std::map<Kind, std::size_t> next;
  for (const Kind kind : all_kinds()) {
    with_records(registry_, kind, [&](auto& records) { next[kind] = records.size(); });
  }
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    slots_[i].kind = kind_from_directory(kinds[i]);
    if (slots_[i].kind) slots_[i].index = next[*slots_[i].kind]++;
  }
  for (const auto& entry : next) {  // no structured binding: clang 14 cannot capture one
    const std::size_t size = entry.second;
    with_records(registry_, entry.first, [&](auto& records) { records.resize(size); });
  }
}

bool RecordSlots::build(std::size_t i, const SourceFilePtr& file) {
  const Slot& slot = slots_.at(i);
  if (!slot.kind || !file || !file->data) return false;
  const Fields fields(&*file->data);
  with_records(registry_, *slot.kind, [&](auto& records) {
    using Record = typename std::decay_t<decltype(records)>::value_type;
    Record& record = records[slot.index];
    record = read_record<Record>(fields);
    read_base(record, *slot.kind, file, fields);
  });
  filled_[i] = 1;
  return true;
}

void RecordSlots::finish() {
  for (const Kind kind : all_kinds()) {
    with_records(registry_, kind, [&](auto& records) {
      // The slots of this kind are records[first …], in file order; keep the filled ones.
      std::size_t first = records.size();
      for (const Slot& slot : slots_) {
        if (slot.kind == kind) first = std::min(first, slot.index);
      }
      std::size_t kept = first;
      for (std::size_t i = 0; i < slots_.size(); ++i) {
        if (slots_[i].kind != kind || !filled_[i]) continue;
        if (slots_[i].index != kept) records[kept] = std::move(records[slots_[i].index]);
        ++kept;
      }
      if (first < records.size()) records.erase(records.begin() + static_cast<std::ptrdiff_t>(kept), records.end());
    });
  }
  slots_.clear();
  filled_.clear();
}

void add_record(Registry& registry, const SourceFilePtr& file) {
  RecordSlots slots(registry, {file ? file->kind : std::string()});
  slots.build(0, file);
  slots.finish();
}

}  // namespace hok
