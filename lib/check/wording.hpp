#pragma once
// Phrases that several checks put into messages, so that all of them read alike.
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.hpp"
#include "model/records.hpp"

namespace hok {

// "a group", "an organisation".
std::string with_article(std::string_view noun);
// "a group"; "an organisation or a municipality"; "a, b or c".
std::string kinds_phrase(const std::vector<Kind>& kinds);
// "groups/vis.yaml:3" (the line left out when unknown).
std::string place(const Location& location);
// "a, b and c"; "a" for one item.
std::string join_list(const std::vector<std::string>& items, std::string_view last_separator);

}  // namespace hok
