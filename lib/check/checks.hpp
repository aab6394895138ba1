#pragma once
// The checks of `hok validate`, one rule each (check/<rule_name>.cpp). Each appends its findings,
// at the offending key or value, with the id of the record concerned as subject.
#include <string_view>

#include "core/finding.hpp"
#include "model/registry.hpp"

namespace hok {

// E005: a record whose `id` differs from its file's stem.
void check_id_filename(const Registry& registry, FindingSink& sink);
// E006: every record after the first that uses an id, naming where the first is.
void check_duplicate_id(const Registry& registry, FindingSink& sink);
// E007: a reference to an id that no record has, with the nearest existing id as a hint.
void check_unresolved_reference(const Registry& registry, FindingSink& sink);
// E008: a reference to a record (or unreadable file) of a kind the field does not allow.
void check_reference_kind(const Registry& registry, FindingSink& sink);
// E009: each cycle through reports_to, supplements, replaced_by or successor, once, in full.
void check_cycle(const Registry& registry, FindingSink& sink);
// E010: dates (and plan years) in an impossible order.
void check_date_order(const Registry& registry, FindingSink& sink);
// E013: two municipalities with one SCB code.
void check_unique_field(const Registry& registry, FindingSink& sink);
// E014: a decommissioned group with a responsibility nobody has taken over.
void check_unsafe_transfer(const Registry& registry, FindingSink& sink);
// E015: a function held by the wrong kind of holder, or placed in a municipality with districts.
void check_holder_kind(const Registry& registry, FindingSink& sink);
// E016: a contact's functional mailbox that is not an email address.
void check_mailbox(const Registry& registry, FindingSink& sink);
// Whether `address` is written as an email address ("samrad@example.se"), as E016 reads it.
bool is_mailbox(std::string_view address);

}  // namespace hok
