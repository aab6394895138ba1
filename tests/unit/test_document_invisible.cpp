// Characters people cannot see (zero-width, bidirectional controls) in the portal's pages and the
// report: shown as their code point wherever the finished document puts them, in HTML as a marked
// span where markup may go and as plain text where it may not; text without them unchanged.
#include <catch2/catch.hpp>

#include <string>

#include "document/document_renderer.hpp"
#include "document/escape.hpp"

namespace {

const std::string kOverride = "\u202E";   // RIGHT-TO-LEFT OVERRIDE
const std::string kZeroWidth = "\u200B";  // ZERO WIDTH SPACE
const std::string kSpanOverride =
    "<span class=\"invisible\" title=\"U+202E (RIGHT-TO-LEFT OVERRIDE)\">\u27E8U+202E\u27E9</span>";
const std::string kTextOverride = "\u27E8U+202E\u27E9";
const std::string kTextZeroWidth = "\u27E8U+200B\u27E9";

bool has_raw(const std::string& text) {
  return text.find(kOverride) != std::string::npos || text.find(kZeroWidth) != std::string::npos;
}

}  // namespace

TEST_CASE("text without invisible characters passes byte for byte", "[document][invisible]") {
  // å, ä, ö, the en dash, a no-break space and a thin space (U+2009, as in "1 234"), an arrow, a
  // soft hyphen and an emoji joined by U+200D are all legitimate text.
  const std::string html =
      "<p title=\"Älvby – 1\u00A0234\">Vård\u00ADcentral 1\u2009234 → \U0001F469\u200D\u2695\uFE0F</p>\n";
  CHECK(hok::reveal_invisible_html(html) == html);
  CHECK(hok::reveal_invisible_markdown(html) == html);
  CHECK(hok::percent_encode_invisible("groups/älvby.html") == "groups/älvby.html");
  CHECK(hok::escape_markdown_text("Älvby – 1\u2009234") == "Älvby – 1\u2009234");
}

TEST_CASE("in HTML text an invisible character becomes a marked span naming it", "[document][invisible]") {
  CHECK(hok::reveal_invisible_html("<td>Samr\u00E5d " + kOverride + "abc</td>") ==
        "<td>Samr\u00E5d " + kSpanOverride + "abc</td>");
  const std::string two = hok::reveal_invisible_html("<p>a" + kZeroWidth + "b" + kOverride + "</p>");
  CHECK(two ==
        "<p>a<span class=\"invisible\" title=\"U+200B (ZERO WIDTH SPACE)\">\u27E8U+200B\u27E9</span>b" +
            kSpanOverride + "</p>");
  CHECK_FALSE(has_raw(two));
}

TEST_CASE("where HTML allows no markup the code point is plain text", "[document][invisible]") {
  SECTION("an attribute value") {
    CHECK(hok::reveal_invisible_html("<td title=\"a" + kOverride + "b\">x</td>") ==
          "<td title=\"a" + kTextOverride + "b\">x</td>");
    // A '>' inside a quoted value does not end the tag.
    CHECK(hok::reveal_invisible_html("<a data-x='>" + kOverride + "'>y</a>") ==
          "<a data-x='>" + kTextOverride + "'>y</a>");
  }
  SECTION("the page title") {
    CHECK(hok::reveal_invisible_html("<head><title>A" + kOverride + "</title></head><h1>A" + kOverride +
                                     "</h1>") ==
          "<head><title>A" + kTextOverride + "</title></head><h1>A" + kSpanOverride + "</h1>");
  }
  SECTION("SVG, where an HTML element would end the drawing") {
    const std::string svg = "<figure><svg width=\"10\"><g><title>A" + kOverride + "</title><text x=\"1\">B" +
                            kZeroWidth + "</text></g></svg><figcaption>C" + kOverride +
                            "</figcaption></figure>";
    CHECK(hok::reveal_invisible_html(svg) ==
          "<figure><svg width=\"10\"><g><title>A" + kTextOverride + "</title><text x=\"1\">B" +
              kTextZeroWidth + "</text></g></svg><figcaption>C" + kSpanOverride + "</figcaption></figure>");
  }
}

TEST_CASE("scripts, styles and comments are left as they are", "[document][invisible]") {
  const std::string inside = "<script>var s = \"" + kOverride + "</p>\";</script><style>p::after{content:\"" +
                             kOverride + "\"}</style><!-- " + kOverride + " -->";
  CHECK(hok::reveal_invisible_html(inside + "<p>" + kOverride + "</p>") ==
        inside + "<p>" + kSpanOverride + "</p>");
}

TEST_CASE("a '<' that opens no tag is text", "[document][invisible]") {
  CHECK(hok::reveal_invisible_html("<p>1 < 2 " + kOverride + "</p>") == "<p>1 < 2 " + kSpanOverride + "</p>");
  CHECK(hok::reveal_invisible_html(kOverride + "<") == kSpanOverride + "<");
}

TEST_CASE("in Markdown an invisible character is ⟨U+…⟩ everywhere", "[document][invisible]") {
  const std::string markdown = "| a" + kOverride + " | b |\n```mermaid\n  n[\"x" + kZeroWidth + "\"]\n```\n";
  CHECK(hok::reveal_invisible_markdown(markdown) ==
        "| a" + kTextOverride + " | b |\n```mermaid\n  n[\"x" + kTextZeroWidth + "\"]\n```\n");
  // escape_markdown_text, the template's escape, reveals them too, and its markup escapes hold.
  CHECK(hok::escape_markdown_text(kOverride + "1. *a*") == kTextOverride + "1. \\*a\\*");
  CHECK(hok::escape_markdown_text(kZeroWidth + "- a") == kTextZeroWidth + "- a");
}

TEST_CASE("a link keeps its target: its invisible characters are percent-encoded", "[document][invisible]") {
  CHECK(hok::percent_encode_invisible("groups/a" + kOverride + "b.html") == "groups/a%E2%80%AEb.html");
  CHECK(hok::markdown_link_destination("groups/a" + kZeroWidth + " b.md") == "groups/a%E2%80%8B%20b.md");
  hok::RenderRules html{hok::DocumentFormat::Html, "../", ".html", ""};
  CHECK(html.href("groups/a" + kOverride) == "../groups/a%E2%80%AE.html");
  CHECK(html.external("https://example.org/" + kOverride) == "https://example.org/%E2%80%AE");
  hok::RenderRules markdown{hok::DocumentFormat::Markdown, "", ".md", ""};
  CHECK(markdown.href("groups/a" + kOverride) == "groups/a%E2%80%AE.md");
}

TEST_CASE("every document's last step reveals them in both formats", "[document][invisible]") {
  const std::string html =
      hok::tidy(hok::DocumentFormat::Html, "<h1>A" + kOverride + "</h1>\n\n\n<p>b</p>\n");
  CHECK(html == "<h1>A" + kSpanOverride + "</h1>\n<p>b</p>\n");
  const std::string markdown = hok::tidy(hok::DocumentFormat::Markdown, "# A" + kOverride + "\n\n\n\nb\n");
  CHECK(markdown == "# A" + kTextOverride + "\n\nb\n");
}
