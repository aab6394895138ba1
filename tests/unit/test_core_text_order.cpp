// Names in Swedish order: å, ä, ö after z; case, a hyphen and accents do not count.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/text_order.hpp"

TEST_CASE("the county's municipalities sort as a Swedish reader looks for them", "[core][order]") {
  std::vector<std::string> names = {"Österåker", "Södertälje", "Täby",           "Sollentuna",
                                    "Tyresö",    "Vaxholm",    "Upplands Väsby", "Värmdö",
                                    "Upplands-Bro", "Sundbyberg", "Solna",        "Ånge", "Älvby", "Nynäshamn"};
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) { return hok::swedish_less(a, b); });
  CHECK(names == std::vector<std::string>{"Nynäshamn", "Sollentuna", "Solna", "Sundbyberg", "Södertälje", "Tyresö",
                                          "Täby", "Upplands-Bro", "Upplands Väsby", "Vaxholm", "Värmdö", "Ånge", "Älvby",
                                          "Österåker"});
}

TEST_CASE("case, accents and hyphens do not change the order; equal keys keep byte order", "[core][order]") {
  CHECK(hok::swedish_sort_key("Upplands-Bro") == "upplands bro");
  CHECK(hok::swedish_sort_key("Åre") < hok::swedish_sort_key("Ärla"));
  CHECK(hok::swedish_sort_key("Ärla") < hok::swedish_sort_key("Ö"));
  CHECK(hok::swedish_sort_key("zz") < hok::swedish_sort_key("å"));
  CHECK(hok::swedish_sort_key("Café") == hok::swedish_sort_key("cafe"));
  CHECK(hok::swedish_less("Solna", "solna"));  // same key: byte order, so the sort is total
  CHECK_FALSE(hok::swedish_less("solna", "Solna"));
  CHECK_FALSE(hok::swedish_less("Solna", "Solna"));
}
