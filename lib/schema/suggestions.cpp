#include "schema/suggestions.hpp"

#include <array>
#include <cctype>
#include <sstream>

#include "core/dates.hpp"
#include "schema/portal_labels.hpp"
#include "schema/schema_walk.hpp"

namespace hok {

namespace {

using nlohmann::json;

const char* const id_pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

std::string trimmed(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// The month a Swedish or English month name (or its first three letters) means; 0 for none.
int month_number(const std::string& word) {
  static const std::array<const char*, 12> swedish = {"januari", "februari", "mars", "april", "maj", "juni",
                                                      "juli", "augusti", "september", "oktober", "november", "december"};
  static const std::array<const char*, 12> english = {"january", "february", "march", "april", "may", "june",
                                                      "july", "august", "september", "october", "november", "december"};
  if (word.size() < 3) return 0;
  for (std::size_t i = 0; i < 12; ++i) {
    for (const char* name : {swedish[i], english[i]}) {
      if (std::string_view(name).starts_with(word)) return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

bool all_digits(const std::string& text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

std::vector<NamedValue> labelled_values(const json& enumeration) {
  std::vector<std::string> values;
  if (enumeration.is_array()) {
    for (const json& value : enumeration) {
      if (value.is_string()) values.push_back(value.get<std::string>());
    }
  }
  std::vector<NamedValue> candidates;
  for (const std::string& value : values) candidates.push_back({value, PortalLabels::instance().value(values, value)});
  return candidates;
}

std::vector<NamedValue> labelled_fields(const json& object_schema) {
  std::vector<NamedValue> candidates;
  auto properties = object_schema.find("properties");
  if (properties == object_schema.end() || !properties->is_object()) return candidates;
  for (const auto& [name, property] : properties->items()) {
    NamedValue candidate{name, PortalLabels::instance().field(name)};
    if (property.is_object() && property.contains("title") && property["title"].is_string()) {
      std::string title = property["title"].get<std::string>();
      for (std::size_t start = 0; start <= title.size();) {
        std::size_t slash = title.find(" / ", start);
        std::string part = trimmed(title.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
        if (!part.empty()) candidate.names.push_back(part);
        if (slash == std::string::npos) break;
        start = slash + 3;
      }
    }
    candidates.push_back(std::move(candidate));
  }
  return candidates;
}

std::optional<Message> named_suggestion(const std::string& written, const std::vector<NamedValue>& candidates) {
  const std::optional<NameMatch> match = match_by_name(written, candidates);
  if (!match) return std::nullopt;
  const std::string& value = candidates[match->index].value;
  if (value == written) return std::nullopt;
  if (match->name.empty()) return message("hint.did_you_mean", {{"suggestion", value}});
  return message("hint.did_you_mean_label", {{"suggestion", value}, {"label", match->name}});
}

std::string as_id(const std::string& written) {
  std::string id = fold_for_matching(written);
  for (char& c : id) {
    if (c == ' ') c = '-';
  }
  return id;
}

std::string as_flow_list(const json& document, const json& schema, const std::string& written) {
  const json* items = schema.contains("items") ? resolve_ref(document, schema["items"]) : nullptr;
  std::vector<NamedValue> candidates;
  if (items && items->contains("enum")) candidates = labelled_values((*items)["enum"]);
  const bool ids = items && items->value("pattern", "") == id_pattern;
  std::string list;
  std::istringstream parts(written);
  for (std::string part; std::getline(parts, part, ',');) {
    part = trimmed(part);
    if (part.empty()) continue;
    if (!candidates.empty()) {
      if (auto match = match_by_name(part, candidates)) part = candidates[match->index].value;
    } else if (ids) {
      part = as_id(part);
    }
    list += (list.empty() ? "" : ", ") + part;
  }
  return "[" + list + "]";
}

std::optional<std::string> as_iso_date(const std::string& written) {
  // Split into runs of digits and runs of letters; everything else separates.
  std::vector<std::string> parts;
  std::string folded = fold_for_matching(written);
  std::istringstream words(folded);
  for (std::string word; words >> word;) {
    std::size_t start = 0;
    for (std::size_t i = 1; i <= word.size(); ++i) {
      if (i == word.size() || (std::isdigit(static_cast<unsigned char>(word[i])) != 0) !=
                                  (std::isdigit(static_cast<unsigned char>(word[i - 1])) != 0)) {
        parts.push_back(word.substr(start, i - start));
        start = i;
      }
    }
  }
  int year = 0, month = 0, day = 0;
  auto number = [](const std::string& text) { return text.size() <= 4 ? std::stoi(text) : -1; };
  if (parts.size() == 1 && parts[0].size() == 8 && all_digits(parts[0])) {
    year = std::stoi(parts[0].substr(0, 4));
    month = std::stoi(parts[0].substr(4, 2));
    day = std::stoi(parts[0].substr(6, 2));
  } else if (parts.size() == 3) {
    std::vector<int> numbers;
    int named_month = 0;
    for (const std::string& part : parts) {
      if (all_digits(part)) numbers.push_back(number(part));
      else if (int found = month_number(part)) named_month = found;
      else return std::nullopt;
    }
    if (named_month && numbers.size() == 2) {
      // "1 mars 2025", "March 1, 2025", "2025 mars 1"
      month = named_month;
      if (parts[0].size() == 4) { year = numbers[0]; day = numbers[1]; }
      else { day = numbers[0]; year = numbers[1]; }
    } else if (numbers.size() == 3) {
      if (parts[0].size() == 4) { year = numbers[0]; month = numbers[1]; day = numbers[2]; }  // 2025-3-1
      else if (parts[2].size() == 4) { day = numbers[0]; month = numbers[1]; year = numbers[2]; }  // 1/3/2025
      else return std::nullopt;
    } else {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  if (year < 1000 || year > 9999) return std::nullopt;
  Date date{year, month, day};
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return format_date(date);
}

}  // namespace hok
