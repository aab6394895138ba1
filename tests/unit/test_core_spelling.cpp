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
