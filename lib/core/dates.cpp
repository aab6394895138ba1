#include "core/dates.hpp"

#include <chrono>
#include <cstdio>

namespace hok {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return days[month - 1];
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto digits = [&](std::size_t from, std::size_t count) -> std::optional<int> {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  auto year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
  if (!year || !month || !day) return std::nullopt;
  if (*month < 1 || *month > 12 || *day < 1 || *day > days_in_month(*year, *month)) return std::nullopt;
  return Date{*year, *month, *day};
}

std::string format_date(const Date& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year % 10000, date.month % 100,
                date.day % 100);
  return buffer;
}

Date add_months(const Date& date, int months) {
  int total = date.year * 12 + (date.month - 1) + months;
  Date result{total / 12, total % 12 + 1, date.day};
  if (result.day > days_in_month(result.year, result.month)) {
    result.day = days_in_month(result.year, result.month);
  }
  return result;
}

Date add_days(const Date& date, int days) {
  using namespace std::chrono;
  sys_days point = year_month_day{year{date.year}, month{static_cast<unsigned>(date.month)},
                                  day{static_cast<unsigned>(date.day)}};
  year_month_day result{point + std::chrono::days{days}};
  return Date{static_cast<int>(result.year()), static_cast<int>(static_cast<unsigned>(result.month())),
              static_cast<int>(static_cast<unsigned>(result.day()))};
}

Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace hok
