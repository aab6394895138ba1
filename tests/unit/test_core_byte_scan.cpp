// The byte gate before YAML: a file saved as UTF-16 is named as such (issue 23, point 15).
#include <catch2/catch.hpp>

#include <string>

#include "core/byte_scan.hpp"

namespace {

std::vector<hok::Finding> scan(const std::string& bytes, bool& readable) {
  hok::FindingSink sink;
  readable = hok::scan_bytes("subregions/a.yaml", bytes, 1 << 20, sink).readable;
  return sink.findings();
}

std::string utf16(const std::string& ascii, bool little, bool bom) {
  std::string out;
  if (bom) out += little ? "\xFF\xFE" : "\xFE\xFF";
  for (char c : ascii) {
    if (little) out += c, out += '\0';
    else out += '\0', out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("UTF-16 with or without a byte-order mark is reported as UTF-16, not as bad UTF-8", "[load][E003]") {
  for (auto [little, bom, name] : {std::tuple{true, true, "UTF-16 LE"}, std::tuple{false, true, "UTF-16 BE"},
                                   std::tuple{true, false, "UTF-16 LE"}, std::tuple{false, false, "UTF-16 BE"}}) {
    bool readable = true;
    auto findings = scan(utf16("id: norra\nname: Norra\n", little, bom), readable);
    INFO(name << (bom ? " with BOM" : " without BOM"));
    CHECK_FALSE(readable);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].code == "E003");
    CHECK(findings[0].location.line == 1);
    CHECK(findings[0].message == std::string("the file is saved as ") + name + ", not as UTF-8");
    REQUIRE(findings[0].hint);
    CHECK(findings[0].hint->find("save it again with the encoding UTF-8") != std::string::npos);
  }
}

TEST_CASE("a UTF-8 file with one NUL byte is still a NUL finding, not UTF-16", "[load][E003]") {
  bool readable = true;
  auto findings = scan(std::string("id: norra\nname: a\0b\n", 20), readable);
  CHECK_FALSE(readable);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "the file contains a NUL byte");
}

TEST_CASE("plain UTF-8 passes the gate", "[load][E003]") {
  bool readable = false;
  auto findings = scan("id: norra\nname: \"Norra länet\"\n", readable);
  CHECK(readable);
  CHECK(findings.empty());
}
