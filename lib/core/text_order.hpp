#pragma once
// Names in the order a Swedish reader looks for them: a–z, then å, ä, ö; case, accents (é as e,
// ü as y) and a hyphen (as a space) do not count. Byte order would put Österåker among the o's
// of the ids or Å after Ä. Written here rather than with std::locale/ICU: the machines hok runs
// on (CI containers, the release archive) carry no sv_SE locale, and the order must not depend
// on what is installed.
#include <string>
#include <string_view>

namespace hok {

// A key whose byte order is the Swedish order of `name`.
std::string swedish_sort_key(std::string_view name);

// True when `a` comes before `b` in Swedish order; names that fold alike keep their byte order.
bool swedish_less(std::string_view a, std::string_view b);

// swedish_less as a comparator, for std::sort and ordered containers of names.
struct SwedishLess {
  bool operator()(std::string_view a, std::string_view b) const { return swedish_less(a, b); }
};

}  // namespace hok
