#include "digest/source_citations.hpp"

#include <algorithm>
#include <string_view>

namespace hok {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The item with its whitespace collapsed to single spaces and trimmed: a bracket may run over a
// line break of the description.
std::string normalised(std::string_view item) {
  std::string result;
  for (char c : item) {
    if (is_space(c)) {
      if (!result.empty() && result.back() != ' ') result += ' ';
    } else {
      result += c;
    }
  }
  if (!result.empty() && result.back() == ' ') result.pop_back();
  return result;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  for (std::size_t end = text.find(separator); end != std::string_view::npos; end = text.find(separator, begin)) {
    parts.push_back(normalised(text.substr(begin, end - begin)));
    begin = end + 1;
  }
  parts.push_back(normalised(text.substr(begin)));
  return parts;
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string result;
  for (const std::string& part : parts) result += (result.empty() ? "" : separator) + part;
  return result;
}

// `item` begins with `words`, the first letter's case aside (a citation may open a sentence).
bool begins_with(const std::string& item, const std::string& words) {
  if (words.empty() || item.size() < words.size()) return false;
  if (item.size() > words.size() && item[words.size()] != ' ') return false;  // a whole word
  auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return fold(item[0]) == fold(words[0]) && item.compare(1, words.size() - 1, words, 1) == 0;
}

// The source `item` cites (the longest matching `cited_as`), with what follows the cited words in
// `rest`; nullptr when it cites none.
const SourceDocument* cited_source(const std::string& item, const std::vector<SourceDocument>& sources,
                                   std::string& rest) {
  const SourceDocument* found = nullptr;
  std::size_t longest = 0;
  for (const SourceDocument& source : sources) {
    for (const std::string& words : source.cited_as) {
      const std::string cited = normalised(words);
      if (cited.size() > longest && begins_with(item, cited)) {
        found = &source;
        longest = cited.size();
      }
    }
  }
  if (found != nullptr) rest = normalised(std::string_view(item).substr(longest));
  return found;
}

// A place in a document and nothing more: "avsnitt 2.2", "avsnitt 2.1–2.2", "§ 4", "sidan 3", a
// part named in quotes ("\"Sekretariat\""). "avsnitt 7.1 om noderna" is no place: it says more.
bool is_place(const std::string& item) {
  auto quoted = [&](const std::string& open, const std::string& close) {
    return item.size() > open.size() + close.size() && item.compare(0, open.size(), open) == 0 &&
           item.compare(item.size() - close.size(), close.size(), close) == 0;
  };
  if (quoted("\"", "\"") || quoted("\u201d", "\u201d") || quoted("\u201c", "\u201d")) return true;
  static const std::vector<std::string> words = {"avsnitt", "§", "kapitel", "sidan", "s.", "bilaga",
                                                 "section", "chapter", "page", "p.", "appendix"};
  for (const std::string& word : words) {
    if (item.compare(0, word.size(), word) != 0) continue;
    std::size_t at = word.size();
    if (at < item.size() && item[at] == ' ') ++at;
    else if (word != "§") continue;
    // A number, a range or a letter after it ("2.2", "2.1–2.2", "3a"), no space.
    if (at >= item.size() || item[at] < '0' || item[at] > '9') continue;
    if (item.find(' ', at) == std::string::npos) return true;
  }
  return false;
}

// "avsnitt 7.1: två personer från …" → "avsnitt 7.1", with the remark after ": " in `remark`.
std::string before_remark(const std::string& item, std::string& remark) {
  const std::size_t colon = item.find(": ");
  if (colon == std::string::npos) {
    remark.clear();
    return item;
  }
  remark = normalised(std::string_view(item).substr(colon + 1));
  return normalised(std::string_view(item).substr(0, colon));
}

void add(CitedText& result, const SourceDocument* document, const std::string& place) {
  auto source = std::find_if(result.sources.begin(), result.sources.end(),
                             [&](const CitedSource& cited) { return cited.document == document; });
  if (source == result.sources.end()) {
    result.sources.push_back({document, {}});
    source = result.sources.end() - 1;
  }
  if (!place.empty() && std::find(source->places.begin(), source->places.end(), place) == source->places.end()) {
    source->places.push_back(place);
  }
}

// A place word that begins `item` ("avsnitt 3 om noderna"), whether or not a clean place follows.
bool begins_like_place(const std::string& item) {
  static const std::vector<std::string> words = {"avsnitt ", "§", "kapitel ", "sidan ", "bilaga ",
                                                 "section ", "chapter ", "page ", "appendix "};
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& word) { return item.compare(0, word.size(), word) == 0; });
}

// The bracket's content without its citations (recorded in `result`); nullopt when it cites nothing.
// A group (between ";") whose citation is followed by more than a place ("avsnitt 3 om noderna")
// stays as written: taking the document's name away would leave the rest dangling.
std::optional<std::string> without_citations(std::string_view content, const std::vector<SourceDocument>& sources,
                                             CitedText& result) {
  bool cites = false;
  std::vector<std::string> kept_groups;
  for (const std::string& group : split(content, ';')) {
    std::vector<std::string> kept;
    std::vector<std::pair<const SourceDocument*, std::string>> gathered;
    const SourceDocument* current = nullptr;  // a place after it belongs to it
    bool dangling = false;
    for (const std::string& item : split(group, ',')) {
      // A remark after the place stays in the bracket: it is part of what the text says.
      std::string remark;
      const std::string cited = before_remark(item, remark);
      std::string rest;
      const SourceDocument* source = cited_source(cited, sources, rest);
      if (source != nullptr && (rest.empty() || is_place(rest))) {
        gathered.emplace_back(source, rest);
        current = source;
        if (!remark.empty()) kept.push_back(remark);
      } else if (current != nullptr && is_place(cited)) {
        gathered.emplace_back(current, cited);
        if (!remark.empty()) kept.push_back(remark);
      } else {
        dangling = dangling || (current != nullptr && begins_like_place(cited));
        current = nullptr;
        if (!item.empty()) kept.push_back(item);
      }
    }
    if (dangling) {
      if (!group.empty()) kept_groups.push_back(group);
      continue;
    }
    for (const auto& [source, place] : gathered) add(result, source, place);
    cites = cites || !gathered.empty();
    if (!kept.empty()) kept_groups.push_back(join(kept, ", "));
  }
  if (!cites) return std::nullopt;
  return join(kept_groups, "; ");
}

}  // namespace

CitedText gather_citations(const std::string& text, const std::vector<SourceDocument>& sources) {
  CitedText result;
  if (sources.empty()) {
    result.text = text;
    return result;
  }
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t open = text.find('(', at);
    if (open == std::string::npos) break;
    const std::size_t close = text.find(')', open + 1);
    if (close == std::string::npos) break;
    result.text.append(text, at, open - at);
    const std::string_view content(text.data() + open + 1, close - open - 1);
    const bool link_address = open > 0 && text[open - 1] == ']';
    std::optional<std::string> kept;
    if (!link_address && content.find('(') == std::string_view::npos) kept = without_citations(content, sources, result);
    if (!kept) {
      // Not a citation: the bracket as written (an inner bracket is looked at on its own).
      const std::size_t next = content.find('(') == std::string_view::npos || link_address ? close + 1 : open + 1;
      result.text.append(text, open, next - open);
      at = next;
      continue;
    }
    if (kept->empty()) {
      // The whole bracket goes, with the space (or the single line break) before it.
      while (!result.text.empty() && (result.text.back() == ' ' || result.text.back() == '\t')) result.text.pop_back();
      const std::size_t size = result.text.size();
      if (size >= 1 && result.text[size - 1] == '\n' && (size < 2 || result.text[size - 2] != '\n')) {
        result.text.pop_back();
        while (!result.text.empty() && (result.text.back() == ' ' || result.text.back() == '\t')) result.text.pop_back();
      }
    } else {
      result.text += "(" + *kept + ")";
    }
    at = close + 1;
  }
  result.text.append(text, std::min(at, text.size()), std::string::npos);
  return result;
}

}  // namespace hok
