#pragma once
// ISO calendar dates ("2024-02-29") as the registry writes them.
#include <optional>
#include <string>
#include <string_view>

namespace hok {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const Date&) const = default;
};

// Parses YYYY-MM-DD and checks it is a real calendar date (2023-02-29 is not).
std::optional<Date> parse_date(std::string_view text);
bool is_leap_year(int year);
int days_in_month(int year, int month);
std::string format_date(const Date& date);
// The date `months` calendar months earlier/later, the day clamped to the month's end.
Date add_months(const Date& date, int months);
Date add_days(const Date& date, int days);
// Today in the local time zone.
Date today();

}  // namespace hok
