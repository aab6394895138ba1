#include <catch2/catch.hpp>

#include "app/validation.hpp"
#include "test_gaps_support.hpp"

using hok::Date;
using hok::Finding;
using hok::test::Files;
using hok::test::gaps_base;
using hok::test::gaps_report;
using hok::test::kGapsAsOf;

namespace {

// The base without Dal's GSA (one G003 on `dal`) and with one waiver in hok.yaml.
Files waived(const std::string& rule, const std::string& subject, const std::string& until,
             const std::string& extra = "") {
  Files files = gaps_base();
  files.erase("functions/gsa-dal.yaml");
  files["hok.yaml"] = "hok: 1\nname: Test\nsecretariat: processledning\n" + extra +
                      "waivers:\n  - rule: " + rule + "\n    subject: " + subject +
                      "\n    reason: Upphandling pågår\n    until: " + until + "\n";
  return files;
}

std::vector<Finding> findings_of(const Files& files, Date as_of = kGapsAsOf,
                                 std::vector<std::string> rules = {}) {
  hok::GapOptions options;
  options.as_of = as_of;
  options.rules = std::move(rules);
  return gaps_report(files, options).findings;
}

}  // namespace

TEST_CASE("a waiver until today marks its gap waived", "[gaps][G016]") {
  auto findings = findings_of(waived("G003", "dal", "2025-06-15"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == "G003");
  CHECK(findings[0].severity == hok::Severity::Error);
  CHECK(findings[0].waived_reason == "Upphandling pågår");
  CHECK(findings[0].waived_until == "2025-06-15");
  CHECK(hok::exit_code_for(findings, hok::Severity::Error) == 0);
}

TEST_CASE("a waiver that ended yesterday leaves its gap open and is reported at the waiver",
          "[gaps][G016]") {
  auto findings = findings_of(waived("G003", "dal", "2025-06-14"));
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].code == "G016");
  CHECK(findings[0].location.file == "hok.yaml");
  CHECK(findings[0].location.line == 5);
  CHECK(findings[0].severity == hok::Severity::Warning);
  CHECK(findings[0].message ==
        "waiver for G003 on 'dal' expired on 2025-06-14 and the gap is still open: mend the gap, "
        "or renew the waiver with a new `until` and reason");
  CHECK(findings[0].subject == "dal");
  CHECK(findings[1].code == "G003");
  CHECK_FALSE(findings[1].waived_reason);
  CHECK(hok::exit_code_for(findings, hok::Severity::Error) == 1);
}

TEST_CASE("a waiver matching no gap is unused", "[gaps][G017]") {
  auto findings = findings_of(waived("G002", "dal", "2025-12-31"));
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].code == "G017");
  CHECK(findings[0].location.file == "hok.yaml");
  CHECK(findings[0].location.line == 5);
  CHECK(findings[0].message ==
        "waiver for G002 on 'dal' matches no current gap: the gap has been mended, or the rule "
        "or subject is mistyped");
  CHECK(findings[0].subject == "dal");
  CHECK(findings[1].code == "G003");
  CHECK_FALSE(findings[1].waived_reason);
}

TEST_CASE("an expired waiver whose gap was mended is unused, not expired", "[gaps][G017]") {
  Files files = waived("G003", "dal", "2025-01-01");
  files["functions/gsa-dal.yaml"] =
      "id: gsa-dal\nroles: [gsa]\narea: dal\nholder: vc-dal\nstatus: active\n";
  auto findings = findings_of(files);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == "G017");
}

TEST_CASE("a waiver for a mistyped subject suggests the nearest id", "[gaps][G017]") {
  auto findings = findings_of(waived("G003", "dall", "2025-12-31"), kGapsAsOf, {"G017"});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message ==
        "waiver for G003 on 'dall' matches no current gap: no record has the id 'dall'");
  CHECK(findings[0].hint == "did you mean 'dal'?");
}

TEST_CASE("a waiver of a rule that is not a gap rule is unused", "[gaps][G017]") {
  auto findings = findings_of(waived("G016", "dal", "2025-12-31"), kGapsAsOf, {"G017"});
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::EndsWith("G016 is not a gap rule that can be waived "
                                                  "(G001–G015, G018)"));
}

TEST_CASE("a waiver of a rule turned off is neither used nor unused", "[gaps][G017]") {
  CHECK(findings_of(waived("G003", "dal", "2025-01-01", "severity:\n  G003: off\n")).empty());
}

TEST_CASE("waiver findings are kept by a rule filter only when asked for", "[gaps][G016]") {
  const Files files = waived("G003", "dal", "2025-06-14");
  auto only_gsa = findings_of(files, kGapsAsOf, {"G003"});
  REQUIRE(only_gsa.size() == 1);
  CHECK(only_gsa[0].code == "G003");
  auto only_expired = findings_of(files, kGapsAsOf, {"G016"});
  REQUIRE(only_expired.size() == 1);
  CHECK(only_expired[0].code == "G016");
}

TEST_CASE("an upcoming gap does not use a waiver", "[gaps][G017]") {
  Files files = gaps_base();
  files["functions/ksa-dal.yaml"] =
      "id: ksa-dal\nroles: [ksa]\narea: dal\nholder: dal\nstatus: active\nreview_by: 2025-06-20\n";
  files["hok.yaml"] =
      "hok: 1\nname: Test\nwaivers:\n  - rule: G014\n    subject: ksa-dal\n"
      "    reason: Ny upphandling\n    until: 2025-12-31\n";
  hok::GapOptions options;
  options.as_of = kGapsAsOf;
  options.expiring_days = 10;
  auto findings = gaps_report(files, options).findings;
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].code == "G014");
  CHECK(findings[0].severity == hok::Severity::Info);
  CHECK_FALSE(findings[0].waived_reason);
  CHECK(findings[1].code == "G017");
}
