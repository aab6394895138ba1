#pragma once
// What the gap rules share: record names, the actors messages name, dates, seat sides, and how
// an upcoming gap (`--expiring`) is worded — so that all gap messages read alike.
#include <optional>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/finding.hpp"
#include "core/message.hpp"
#include "gaps/gap_check.hpp"
#include "model/registry.hpp"

namespace hok {

// The name a reader knows a record by: `short_name`, else `name` (or `title`), else the id.
std::string display_name(const RecordBase& record);
std::string display_name(const Group& group);
std::string display_name(const Organisation& organisation);
std::string display_name(const Agreement& agreement);
// The same for any id; the id itself when no record has it.
std::string display_name(const Registry& registry, const std::string& id);
// "Hamnen (district of Borg)", "Dal": how a local area is named in messages.
Message area_name(const Registry& registry, const std::string& area_id);

// A group at work or being set up (status `establishing` or `active`): the spec's "active".
bool is_active_group(const Group& group);

// Where a record's `id:` key is: the place of a finding about the record as a whole.
Location id_location(const RecordBase& record);

// The date in an optional ISO field; nullopt when the field is absent or not a real date.
std::optional<Date> date_field(const std::optional<std::string>& text);
// Whole days from `from` to `to` (negative when `to` is earlier).
int days_between(const Date& from, const Date& to);
// "a, b and c"; past `limit` names: "a, b, …, j and 5 more".
Message name_list(const std::vector<std::string>& names, std::size_t limit = 10);

// Actors that messages name, as the registry calls them (with the HÖK's names as fallback).
std::string political_steering_name(const Registry& registry);  // "VIS"
std::string official_steering_name(const Registry& registry);  // "VIS tjänstestyrgrupp"
std::string secretariat_name(const Registry& registry);        // "VIS processledning"
std::string municipal_association_name(const Registry& registry);  // "Storsthlm"
Message region_administration_name(const Registry& registry);  // "HSF"

// The side a seat's organisation stands for: "region", "municipal", "joint" or "other"; a
// municipality is "municipal"; "" for an id that is neither.
std::string side_of(const Registry& registry, const std::string& org_id);

// True when `due` falls in the upcoming window (as_of, as_of + expiring_days].
bool in_upcoming_window(const GapContext& context, const Date& due);
// Appends an upcoming gap as `info`: "in N days (YYYY-MM-DD): <text>".
void add_upcoming(FindingSink& sink, const std::string& code, Location location,
                  const GapContext& context, const Date& due, Message text,
                  std::optional<Message> hint, const std::string& subject);

}  // namespace hok
