// hok's Markdown escapers (document/escape.hpp), shared by the digest, the report, `gaps --format
// md` and `diff --format md`: text that stays text, table rows that stay rows, link destinations
// that stay one destination, Mermaid labels that stay inside their node.
#include <catch2/catch.hpp>

#include "document/escape.hpp"
#include "render/gap_renderer.hpp"

using hok::escape_markdown_text;
using hok::escape_mermaid_label;
using hok::markdown_link_destination;

TEST_CASE("plain words pass unchanged", "[render]") {
  CHECK(escape_markdown_text("Samrådsgrupp Äldre, 2025") == "Samrådsgrupp Äldre, 2025");
}

TEST_CASE("a pipe cannot split a table cell and a newline cannot end the row", "[render]") {
  CHECK(escape_markdown_text("Barn | unga\nny rad") == "Barn \\| unga ny rad");
  CHECK(escape_markdown_text("a\r\nb") == "a  b");
  CHECK(escape_markdown_text("  1. lista") == "  1\\. lista");
}

TEST_CASE("markup characters are backslash-escaped", "[render]") {
  CHECK(escape_markdown_text("*fet* _kursiv_ `kod` [länk](x) <b>") ==
        "\\*fet\\* \\_kursiv\\_ \\`kod\\` \\[länk\\]\\(x\\) \\<b\\>");
  CHECK(escape_markdown_text("a & b") == "a \\& b");
  CHECK(escape_markdown_text("# rubrik") == "\\# rubrik");
  CHECK(escape_markdown_text("- punkt") == "\\- punkt");
  CHECK(escape_markdown_text("---") == "\\---");
}

TEST_CASE("dashes and dates inside a text stay readable", "[render]") {
  CHECK(escape_markdown_text("Hälso- och sjukvård 2026-11-26") == "Hälso- och sjukvård 2026-11-26");
}

TEST_CASE("a leading number cannot start an ordered list", "[render]") {
  CHECK(escape_markdown_text("2024. Årsplan") == "2024\\. Årsplan");
  CHECK(escape_markdown_text("Version 2.0") == "Version 2.0");
}

TEST_CASE("mentions and issue references notify no one", "[render]") {
  CHECK(escape_markdown_text("@channel #123") == "\\@channel \\#123");
}

TEST_CASE("a link destination cannot be ended or split", "[render]") {
  CHECK(markdown_link_destination("../groups/vis.md") == "../groups/vis.md");
  CHECK(markdown_link_destination("https://x.se/a b)(c|d<e>") == "https://x.se/a%20b%29%28c%7Cd%3Ce%3E");
}

TEST_CASE("a Mermaid label cannot close its node or the code block", "[render]") {
  CHECK(escape_mermaid_label("VIS \"politisk\"") == "VIS #quot;politisk#quot;");
  CHECK(escape_mermaid_label("<script>&#") == "#lt;script#gt;#amp;#35;");
  CHECK(escape_mermaid_label("```\nend") == "#96;#96;#96; end");
}

TEST_CASE("the gaps checklist escapes a message as the digest does", "[render]") {
  hok::Finding gap;
  gap.code = "G001";
  gap.severity = hok::Severity::Warning;
  gap.location = {"agreements/x.yaml", 3, 1, 0};
  gap.message = "- owner | <b>x</b>\n@team & 1";
  gap.waived_reason = "by *VIS*";
  gap.waived_until = "2026-12-31";
  const std::string markdown = hok::render_gaps_markdown({gap}, "2026-01-01");
  CHECK(markdown.find("- [x] " + escape_markdown_text(gap.message) + " — *waived until 2026-12-31: by \\*VIS\\**") !=
        std::string::npos);
  CHECK(markdown.find("\\- owner \\| \\<b\\>x\\</b\\> \\@team \\& 1") != std::string::npos);
}
