#include "schema/portal_labels.hpp"

#include <algorithm>

#include "core/catalogue.hpp"

namespace hok {

namespace {

void add_label(std::vector<std::string>& labels, const std::string& label) {
  if (!label.empty() && std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
}

}  // namespace

const PortalLabels& PortalLabels::instance() {
  static const PortalLabels labels;
  return labels;
}

PortalLabels::PortalLabels() {
  // Swedish first: the registry's default language, and the order the labels are offered in.
  std::vector<std::string> languages = catalogue_languages();
  std::stable_partition(languages.begin(), languages.end(), [](const std::string& language) { return language == "sv"; });
  for (const std::string& language : languages) {
    const Catalogue& catalogue = *builtin_catalogue(language);
    for (const auto& [key, label] : catalogue.space("page")) {
      if (key.starts_with("field_")) add_label(fields_[key.substr(6)], label);
    }
    for (const auto& [group, values] : catalogue.labels) {
      for (const auto& [value, label] : values) add_label(groups_[group][value], label);
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
