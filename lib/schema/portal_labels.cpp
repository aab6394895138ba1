#include "schema/portal_labels.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "document/embedded_templates.hpp"

namespace hok {

namespace {

void add_label(std::vector<std::string>& labels, const nlohmann::json& text) {
  if (!text.is_string()) return;
  const std::string& label = text.get_ref<const std::string&>();
  if (!label.empty() && std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
}

}  // namespace

const PortalLabels& PortalLabels::instance() {
  static const PortalLabels labels;
  return labels;
}

PortalLabels::PortalLabels() {
  // Swedish first: the registry's default language, and the order the labels are offered in.
  for (const char* name : {"catalog_sv.json", "catalog_en.json"}) {
    for (const EmbeddedTemplate& embedded : embedded_templates()) {
      if (embedded.name == name) read(embedded.text);
    }
  }
}

void PortalLabels::read(const std::string& catalog_text) {
  const nlohmann::json catalog = nlohmann::json::parse(catalog_text, nullptr, false);
  if (!catalog.is_object()) return;
  if (auto text = catalog.find("text"); text != catalog.end() && text->is_object()) {
    for (const auto& [key, label] : text->items()) {
      if (key.starts_with("field_")) add_label(fields_[key.substr(6)], label);
    }
  }
  if (auto labels = catalog.find("labels"); labels != catalog.end() && labels->is_object()) {
    for (const auto& [group, values] : labels->items()) {
      if (!values.is_object()) continue;
      for (const auto& [value, label] : values.items()) add_label(groups_[group][value], label);
    }
  }
}

const std::vector<std::string>& PortalLabels::field(const std::string& name) const {
  static const std::vector<std::string> none;
  auto found = fields_.find(name);
  return found == fields_.end() ? none : found->second;
}

std::vector<std::string> PortalLabels::value(const std::vector<std::string>& values, const std::string& value) const {
  const std::map<std::string, std::vector<std::string>>* best = nullptr;
  for (const auto& group : groups_) {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
    const std::map<std::string, std::vector<std::string>>& labels = group.second;
    const bool covers = std::all_of(values.begin(), values.end(), [&](const std::string& one) { return labels.count(one) != 0; });
    if (covers && (!best || labels.size() < best->size())) best = &labels;
  }
  if (!best) return {};
  auto found = best->find(value);
  return found == best->end() ? std::vector<std::string>{} : found->second;
}

}  // namespace hok
