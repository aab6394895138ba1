// The checks of `hok validate` run side by side; the findings must not depend on how many threads.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "app/validation.hpp"

TEST_CASE("the broken example gives the same findings on one thread and on four", "[app][validate]") {
  hok::ValidationResult one = hok::validate_registry(HOK_SOURCE_DIR "/examples/broken", hok::LoadOptions{1, false});
  hok::ValidationResult four = hok::validate_registry(HOK_SOURCE_DIR "/examples/broken", hok::LoadOptions{4, false});
  REQUIRE(one.findings.size() > 10);
  REQUIRE(four.findings.size() == one.findings.size());
  std::set<std::string> codes;
  for (std::size_t i = 0; i < one.findings.size(); ++i) {
    const hok::Finding& a = one.findings[i];
    const hok::Finding& b = four.findings[i];
    CHECK(a.code == b.code);
    CHECK(a.location.file == b.location.file);
    CHECK(a.location.line == b.location.line);
    CHECK(a.location.column == b.location.column);
    CHECK(a.message == b.message);
    codes.insert(a.code);
  }
  // Findings of the loader and of several checks, so that the merge is really exercised.
  CHECK(codes.count("E004"));
  CHECK(codes.count("E007"));
  CHECK(codes.size() >= 6);
}
