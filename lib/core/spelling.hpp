#pragma once
// "Did you mean …?" — the nearest candidate by edit distance, as compilers suggest.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hok {

// Levenshtein distance, capped: returns max_distance + 1 as soon as it is exceeded.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance);

// The candidate nearest to `word`, if one is close enough to be a likely typo
// (distance ≤ max(2, length/3)) or `word` is a prefix/suffix of it. Ties go to the first.
std::optional<std::string> nearest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

}  // namespace hok
