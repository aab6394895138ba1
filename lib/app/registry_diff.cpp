#include "app/registry_diff.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "gaps/gap_report.hpp"
#include "schema/schema_walk.hpp"

namespace hok {

namespace {

using nlohmann::json;

struct RecordView {
  std::string kind;
  std::string id;
  std::string file;
  const json* data = nullptr;
};

std::map<std::string, RecordView> records_of(const Registry& registry) {
  std::map<std::string, RecordView> records;
  for (const SourceFilePtr& file : registry.files) {
    if (!file->data || file->kind == "registry" || !file->data->is_object()) continue;
    const json& data = *file->data;
    std::string id = data.contains("id") && data["id"].is_string() ? data["id"].get<std::string>() : file->stem;
    records.emplace(id, RecordView{file->kind, id, file->path, &data});
  }
  return records;
}

std::string display(const json& value) {
  std::string text = value.is_string() ? value.get<std::string>() : value.dump();
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  if (text.size() > 120) text = text.substr(0, 117) + "...";
  return text;
}

std::string name_of(const json& data) {
  for (const char* key : {"name", "title"}) {
    if (data.contains(key) && data[key].is_string()) return data[key].get<std::string>();
  }
  return "";
}

// Field-by-field differences, descending into mappings; lists of scalars and lists of mappings
// are compared item by item.
void compare(const json& before, const json& after, const std::string& pointer, std::vector<FieldChange>& out) {
  if (before == after) return;
  if (before.is_object() && after.is_object()) {
    std::set<std::string> keys;
    for (const auto& [key, value] : before.items()) keys.insert(key);
    for (const auto& [key, value] : after.items()) keys.insert(key);
    for (const std::string& key : keys) {
      if (key == "id" && pointer.empty()) continue;
      std::string child = pointer_append(pointer, key);
      bool in_before = before.contains(key), in_after = after.contains(key);
      if (in_before && in_after) {
        compare(before[key], after[key], child, out);
      } else if (in_after) {
        out.push_back({field_label(child), std::nullopt, display(after[key])});
      } else {
        out.push_back({field_label(child), display(before[key]), std::nullopt});
      }
    }
    return;
  }
  if (before.is_array() && after.is_array()) {
    std::size_t common = std::min(before.size(), after.size());
    bool objects = true;
    for (const json& item : before) objects = objects && item.is_object();
    for (const json& item : after) objects = objects && item.is_object();
    if (!objects) {
      if (before.size() == after.size()) {
        for (std::size_t i = 0; i < common; ++i) compare(before[i], after[i], pointer_append(pointer, i), out);
        return;
      }
      // Lists of different lengths: say which values came and went.
      for (const json& item : after) {
        if (std::find(before.begin(), before.end(), item) == before.end()) {
          out.push_back({field_label(pointer), std::nullopt, display(item)});
        }
      }
      for (const json& item : before) {
        if (std::find(after.begin(), after.end(), item) == after.end()) {
          out.push_back({field_label(pointer), display(item), std::nullopt});
        }
      }
      return;
    }
    for (std::size_t i = 0; i < common; ++i) compare(before[i], after[i], pointer_append(pointer, i), out);
    for (std::size_t i = common; i < after.size(); ++i) {
      out.push_back({field_label(pointer_append(pointer, i)), std::nullopt, display(after[i])});
    }
    for (std::size_t i = common; i < before.size(); ++i) {
      out.push_back({field_label(pointer_append(pointer, i)), display(before[i]), std::nullopt});
    }
    return;
  }
  out.push_back({field_label(pointer), display(before), display(after)});
}

json without_id(const json& data) {
  json copy = data;
  if (copy.is_object()) copy.erase("id");
  return copy;
}

using FindingKey = std::tuple<std::string, std::string, std::string>;

FindingKey key_of(const Finding& finding, bool with_message) {
  return {finding.code, finding.subject.value_or(finding.location.file), with_message ? english_message(finding) : ""};
}

bool has_errors(const std::vector<Finding>& findings) {
  for (const Finding& finding : findings) {
    if (finding.severity == Severity::Error) return true;
  }
  return false;
}

}  // namespace

std::vector<Finding> findings_not_in(const std::vector<Finding>& head, const std::vector<Finding>& base,
                                     bool match_message) {
  std::map<FindingKey, int> available;
  for (const Finding& finding : base) ++available[key_of(finding, match_message)];
  std::vector<Finding> result;
  for (const Finding& finding : head) {
    int& count = available[key_of(finding, match_message)];
    if (count > 0) --count;
    else result.push_back(finding);
  }
  return result;
}

RegistryDiff diff_registries(const ValidationResult& base, const ValidationResult& head, const Date& as_of) {
  RegistryDiff diff;
  auto before = records_of(*base.load.registry);
  auto after = records_of(*head.load.registry);

  std::vector<const RecordView*> added, removed;
  for (const auto& [id, record] : after) {
    if (!before.count(id)) added.push_back(&record);
  }
  for (const auto& [id, record] : before) {
    if (!after.count(id)) removed.push_back(&record);
  }
  // A rename: a removed and an added record of one kind with the same content but the id, or
  // failing that the same name.
  std::set<const RecordView*> matched;
  for (int pass = 0; pass < 2; ++pass) {
    for (const RecordView* old_record : removed) {
      if (matched.count(old_record)) continue;
      for (const RecordView* new_record : added) {
        if (matched.count(new_record) || new_record->kind != old_record->kind) continue;
        bool same = pass == 0 ? without_id(*old_record->data) == without_id(*new_record->data)
                              : !name_of(*old_record->data).empty() &&
                                    name_of(*old_record->data) == name_of(*new_record->data);
        if (!same) continue;
        RecordChange change;
        change.type = RecordChange::Type::Renamed;
        change.kind = new_record->kind;
        change.id = new_record->id;
        change.old_id = old_record->id;
        change.name = name_of(*new_record->data);
        change.file = new_record->file;
        compare(*old_record->data, *new_record->data, "", change.fields);
        diff.records.push_back(std::move(change));
        matched.insert(old_record);
        matched.insert(new_record);
        break;
      }
    }
  }
  for (const RecordView* record : added) {
    if (matched.count(record)) continue;
    diff.records.push_back({RecordChange::Type::Added, record->kind, record->id, "", name_of(*record->data), record->file, {}});
  }
  for (const RecordView* record : removed) {
    if (matched.count(record)) continue;
    diff.records.push_back({RecordChange::Type::Removed, record->kind, record->id, "", name_of(*record->data), record->file, {}});
  }
  for (const auto& [id, record] : after) {
    auto old = before.find(id);
    if (old == before.end()) continue;
    RecordChange change;
    change.type = RecordChange::Type::Changed;
    change.kind = record.kind;
    change.id = id;
    change.name = name_of(*record.data);
    change.file = record.file;
    compare(*old->second.data, *record.data, "", change.fields);
    if (!change.fields.empty()) diff.records.push_back(std::move(change));
  }
  std::stable_sort(diff.records.begin(), diff.records.end(), [](const RecordChange& a, const RecordChange& b) {
    return std::tie(a.kind, a.id) < std::tie(b.kind, b.id);
  });

  diff.findings_introduced = findings_not_in(head.findings, base.findings);
  diff.findings_fixed = findings_not_in(base.findings, head.findings);

  if (!has_errors(base.findings) && !has_errors(head.findings)) {
    diff.gaps_compared = true;
    GapOptions options;
    options.as_of = as_of;
    GapReport base_gaps = compute_gaps(*base.load.registry, options);
    GapReport head_gaps = compute_gaps(*head.load.registry, options);
    // A gap is the same gap while its rule and subject are: its message names data that may change.
    diff.gaps_opened = findings_not_in(head_gaps.findings, base_gaps.findings, false);
    diff.gaps_closed = findings_not_in(base_gaps.findings, head_gaps.findings, false);
  }
  return diff;
}

}  // namespace hok
