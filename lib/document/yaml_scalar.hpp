#pragma once
// Writing YAML that hok (YAML 1.2) and other tools (YAML 1.1 editors' plug-ins) read alike: the
// scalars `hok new`, `hok init` and `hok show` print.
#include <string>
#include <string_view>

namespace hok {

// `text` as a YAML scalar that every reader takes for exactly this string: plain when that is
// safe (`samrad-barn-unga`, `Region Stockholm`), double-quoted with escapes otherwise (`"0114"`,
// `"yes"`, `"a: b"`, `"2024-01-01"`). With `plain_dates`, a YYYY-MM-DD date stays plain, as the
// registry writes its date fields.
std::string yaml_scalar(std::string_view text, bool plain_dates = false);

// `text` double-quoted: `"`, `\` and control characters escaped, YAML's own line breaks
// (U+0085, U+2028, U+2029) too.
std::string yaml_double_quoted(std::string_view text);

}  // namespace hok
