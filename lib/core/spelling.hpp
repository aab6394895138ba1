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

// Text folded for comparing what people write with names and labels: lower case, å/ä/á/à → a,
// ö/ó/ò → o, é/è/ë → e, ü → u (and their capitals), every run of other characters that are not
// letters or digits → one space, trimmed. "Äldres  hälsa!" → "aldres halsa".
std::string fold_for_matching(std::string_view text);

// A value (an id, an enumeration value, a field name) and the names people know it by: a record's
// name and short name, the labels the portal shows.
struct NamedValue {
  std::string value;
  std::vector<std::string> names;
};

// Which candidate `written` means, and by which of its names.
struct NameMatch {
  std::size_t index = 0;  // into the candidates
  std::string name;       // the name that matched; empty when the value itself matched
};

// The candidate `written` most likely means, compared folded (case and diacritics ignored), in
// this order: the value or a name is equal to it; a name holds all of its words as whole words;
// a name has words beginning with each of its words; the value or a name is within typo
// distance (as nearest_match). The first level where exactly one candidate fits decides; two
// candidates at the same level are a guess, so nothing is suggested.
std::optional<NameMatch> match_by_name(std::string_view written, const std::vector<NamedValue>& candidates);

// match_by_name over the same candidates for many written texts: each candidate's value and names
// are folded and split into words once, here, instead of once per text (E007 asks for thousands
// of unknown ids against thousands of records). `match` gives exactly what match_by_name gives.
class NameMatcher {
 public:
  explicit NameMatcher(std::vector<NamedValue> candidates);
  std::optional<NameMatch> match(std::string_view written) const;
  const std::vector<NamedValue>& candidates() const { return candidates_; }

 private:
  struct Form {
    std::string folded;
    std::vector<std::string> words;
  };
  struct Prepared {
    Form value;
    std::vector<Form> names;  // as the candidate's names, in order
  };
  std::vector<NamedValue> candidates_;
  std::vector<Prepared> prepared_;
};

}  // namespace hok
