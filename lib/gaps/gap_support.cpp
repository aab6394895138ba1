#include "gaps/gap_support.hpp"

#include <chrono>

#include <fmt/format.h>

#include "check/wording.hpp"

namespace hok {

namespace {

template <typename Record>
std::string short_or_full(const Record& record) {
  if (record.short_name) return *record.short_name;
  return display_name(static_cast<const RecordBase&>(record));
}

// The display name of the first group of `type`, active ones first; `fallback` when none.
std::string group_of_type(const Registry& registry, const std::string& type,
                          const std::string& fallback) {
  const Group* found = nullptr;
  for (const Group& group : registry.groups) {
    if (group.type != type) continue;
    if (is_active_group(group)) return short_or_full(group);
    if (found == nullptr) found = &group;
  }
  return found ? short_or_full(*found) : fallback;
}

std::string organisation_of_type(const Registry& registry, const std::string& type,
                                 const std::string& fallback) {
  for (const Organisation& organisation : registry.organisations) {
    if (organisation.type == type) return short_or_full(organisation);
  }
  return fallback;
}

}  // namespace

std::string display_name(const RecordBase& record) {
  return record.name ? *record.name : record.id;
}

std::string display_name(const Group& group) { return short_or_full(group); }
std::string display_name(const Organisation& organisation) { return short_or_full(organisation); }
std::string display_name(const Agreement& agreement) { return short_or_full(agreement); }

std::string display_name(const Registry& registry, const std::string& id) {
  if (const Group* group = registry.group(id)) return short_or_full(*group);
  if (const Organisation* organisation = registry.organisation(id)) {
    return short_or_full(*organisation);
  }
  if (const Agreement* agreement = registry.agreement(id)) return short_or_full(*agreement);
  if (const RecordBase* record = registry.find(id)) return display_name(*record);
  return id;
}

Message area_name(const Registry& registry, const std::string& area_id) {
  if (const District* district = registry.district(area_id)) {
    return message("gap.district_of", {{"district", display_name(*district)},
                                       {"municipality", display_name(registry, district->municipality)}});
  }
  return literal(display_name(registry, area_id));
}

bool is_active_group(const Group& group) {
  return group.status == "establishing" || group.status == "active";
}

Location id_location(const RecordBase& record) { return record.source->key_location("/id"); }

std::optional<Date> date_field(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return parse_date(*text);
}

int days_between(const Date& from, const Date& to) {
  using namespace std::chrono;
  auto days_of = [](const Date& date) {
    return sys_days(year_month_day{year{date.year}, month{static_cast<unsigned>(date.month)},
                                   day{static_cast<unsigned>(date.day)}});
  };
  return static_cast<int>((days_of(to) - days_of(from)).count());
}

Message name_list(const std::vector<std::string>& names, std::size_t limit) {
  if (names.size() <= limit) return list_and(literals(names));
  std::string shown;
  for (std::size_t index = 0; index < limit; ++index) shown += (index > 0 ? ", " : "") + names[index];
  return message("gap.names_and_more", {{"names", shown}, {"more", names.size() - limit}});
}

std::string political_steering_name(const Registry& registry) {
  return group_of_type(registry, "political-steering", "VIS");
}

std::string official_steering_name(const Registry& registry) {
  return group_of_type(registry, "official-steering", "VIS tjänstestyrgrupp");
}

std::string secretariat_name(const Registry& registry) {
  if (registry.settings.secretariat) {
    if (const Group* group = registry.group(*registry.settings.secretariat)) {
      return short_or_full(*group);
    }
  }
  return group_of_type(registry, "secretariat", "VIS processledning");
}

std::string municipal_association_name(const Registry& registry) {
  return organisation_of_type(registry, "municipal-association", "Storsthlm");
}

Message region_administration_name(const Registry& registry) {
  for (const Organisation& organisation : registry.organisations) {
    if (organisation.type == "administration" && organisation.side == "region") {
      return literal(short_or_full(organisation));
    }
  }
  std::string region = organisation_of_type(registry, "region", "");
  return region.empty() ? message("gap.the_region") : literal(region);
}

std::string side_of(const Registry& registry, const std::string& org_id) {
  if (registry.municipality(org_id) != nullptr) return "municipal";
  if (const Organisation* organisation = registry.organisation(org_id)) return organisation->side;
  return "";
}

bool in_upcoming_window(const GapContext& context, const Date& due) {
  return context.expiring_days > 0 && context.as_of < due &&
         due <= add_days(context.as_of, context.expiring_days);
}

void add_upcoming(FindingSink& sink, const std::string& code, Location location,
                  const GapContext& context, const Date& due, Message text,
                  std::optional<Message> hint, const std::string& subject) {
  const int days = days_between(context.as_of, due);
  sink.add(code, std::move(location),
           plural("gap.upcoming", days, {{"date", format_date(due)}, {"text", std::move(text)}}),
           std::move(hint), subject);
  sink.findings().back().severity = Severity::Info;
}

}  // namespace hok
