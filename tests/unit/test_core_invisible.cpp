// Zero-width and bidirectional-control characters: found, named and escaped (core/invisible.hpp).
#include <catch2/catch.hpp>

#include "core/invisible.hpp"

TEST_CASE("a right-to-left override is found where it is and named", "[core][invisible]") {
  std::string text = "Norra \u202El\u00e4net";
  auto found = hok::find_invisible(text);
  REQUIRE(found);
  CHECK(found->offset == 6);
  CHECK(found->length == 3);
  CHECK(found->code_point == 0x202E);
  CHECK(hok::invisible_label(found->code_point) == "U+202E (RIGHT-TO-LEFT OVERRIDE)");
}

TEST_CASE("zero-width characters are found, each kind of lead byte", "[core][invisible]") {
  CHECK(hok::find_invisible("a\u200Bb")->code_point == 0x200B);
  CHECK(hok::find_invisible("a\u2066b")->code_point == 0x2066);
  CHECK(hok::find_invisible("a\uFEFFb")->code_point == 0xFEFF);
  CHECK(hok::find_invisible("a\u061Cb")->code_point == 0x061C);
  CHECK(hok::find_invisible("a\u180Eb")->code_point == 0x180E);
}

TEST_CASE("ordinary Swedish text, a soft hyphen and other punctuation are not invisible", "[core][invisible]") {
  CHECK_FALSE(hok::find_invisible("Älvby kommun – Södra länet, “citat” …"));
  CHECK_FALSE(hok::find_invisible("Norr\u00ADl\u00e4net"));
  CHECK_FALSE(hok::find_invisible("\u2014\u2019\u20AC"));
  CHECK_FALSE(hok::find_invisible(""));
  CHECK_FALSE(hok::find_invisible("\xE2\x80"));
  CHECK_FALSE(hok::find_invisible("\U0001F469\u200D\u2695\uFE0F"));  // an emoji joined by U+200D
  CHECK(hok::find_invisible("a\u200Db")->code_point == 0x200D);       // the same joiner between letters  // a truncated sequence is not read past its end
}

TEST_CASE("escaping writes every invisible character as <U+XXXX> and keeps the rest", "[core][invisible]") {
  CHECK(hok::escape_invisible("a\u202Eb\u200Bc") == "a<U+202E>b<U+200B>c");
  CHECK(hok::escape_invisible("\u202E") == "<U+202E>");
  CHECK(hok::escape_invisible("å ä ö") == "å ä ö");
}
