// Only http, https and mailto URLs become links; everything a browser would run or load from
// disk stays text (parsing-traps.md, "Output").
#include <catch2/catch.hpp>

#include "document/url_policy.hpp"

using hok::safe_link_url;

TEST_CASE("http, https and mailto URLs are linked unchanged", "[digest]") {
  CHECK(safe_link_url("https://www.storsthlm.se/hok.pdf") == "https://www.storsthlm.se/hok.pdf");
  CHECK(safe_link_url("http://example.org/a?b=c&d=e#f") == "http://example.org/a?b=c&d=e#f");
  CHECK(safe_link_url("mailto:hakan.wramner@storsthlm.se") == "mailto:hakan.wramner@storsthlm.se");
}

TEST_CASE("the scheme is compared case-insensitively and written in lower case", "[digest]") {
  CHECK(safe_link_url("HTTPS://Example.org/X") == "https://Example.org/X");
  CHECK(safe_link_url("MailTo:a@b.se") == "mailto:a@b.se");
}

TEST_CASE("javascript hidden by case, tabs, newlines and leading blanks is not linked", "[digest]") {
  CHECK_FALSE(safe_link_url(" JaVa\tScRiPt:alert(1)"));
  CHECK_FALSE(safe_link_url("javascript:alert(1)"));
  CHECK_FALSE(safe_link_url("java\nscript:alert(1)"));
  CHECK_FALSE(safe_link_url("\x01\x02 javascript:alert(1)"));
  CHECK_FALSE(safe_link_url("jav&#x61;script:alert(1)"));
}

TEST_CASE("other schemes, relative and scheme-relative URLs are not linked", "[digest]") {
  CHECK_FALSE(safe_link_url("data:text/html,<script>alert(1)</script>"));
  CHECK_FALSE(safe_link_url("vbscript:msgbox"));
  CHECK_FALSE(safe_link_url("file:///etc/passwd"));
  CHECK_FALSE(safe_link_url("//evil.example/x"));
  CHECK_FALSE(safe_link_url("documents/hok.pdf"));
  CHECK_FALSE(safe_link_url(":nothing"));
  CHECK_FALSE(safe_link_url(""));
  CHECK_FALSE(safe_link_url("https:"));
  CHECK_FALSE(safe_link_url("https:evil"));
  CHECK_FALSE(safe_link_url("mailto:"));
}

TEST_CASE("blanks at the ends are trimmed; tabs and newlines inside are removed", "[digest]") {
  CHECK(safe_link_url("  https://example.org/a \n") == "https://example.org/a");
  CHECK(safe_link_url("https://exa\tmple.org/\r\na") == "https://example.org/a");
}

TEST_CASE("quotes, angle brackets and inner spaces are percent-encoded", "[digest]") {
  CHECK(safe_link_url("https://example.org/a b\"c'd<e>f`g") == "https://example.org/a%20b%22c%27d%3Ce%3Ef%60g");
  CHECK(safe_link_url("https://example.org/a\x7f" "b") == "https://example.org/a%7Fb");
}
