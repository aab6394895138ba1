// tidy_markdown (document/tidy.hpp): the blank lines mustache leaves behind in the digest's
// Markdown pages and the annual report collapse to one, and fenced code keeps its own.
#include <catch2/catch.hpp>

#include "document/tidy.hpp"

using hok::tidy_markdown;

TEST_CASE("blank lines left by skipped sections collapse to one", "[render]") {
  CHECK(tidy_markdown("\n\n# Rubrik\n\n\n\nText\n \t\nMer\n\n\n") == "# Rubrik\n\nText\n\nMer\n");
}

TEST_CASE("tidy Markdown passes unchanged", "[render]") {
  CHECK(tidy_markdown("# Rubrik\n\nText  \n- punkt\n") == "# Rubrik\n\nText  \n- punkt\n");
}

TEST_CASE("blank lines inside a fenced code block are kept", "[render]") {
  CHECK(tidy_markdown("```\nkod\n\n\n  \n```\n") == "```\nkod\n\n\n  \n```\n");
}

TEST_CASE("the tidied text ends in one newline", "[render]") {
  CHECK(tidy_markdown("Text") == "Text\n");
}
