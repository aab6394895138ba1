#pragma once
// Phrases that several checks put into messages, so that all of them read alike. The phrases are
// messages themselves (catalogue keys "kind.<directory>.a"), rendered in the chosen language.
#include <string>
#include <vector>

#include "core/finding.hpp"
#include "core/message.hpp"
#include "model/records.hpp"

namespace hok {

// "a group" / "en grupp".
Message kind_with_article(Kind kind);
// "a group"; "an organisation or a municipality"; "a, b or c".
Message kinds_phrase(const std::vector<Kind>& kinds);
// "groups/vis.yaml:3" (the line left out when unknown).
std::string place(const Location& location);

}  // namespace hok
