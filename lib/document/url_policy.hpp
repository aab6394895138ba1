#pragma once
// Which URLs from the registry may become links in a digest. Only http, https and mailto do;
// anything else (javascript:, data:, file:, relative paths) is shown as text, never linked.
#include <optional>
#include <string>
#include <string_view>

namespace hok {

// The URL as it may be linked, or nullopt when it must not become a link. Tab, CR and LF are
// removed anywhere and control characters and spaces at either end are trimmed (as browsers
// do before they look at the scheme, so " JaVa\tScRiPt:alert(1)" is seen as javascript:);
// the scheme is compared case-insensitively; remaining spaces, control characters, quotes
// and angle brackets are percent-encoded so the result is one token in any context.
std::optional<std::string> safe_link_url(std::string_view url);

}  // namespace hok
