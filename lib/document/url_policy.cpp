// Written by hand rather than taken from a library: mustache only escapes HTML, and cmark-gfm's
// own URL check (CMARK_OPT_SAFE) is a deny-list of four schemes applied to Markdown links only;
// the digest needs an allow-list applied to every URL field of every record.
#include "document/url_policy.hpp"

#include <array>
#include <cctype>

#include <fmt/format.h>

namespace hok {

namespace {

bool is_trimmed(unsigned char c) { return c <= 0x20 || c == 0x7f; }

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

}  // namespace

std::optional<std::string> safe_link_url(std::string_view url) {
  std::string cleaned;
  cleaned.reserve(url.size());
  for (char c : url) {
    if (c != '\t' && c != '\r' && c != '\n') cleaned += c;
  }
  std::size_t begin = 0;
  while (begin < cleaned.size() && is_trimmed(static_cast<unsigned char>(cleaned[begin]))) ++begin;
  std::size_t end = cleaned.size();
  while (end > begin && is_trimmed(static_cast<unsigned char>(cleaned[end - 1]))) --end;
  std::string_view candidate(cleaned.data() + begin, end - begin);

  std::size_t colon = candidate.find(':');
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  std::string scheme = lower(candidate.substr(0, colon));
  static constexpr std::array<std::string_view, 3> allowed = {"http", "https", "mailto"};
  bool known = false;
  for (std::string_view name : allowed) known = known || scheme == name;
  if (!known) return std::nullopt;
  std::string_view rest = candidate.substr(colon + 1);
  if (scheme != "mailto" && (rest.substr(0, 2) != "//" || rest.size() == 2)) return std::nullopt;
  if (scheme == "mailto" && rest.empty()) return std::nullopt;

  std::string result = scheme + ":";
  for (char c : rest) {
    auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' ||
        c == '\\') {
      result += fmt::format("%{:02X}", static_cast<unsigned>(byte));
    } else {
      result += c;
    }
  }
  return result;
}

}  // namespace hok
