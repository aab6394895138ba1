#include "check/wording.hpp"

namespace hok {

std::string with_article(std::string_view noun) {
  const bool vowel =
      !noun.empty() && std::string_view("aeiou").find(noun.front()) != std::string_view::npos;
  return std::string(vowel ? "an " : "a ") + std::string(noun);
}

std::string kinds_phrase(const std::vector<Kind>& kinds) {
  std::vector<std::string> nouns;
  for (Kind kind : kinds) nouns.push_back(with_article(kind_noun(kind)));
  return join_list(nouns, " or ");
}

std::string place(const Location& location) {
  if (location.line <= 0) return location.file;
  return location.file + ":" + std::to_string(location.line);
}

std::string join_list(const std::vector<std::string>& items, std::string_view last_separator) {
  std::string result;
  for (std::size_t index = 0; index < items.size(); ++index) {
    if (index > 0) result += index + 1 == items.size() ? std::string(last_separator) : ", ";
    result += items[index];
  }
  return result;
}

}  // namespace hok
