#pragma once
// CommonMark from `description` and `summary` fields, rendered with cmark-gfm. Raw HTML is never
// passed through: HTML blocks and inline HTML become literal text, links and images keep only
// http, https and mailto destinations, images become plain links (a digest loads nothing from
// outside), and headings are pushed below the page's own.
#include <string>
#include <string_view>

namespace hok {

// HTML for a page section. `min_heading_level` is the level a `#` heading becomes (3 under a
// page's h1 and section h2).
std::string commonmark_to_html(std::string_view markdown, int min_heading_level = 3);

// The same text as CommonMark again, made safe in the same way, for the Markdown digest.
std::string commonmark_to_markdown(std::string_view markdown, int min_heading_level = 3);

}  // namespace hok
