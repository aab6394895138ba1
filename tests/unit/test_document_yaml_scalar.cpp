#include <catch2/catch.hpp>

#include "document/yaml_scalar.hpp"

using hok::yaml_scalar;

TEST_CASE("ordinary text and ids stay plain", "[document][yaml_scalar]") {
  CHECK(yaml_scalar("samrad-barn-unga") == "samrad-barn-unga");
  CHECK(yaml_scalar("Region Stockholm") == "Region Stockholm");
  CHECK(yaml_scalar("Äldres hälsa") == "Äldres hälsa");
  CHECK(yaml_scalar("BUS, barn i behov") == "BUS, barn i behov");
}

TEST_CASE("text another YAML reader would take for something else is quoted", "[document][yaml_scalar]") {
  CHECK(yaml_scalar("0114") == "\"0114\"");
  CHECK(yaml_scalar("yes") == "\"yes\"");
  CHECK(yaml_scalar("Off") == "\"Off\"");
  CHECK(yaml_scalar("true") == "\"true\"");
  CHECK(yaml_scalar("null") == "\"null\"");
  CHECK(yaml_scalar("~") == "\"~\"");
  CHECK(yaml_scalar("12") == "\"12\"");
  CHECK(yaml_scalar("1.5") == "\"1.5\"");
  CHECK(yaml_scalar("1_000") == "\"1_000\"");
  CHECK(yaml_scalar("1:20") == "\"1:20\"");
  CHECK(yaml_scalar("190:20:30.15") == "\"190:20:30.15\"");
  CHECK(yaml_scalar("2024-1-5") == "\"2024-1-5\"");
  CHECK(yaml_scalar("2024-01-05 10:00") == "\"2024-01-05 10:00\"");
  CHECK(yaml_scalar("12:75") == "12:75");
  CHECK(yaml_scalar("2024-01-05x") == "2024-01-05x");
  CHECK(yaml_scalar("v1.2") == "v1.2");
  CHECK(yaml_scalar("") == "\"\"");
}

TEST_CASE("YAML syntax inside text is quoted", "[document][yaml_scalar]") {
  CHECK(yaml_scalar("a: b") == "\"a: b\"");
  CHECK(yaml_scalar("see #3") == "\"see #3\"");
  CHECK(yaml_scalar("- item") == "\"- item\"");
  CHECK(yaml_scalar("*alias") == "\"*alias\"");
  CHECK(yaml_scalar("&anchor") == "\"&anchor\"");
  CHECK(yaml_scalar("[x]") == "\"[x]\"");
  CHECK(yaml_scalar("ends:") == "\"ends:\"");
  CHECK(yaml_scalar(" padded") == "\" padded\"");
  CHECK(yaml_scalar("'quoted'") == "\"'quoted'\"");
}

TEST_CASE("escapes in double quotes keep every character", "[document][yaml_scalar]") {
  CHECK(yaml_scalar("say \"hej\"") == "say \"hej\"");
  CHECK(yaml_scalar("\"hej\"") == "\"\\\"hej\\\"\"");
  CHECK(yaml_scalar("two\nlines") == "\"two\\nlines\"");
  CHECK(yaml_scalar("tab\there") == "\"tab\\there\"");
  CHECK(yaml_scalar("back\\slash: x") == "\"back\\\\slash: x\"");
  CHECK(yaml_scalar("bell\x07") == "\"bell\\x07\"");
  CHECK(yaml_scalar("line\xE2\x80\xA8sep") == "\"line\\Lsep\"");
}

TEST_CASE("dates are quoted unless the field is a date", "[document][yaml_scalar]") {
  CHECK(yaml_scalar("2024-01-31") == "\"2024-01-31\"");
  CHECK(yaml_scalar("2024-01-31", true) == "2024-01-31");
}
