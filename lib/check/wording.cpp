#include "check/wording.hpp"

namespace hok {

Message kind_with_article(Kind kind) { return message(std::string("kind.") + kind_directory(kind) + ".a"); }

Message kinds_phrase(const std::vector<Kind>& kinds) {
  std::vector<Message> nouns;
  for (Kind kind : kinds) nouns.push_back(kind_with_article(kind));
  return list_or(std::move(nouns));
}

std::string place(const Location& location) {
  if (location.line <= 0) return location.file;
  return location.file + ":" + std::to_string(location.line);
}

}  // namespace hok
