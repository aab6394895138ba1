// CommonMark in descriptions: rendered, but raw HTML never, unsafe links never, images never
// loaded, headings kept below the page's own.
#include <catch2/catch.hpp>

#include "document/commonmark.hpp"

using Catch::Matchers::Contains;
using hok::commonmark_to_html;
using hok::commonmark_to_markdown;

TEST_CASE("CommonMark becomes HTML", "[digest]") {
  CHECK(commonmark_to_html("Följs upp *årligen*.") == "<p>Följs upp <em>årligen</em>.</p>\n");
}

TEST_CASE("raw HTML in a description is shown as text, never rendered", "[digest]") {
  std::string html = commonmark_to_html("<script>alert(1)</script>\n\nText <b onclick=x>fet</b>");
  CHECK_THAT(html, !Contains("<script"));
  CHECK_THAT(html, !Contains("<b "));
  CHECK_THAT(html, Contains("&lt;script&gt;"));
}

TEST_CASE("links keep only http, https and mailto", "[digest]") {
  std::string html = commonmark_to_html("[ok](https://x.se) [bad](javascript:alert(1)) [bad2]( JaVa%09script:x)");
  CHECK_THAT(html, Contains("<a href=\"https://x.se\">ok</a>"));
  CHECK_THAT(html, !Contains("javascript"));
  CHECK_THAT(html, Contains("bad"));
}

TEST_CASE("an image becomes a link and loads nothing", "[digest]") {
  std::string html = commonmark_to_html("![karta](https://cdn.example/karta.png)");
  CHECK_THAT(html, !Contains("<img"));
  CHECK_THAT(html, Contains("<a href=\"https://cdn.example/karta.png\">karta</a>"));
}

TEST_CASE("an image inside a link leaves its text, not a link in a link", "[digest]") {
  std::string html = commonmark_to_html("[![karta](https://cdn.example/k.png)](https://x.se)");
  CHECK(html == "<p><a href=\"https://x.se\">karta</a></p>\n");
}

TEST_CASE("a heading in a description sits below the page's headings", "[digest]") {
  CHECK_THAT(commonmark_to_html("# Bakgrund"), Contains("<h3>Bakgrund</h3>"));
}

TEST_CASE("the Markdown digest gets the description as safe CommonMark", "[digest]") {
  std::string markdown = commonmark_to_markdown("Text <img src=x onerror=alert(1)> och [x](javascript:y)");
  CHECK_THAT(markdown, Contains("\\<img"));  // shown as text, escaped
  CHECK(markdown.find("<img") == markdown.find("\\<img") + 1);
  CHECK_THAT(markdown, !Contains("javascript"));
}
