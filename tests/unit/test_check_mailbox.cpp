#include <catch2/catch.hpp>

#include "app/validation.hpp"
#include "check/checks.hpp"
#include "test_support.hpp"

using hok::test::validate_findings;

namespace {

hok::test::Files group_with_contact(const std::string& contact) {
  return {
      {"people/anna.yaml", "id: anna\nname: Anna\norganisation: storsthlm\n"},
      {"organisations/storsthlm.yaml", "id: storsthlm\nname: Storsthlm\ntype: municipal-association\nside: municipal\n"},
      {"groups/vis.yaml", "id: vis\nname: VIS\ntype: political-steering\nstatus: active\n" + contact},
  };
}

}  // namespace

TEST_CASE("a functional mailbox written as an address passes", "[check][E016]") {
  for (const char* address : {"samrad.aldre@storsthlm.se", "vis+fragor@region-stockholm.se",
                              "info@vårdsamverkan.se"}) {
    CAPTURE(address);
    CHECK(hok::is_mailbox(address));
    CHECK(validate_findings(group_with_contact(std::string("contact:\n  mailbox: \"") + address + "\"\n"), "E016").empty());
  }
}

TEST_CASE("each way a mailbox goes wrong is named", "[check][E016]") {
  const std::pair<const char*, const char*> cases[] = {
      {"mailto:vis@storsthlm.se", "starts with \"mailto:\""},
      {"vis @storsthlm.se", "contains a space"},
      {"vis.storsthlm.se", "has no \"@\""},
      {"vis@@storsthlm.se", "more than one \"@\""},
      {"@storsthlm.se", "nothing comes before"},
      {"vis@storsthlm", "not a domain"},
      {"vis@storsthlm..se", "not a domain"},
      {"vis@storsthlm.se.", "not a domain"},
      {"vis@stor/sthlm.se", "not a domain"},
  };
  for (const auto& [address, reason] : cases) {
    CAPTURE(address);
    CHECK_FALSE(hok::is_mailbox(address));
    auto findings = validate_findings(group_with_contact(std::string("contact:\n  mailbox: \"") + address + "\"\n"), "E016");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].location.file == "groups/vis.yaml");
    CHECK(findings[0].location.line == 6);
    CHECK(findings[0].subject == "vis");
    CHECK_THAT(findings[0].message, Catch::StartsWith(std::string("mailbox '") + address + "' is not an email address: ") &&
                                        Catch::Contains(reason));
    REQUIRE(findings[0].hint);
    CHECK_THAT(*findings[0].hint, Catch::Contains("name@domain"));
  }
}

TEST_CASE("a function's mailbox is checked; the short form naming a person has none", "[check][E016]") {
  hok::test::Files files = {
      {"subregions/sodra.yaml", "id: sodra\nname: Södra\n"},
      {"municipalities/nacka.yaml", "id: nacka\nname: Nacka\ncode: \"0182\"\nsubregion: sodra\n"},
      {"people/anna.yaml", "id: anna\nname: Anna\norganisation: nacka\n"},
      {"functions/nacka-ksa.yaml",
       "id: nacka-ksa\nroles: [ksa]\narea: nacka\nholder: nacka\ncontact:\n  phone: \"08-718 80 00\"\n  mailbox: ksa\n"},
      {"functions/nacka-gsa.yaml", "id: nacka-gsa\nroles: [gsa]\narea: nacka\nstatus: vacant\ncontact: anna\n"},
  };
  auto findings = validate_findings(files, "E016");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].subject == "nacka-ksa");
  CHECK(findings[0].location.line == 7);
  CHECK(validate_findings(files, "E007").empty());
}

TEST_CASE("a contact's person is a reference like any other", "[check][E016]") {
  auto findings = validate_findings(group_with_contact("contact:\n  person: anne\n"), "E007");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("anne"));
  CHECK(validate_findings(group_with_contact("contact: anne\n"), "E007").size() == 1);
  CHECK(validate_findings(group_with_contact("contact:\n  person: anna\n"), "E007").empty());
}

TEST_CASE("an empty contact and a malformed phone break the schema", "[check][E016]") {
  auto schema_findings = [](const std::string& contact) {
    hok::test::TempRegistry registry(group_with_contact(contact));
    std::vector<hok::Finding> found;
    for (const hok::Finding& finding : hok::validate_registry(registry.root()).findings) {
      if (finding.code == "E004") found.push_back(finding);
    }
    return found;
  };
  CHECK(schema_findings("contact: {}\n").size() == 1);
  CHECK(schema_findings("contact:\n  phone: \"ring oss\"\n").size() == 1);
  CHECK(schema_findings("contact:\n  phone: \"+46 8-123 456 00\"\n").empty());
  CHECK(schema_findings("contact: anna\n").empty());
}
