#include "core/spelling.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>
#include <utility>

namespace hok {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > max_distance) return max_distance + 1;
  std::vector<std::size_t> row(a.size() + 1);
  for (std::size_t i = 0; i <= a.size(); ++i) row[i] = i;
  for (std::size_t j = 1; j <= b.size(); ++j) {
    std::size_t diagonal = row[0];
    row[0] = j;
    std::size_t row_min = row[0];
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t above = row[i];
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[i] = std::min({row[i] + 1, row[i - 1] + 1, diagonal + cost});
      diagonal = above;
      row_min = std::min(row_min, row[i]);
    }
    if (row_min > max_distance) return max_distance + 1;
  }
  return row[a.size()];
}

std::optional<std::string> nearest_match(std::string_view word,
                                         const std::vector<std::string>& candidates) {
  if (word.empty() || word.size() > 200) return std::nullopt;
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    if (candidate == word) continue;
    std::size_t distance = edit_distance(word, candidate, limit);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  if (best) return best;
  // A shortened or lengthened id ("samrad-barn" for "samrad-barn-unga") is a likely slip too.
  if (word.size() >= 4) {
    for (const std::string& candidate : candidates) {
      if (candidate.size() > word.size() &&
          (candidate.starts_with(word) || candidate.ends_with(word))) {
        return candidate;
      }
    }
  }
  return std::nullopt;
}

namespace {

// The folded letter for the Latin-1 letter U+00C0–U+00FF given by its UTF-8 second byte (after
// 0xC3), or 0 for one that is not a letter hok folds.
char fold_latin1(unsigned char second) {
  const unsigned char capital = second >= 0xA0 ? static_cast<unsigned char>(second - 0x20) : second;
  if (capital >= 0x80 && capital <= 0x86) return 'a';
  if (capital == 0x87) return 'c';
  if (capital >= 0x88 && capital <= 0x8B) return 'e';
  if (capital >= 0x8C && capital <= 0x8F) return 'i';
  if (capital == 0x91) return 'n';
  if ((capital >= 0x92 && capital <= 0x96) || capital == 0x98) return 'o';
  if (capital >= 0x99 && capital <= 0x9C) return 'u';
  return 0;
}

std::vector<std::string> words_of(const std::string& folded) {
  std::vector<std::string> words;
  std::istringstream stream(folded);
  for (std::string word; stream >> word;) words.push_back(word);
  return words;
}

bool contains(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool begins_some(const std::vector<std::string>& words, const std::string& start) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& word) { return word.starts_with(start); });
}

}  // namespace

std::string fold_for_matching(std::string_view text) {
  std::string folded;
  bool space = false;
  auto put = [&](char c) {
    if (space && !folded.empty()) folded += ' ';
    space = false;
    folded += c;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (std::isalnum(byte)) put(static_cast<char>(std::tolower(byte)));
      else space = true;
    } else if (byte == 0xC3 && i + 1 < text.size()) {
      const char letter = fold_latin1(static_cast<unsigned char>(text[i + 1]));
      if (letter) {
        put(letter);
      } else {
        put(text[i]);
        folded += text[i + 1];
      }
      ++i;
    } else {
      put(text[i]);  // other letters are kept as they are, byte by byte
    }
  }
  return folded;
}

std::optional<NameMatch> match_by_name(std::string_view written, const std::vector<NamedValue>& candidates) {
  return NameMatcher(candidates).match(written);
}

NameMatcher::NameMatcher(std::vector<NamedValue> candidates) : candidates_(std::move(candidates)) {
  auto form_of = [](const std::string& text) {
    Form form{fold_for_matching(text), {}};
    form.words = words_of(form.folded);
    return form;
  };
  prepared_.reserve(candidates_.size());
  for (const NamedValue& candidate : candidates_) {
    Prepared prepared{form_of(candidate.value), {}};
    prepared.names.reserve(candidate.names.size());
    for (const std::string& name : candidate.names) prepared.names.push_back(form_of(name));
    prepared_.push_back(std::move(prepared));
  }
}

std::optional<NameMatch> NameMatcher::match(std::string_view written) const {
  const std::string folded = fold_for_matching(written);
  if (folded.empty() || written.size() > 200) return std::nullopt;
  const std::vector<std::string> written_words = words_of(folded);

  // One level of likeness: which candidates fit, and by which name.
  struct Fit {
    std::set<std::size_t> indexes;
    std::string name;
  };
  auto unique = [](const Fit& fit) -> std::optional<NameMatch> {
    if (fit.indexes.size() != 1) return std::nullopt;
    return NameMatch{*fit.indexes.begin(), fit.name};
  };
  Fit equal;
  Fit whole_words;
  Fit word_starts;
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    const NamedValue& candidate = candidates_[i];
    const Prepared& prepared = prepared_[i];
    // A name written as it is shown ("In force") is reported with that name, even when the
    // value folds to the same words ("in-force").
    const auto same = std::find_if(prepared.names.begin(), prepared.names.end(),
                                   [&](const Form& name) { return name.folded == folded; });
    if (same != prepared.names.end() || prepared.value.folded == folded) {
      if (equal.indexes.insert(i).second) {
        equal.name = same != prepared.names.end() ? candidate.names[static_cast<std::size_t>(same - prepared.names.begin())] : "";
      }
      continue;
    }
    for (std::size_t n = 0; n < prepared.names.size(); ++n) {
      const Form& name = prepared.names[n];
      if (name.folded.empty()) continue;
      if (std::all_of(written_words.begin(), written_words.end(),
                      [&](const std::string& word) { return contains(name.words, word); })) {
        if (whole_words.indexes.insert(i).second) whole_words.name = candidate.names[n];
      } else if (std::all_of(written_words.begin(), written_words.end(), [&](const std::string& word) {
                   return word.size() >= 3 && begins_some(name.words, word);
                 })) {
        if (word_starts.indexes.insert(i).second) word_starts.name = candidate.names[n];
      }
    }
    // The value's own words ("aldre" in samrad-aldre) count as a name of the candidate.
    const std::vector<std::string>& value_words = prepared.value.words;
    if (value_words.size() > 1 && std::all_of(written_words.begin(), written_words.end(), [&](const std::string& word) {
          return contains(value_words, word);
        })) {
      if (whole_words.indexes.insert(i).second) whole_words.name.clear();
    }
  }
  for (const Fit* fit : {&equal, &whole_words, &word_starts}) {
    if (auto match = unique(*fit)) return match;
  }
  // A typo in the value or in a name.
  const std::size_t limit = std::max<std::size_t>(2, folded.size() / 3);
  Fit nearest;
  std::size_t best = limit + 1;
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    const Prepared& prepared = prepared_[i];
    for (std::size_t form = 0; form <= prepared.names.size(); ++form) {
      const std::string& form_folded = form == 0 ? prepared.value.folded : prepared.names[form - 1].folded;
      const std::size_t distance = edit_distance(folded, form_folded, limit);
      if (distance > limit || distance > best) continue;
      if (distance < best) nearest = Fit{};
      best = distance;
      if (nearest.indexes.insert(i).second) nearest.name = form == 0 ? "" : candidates_[i].names[form - 1];
    }
  }
  return unique(nearest);
}

}  // namespace hok
