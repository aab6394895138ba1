#pragma once
// Record ids: lowercase ASCII slugs, `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 64 characters.
#include <string_view>

namespace hok {

// True when `text` is a valid record id.
bool is_slug(std::string_view text);

}  // namespace hok
