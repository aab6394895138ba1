#include "app/record_usage.hpp"

#include <algorithm>
#include <tuple>

#include "core/spelling.hpp"

namespace hok {

namespace {

bool location_before(const Location& a, const Location& b) {
  return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
}

std::pair<int, int> key_position(const SourceFile& file, const std::string& pointer) {
  const NodePosition* position = file.positions.find(pointer);
  if (position == nullptr) return {1 << 30, 0};
  if (position->key_line > 0) return {position->key_line, position->key_column};
  return {position->line, position->column};
}

}  // namespace

nlohmann::ordered_json in_file_order(const nlohmann::json& data, const SourceFile& file,
                                     const std::string& pointer) {
  if (data.is_array()) {
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < data.size(); ++i) {
      array.push_back(in_file_order(data[i], file, pointer_append(pointer, i)));
    }
    return array;
  }
  if (!data.is_object()) return nlohmann::ordered_json::parse(data.dump());
  std::vector<std::string> keys;
  for (const auto& item : data.items()) keys.push_back(item.key());
  std::stable_sort(keys.begin(), keys.end(), [&](const std::string& a, const std::string& b) {
    return key_position(file, pointer_append(pointer, a)) < key_position(file, pointer_append(pointer, b));
  });
  nlohmann::ordered_json object = nlohmann::ordered_json::object();
  for (const std::string& key : keys) object[key] = in_file_order(data.at(key), file, pointer_append(pointer, key));
  return object;
}

std::optional<RecordUsage> find_record_usage(const Registry& registry, const std::string& id) {
  const RecordBase* record = registry.find(id);
  if (record == nullptr) return std::nullopt;
  RecordUsage usage;
  usage.record = record;
  if (record->source && record->source->data) usage.fields = in_file_order(*record->source->data, *record->source);

  for (const Reference& reference : registry.references) {
    if (reference.source == record->source && reference.from_id == id) {
      usage.references.push_back(
          {reference, reference.source->value_location(reference.pointer), registry.find(reference.target)});
    }
    if (reference.target == id) {
      const RecordBase* from = reference.from_id.empty() ? nullptr : registry.find(reference.from_id);
      usage.referenced_by.push_back({reference, reference.source->value_location(reference.pointer), from});
    }
  }
  auto by_place = [](const ReferenceUse& a, const ReferenceUse& b) { return location_before(a.location, b.location); };
  std::stable_sort(usage.references.begin(), usage.references.end(), by_place);
  std::stable_sort(usage.referenced_by.begin(), usage.referenced_by.end(), by_place);

  if (registry.settings.source) {
    for (const Waiver& waiver : registry.settings.waivers) {
      if (waiver.subject == id) {
        usage.waivers.push_back(registry.settings.source->value_location(waiver.pointer + "/subject"));
      }
    }
  }
  registry.for_each_record([&](const RecordBase& other) {
    if (other.id == id && &other != record) usage.duplicates.push_back(&other);
  });
  return usage;
}

std::optional<std::string> suggest_record_id(const Registry& registry, const std::string& id) {
  return nearest_match(id, registry.all_ids());
}

}  // namespace hok
