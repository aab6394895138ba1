#include <catch2/catch.hpp>

#include "core/dates.hpp"
#include "core/spelling.hpp"

using namespace hok;

TEST_CASE("a one-letter typo finds the intended field", "[spelling]") {
  CHECK(nearest_match("ower", {"owner", "parties", "status"}) == std::optional<std::string>("owner"));
}

TEST_CASE("a shortened id suggests the full id", "[spelling]") {
  CHECK(nearest_match("samrad-barn", {"samrad-aldre", "samrad-barn-unga"}) ==
        std::optional<std::string>("samrad-barn-unga"));
}

TEST_CASE("nothing close gives no suggestion", "[spelling]") {
  CHECK_FALSE(nearest_match("xyz", {"owner", "parties"}).has_value());
}

TEST_CASE("real calendar dates only", "[dates]") {
  CHECK(parse_date("2024-02-29").has_value());
  CHECK_FALSE(parse_date("2023-02-29").has_value());
  CHECK_FALSE(parse_date("2023-13-01").has_value());
  CHECK_FALSE(parse_date("2023-1-01").has_value());
  CHECK_FALSE(parse_date("20230-01-01").has_value());
}

TEST_CASE("adding months clamps to the month's end", "[dates]") {
  CHECK(add_months(Date{2024, 1, 31}, 1) == Date{2024, 2, 29});
  CHECK(add_months(Date{2024, 3, 15}, -12) == Date{2023, 3, 15});
  CHECK(add_days(Date{2024, 12, 31}, 1) == Date{2025, 1, 1});
}

TEST_CASE("folding ignores case, diacritics and punctuation", "[spelling]") {
  CHECK(fold_for_matching("Äldres  hälsa!") == "aldres halsa");
  CHECK(fold_for_matching("in-force") == "in force");
  CHECK(fold_for_matching("ÅÄÖ éü") == "aao eu");
  CHECK(fold_for_matching("") == "");
}

TEST_CASE("a record's short name finds its id", "[spelling]") {
  const std::vector<NamedValue> groups = {
      {"samrad-aldre", {"Äldres hälsa", "Samrådsgrupp Äldres hälsa"}},
      {"aldresamradet", {"Äldresamrådet"}},
      {"samrad-barn", {"Barn och unga", "Samrådsgrupp Barn och unga"}},
  };
  auto match = match_by_name("Äldres hälsa", groups);
  REQUIRE(match);
  CHECK(groups[match->index].value == "samrad-aldre");
  CHECK(match->name == "Äldres hälsa");
  // Whole words of the name, then word beginnings, case and diacritics ignored.
  match = match_by_name("barn", groups);
  REQUIRE(match);
  CHECK(groups[match->index].value == "samrad-barn");
  match = match_by_name("SAMRÅDSGRUPP ÄLDRES", groups);
  REQUIRE(match);
  CHECK(groups[match->index].value == "samrad-aldre");
}

TEST_CASE("two records that fit equally well give no suggestion", "[spelling]") {
  const std::vector<NamedValue> groups = {
      {"samrad-aldre", {"Samrådsgrupp Äldres hälsa"}},
      {"samrad-barn", {"Samrådsgrupp Barn och unga"}},
  };
  CHECK_FALSE(match_by_name("Samrådsgrupp", groups).has_value());
}

TEST_CASE("a label matches its value; the value itself reports no name", "[spelling]") {
  const std::vector<NamedValue> statuses = {{"draft", {"Utkast", "Draft"}}, {"in-force", {"Gällande", "In force"}}};
  auto match = match_by_name("gällande", statuses);
  REQUIRE(match);
  CHECK(statuses[match->index].value == "in-force");
  CHECK(match->name == "Gällande");
  match = match_by_name("in-forse", statuses);  // a typo in the value
  REQUIRE(match);
  CHECK(statuses[match->index].value == "in-force");
  CHECK(match->name.empty());
  CHECK_FALSE(match_by_name("okänd", statuses).has_value());
  CHECK_FALSE(match_by_name("zzzzzzzz", {{"vis", {"VIS"}}}).has_value());  // too far to be a typo
}

TEST_CASE("a prepared matcher answers text after text as match_by_name does", "[spelling]") {
  const std::vector<NamedValue> groups = {
      {"samrad-aldre", {"Äldres hälsa", "Samrådsgrupp Äldres hälsa"}},
      {"aldresamradet", {"Äldresamrådet"}},
      {"samrad-barn", {"Barn och unga", "Samrådsgrupp Barn och unga"}},
      {"in-force", {"", "In force"}},
  };
  const NameMatcher matcher(groups);
  // Each answer depends on its text alone, not on the texts asked before it.
  for (int round = 0; round < 2; ++round) {
    for (const char* written : {"Äldres hälsa", "barn", "SAMRÅDSGRUPP ÄLDRES", "Samrådsgrupp", "samrad-aldr",
                                "aldresamradet", "in force", "zzzzzzzz", "", "hälsa unga", "samrad-bran"}) {
      INFO(written);
      const std::optional<NameMatch> prepared = matcher.match(written);
      const std::optional<NameMatch> direct = match_by_name(written, groups);
      REQUIRE(prepared.has_value() == direct.has_value());
      if (!prepared) continue;
      CHECK(prepared->index == direct->index);
      CHECK(prepared->name == direct->name);
    }
  }
  auto match = matcher.match("samrad-aldr");  // words beginning the words of a name
  REQUIRE(match);
  CHECK(matcher.candidates()[match->index].value == "samrad-aldre");
  CHECK(match->name == "Samrådsgrupp Äldres hälsa");
  match = matcher.match("samrad-bran");  // a typo in the value
  REQUIRE(match);
  CHECK(matcher.candidates()[match->index].value == "samrad-barn");
  CHECK(match->name.empty());
  match = matcher.match("In force");
  REQUIRE(match);
  CHECK(matcher.candidates()[match->index].value == "in-force");
  CHECK(match->name == "In force");
  CHECK_FALSE(matcher.match("Samrådsgrupp").has_value());
}
