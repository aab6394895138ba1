// The annual report's key figures on a small county (the gap tests' base registry): each figure
// for the year and for the year before, read from the records' dates, and a registry with no data.
#include <catch2/catch.hpp>

#include "report/annual_figures.hpp"
#include "test_gaps_support.hpp"
#include "test_support.hpp"

using hok::test::Files;
using hok::test::gaps_base;
using hok::test::gaps_base_with;
using hok::test::TempRegistry;

namespace {

hok::AnnualFigures figures_of(const Files& files, int year = 2025) {
  TempRegistry tree(files);
  hok::LoadResult loaded = tree.load();
  REQUIRE(loaded.registry);
  return hok::compute_annual_figures(*loaded.registry, year, hok::Date{year, 12, 31});
}

hok::Share share(int count, int of, int no = 0) { return hok::Share{count, of, no}; }

const std::string kAldre =
    "id: samrad-aldre\nname: Äldres hälsa\ntype: consultation-group\nstatus: active\n"
    "reports_to: tjanstestyrgrupp\nchair:\n  - org: hsf\nprocess_lead:\n  - org: dal\n";

}  // namespace

TEST_CASE("the base county's figures for the year and the year before", "[report][figures]") {
  hok::AnnualFigures figures = figures_of(gaps_base());
  CHECK(figures.year == 2025);
  CHECK(figures.current.day == hok::Date{2025, 12, 31});
  CHECK(figures.previous.day == hok::Date{2024, 12, 31});
  CHECK(figures.current.agreements_in_force == 1);
  CHECK(figures.current.agreements_followed_up == 1);
  CHECK(figures.current.areas_with_ksa == share(3, 3));  // Hamnen (a district), Dal, Norr (KSON)
  CHECK(figures.current.areas_with_gsa == share(3, 3));
  CHECK(figures.current.groups_established == share(1, 1));
  CHECK_FALSE(figures.current.main_agreement_adopted.has_value());
  CHECK(figures.current.open_deviations == 0);
  // Records without dates count in both years; the follow-up is of 2025, not 2024.
  CHECK(figures.previous.agreements_in_force == 1);
  CHECK(figures.previous.agreements_followed_up == 0);
  CHECK(figures.previous.areas_with_ksa == share(3, 3));
  CHECK(figures.previous.groups_established == share(1, 1));
}

TEST_CASE("a function appointed in the year did not exist at the end of the year before",
          "[report][figures]") {
  hok::AnnualFigures figures = figures_of(gaps_base_with(
      "functions/ksa-dal.yaml",
      "id: ksa-dal\nroles: [ksa]\narea: dal\nholder: dal\nstatus: active\nappointed: 2025-04-01\n"));
  CHECK(figures.current.areas_with_ksa == share(3, 3));
  CHECK(figures.previous.areas_with_ksa == share(2, 3));
  CHECK(figures.previous.areas_with_gsa == share(3, 3));
}

TEST_CASE("a vacant or planned function gives an area no KSA", "[report][figures]") {
  hok::AnnualFigures figures = figures_of(
      gaps_base_with("functions/ksa-dal.yaml", "id: ksa-dal\nroles: [ksa]\narea: dal\nstatus: vacant\n"));
  // Vacant is a recorded "no"; a planned function says nothing of the area today.
  CHECK(figures.current.areas_with_ksa == share(2, 3, 1));
  CHECK(figures.previous.areas_with_ksa == share(2, 3, 1));
  hok::AnnualFigures planned = figures_of(
      gaps_base_with("functions/ksa-dal.yaml", "id: ksa-dal\nroles: [ksa]\narea: dal\nstatus: planned\n"));
  CHECK(planned.current.areas_with_ksa == share(2, 3));
  CHECK(planned.current.areas_with_ksa.unknown() == 1);
}

TEST_CASE("what a group lacks by record counts as no, what is not recorded as unknown", "[report][figures]") {
  Files files = gaps_base();
  // Recorded: no chair yet. Not recorded: anything of the second group.
  files["groups/samrad-aldre.yaml"] =
      "id: samrad-aldre\nname: Äldres hälsa\ntype: consultation-group\nstatus: active\n"
      "reports_to: tjanstestyrgrupp\nmandate:\n  adopted: 2024-02-01\nprocess_lead:\n  - org: dal\n"
      "members:\n  - org: hsf\nlacks: [chair]\n";
  files["groups/samrad-psyk.yaml"] =
      "id: samrad-psyk\nname: Psykisk hälsa\ntype: consultation-group\nstatus: active\n"
      "reports_to: tjanstestyrgrupp\n";
  hok::AnnualFigures figures = figures_of(files);
  CHECK(figures.current.groups_established == share(1, 3, 1));
  CHECK(figures.current.groups_established.unknown() == 1);
  // A group still being established is not established, whatever else is recorded of it.
  files["groups/samrad-psyk.yaml"] =
      "id: samrad-psyk\nname: Psykisk hälsa\ntype: consultation-group\nstatus: establishing\n"
      "reports_to: tjanstestyrgrupp\n";
  CHECK(figures_of(files).current.groups_established == share(1, 3, 2));
}

TEST_CASE("each establishment criterion in three states", "[report][figures]") {
  Files files =
      gaps_base_with("groups/samrad-aldre.yaml",
                     "id: samrad-aldre\nname: Äldres hälsa\ntype: consultation-group\nstatus: active\n"
                     "reports_to: tjanstestyrgrupp\nmandate:\n  adopted: 2026-02-01\nchair:\n  - org: hsf\n"
                     "lacks: [process_lead, secretariat_nodes]\n");
  TempRegistry tree(files);
  hok::LoadResult loaded = tree.load();
  REQUIRE(loaded.registry);
  const hok::Group* group = loaded.registry->group("samrad-aldre");
  REQUIRE(group);
  using hok::Known;
  hok::EstablishmentCriteria criteria =
      hok::establishment_criteria(*loaded.registry, *group, hok::Date{2025, 12, 31}, 2025);
  CHECK(criteria.mandate == Known::no);  // adopted only after the day
  CHECK(criteria.chair == Known::yes);
  CHECK(criteria.process_lead == Known::no);
  CHECK(criteria.secretariat_node == Known::no);
  CHECK(criteria.both_sides == Known::unknown);  // only the region's chair is recorded
  CHECK(criteria.annual_plan == Known::unknown);
  CHECK(criteria.established() == Known::no);
  criteria = hok::establishment_criteria(*loaded.registry, *group, hok::Date{2026, 12, 31}, 2026);
  CHECK(criteria.mandate == Known::yes);
  CHECK(criteria.established() == Known::no);  // still no process lead
}

TEST_CASE("an agreement in force from the year counts only in the year", "[report][figures]") {
  Files files =
      gaps_base_with("agreements/vard.yaml",
                     "id: vard\ntitle: Vård\ntype: agreement\nstatus: in-force\nparties: [region, dal]\n"
                     "owner: samrad-barn\nvalid_from: 2025-02-01\n");
  hok::AnnualFigures figures = figures_of(files);
  CHECK(figures.current.agreements_in_force == 2);
  CHECK(figures.current.agreements_followed_up == 1);
  CHECK(figures.previous.agreements_in_force == 1);
}

TEST_CASE("an agreement that expired in the year was in force the year before", "[report][figures]") {
  Files files =
      gaps_base_with("agreements/gammal.yaml",
                     "id: gammal\ntitle: Gammal\ntype: agreement\nstatus: expired\nparties: [region, dal]\n"
                     "valid_from: 2020-01-01\nvalid_to: 2025-06-30\n");
  files["followups/gammal-2024.yaml"] = "id: gammal-2024\nsubject: gammal\nyear: 2024\ndate: 2024-10-01\n";
  hok::AnnualFigures figures = figures_of(files);
  CHECK(figures.current.agreements_in_force == 1);
  CHECK(figures.previous.agreements_in_force == 2);
  CHECK(figures.previous.agreements_followed_up == 1);
}

TEST_CASE("a draft never counts as in force", "[report][figures]") {
  hok::AnnualFigures figures = figures_of(
      gaps_base_with("agreements/utkast.yaml",
                     "id: utkast\ntitle: Utkast\ntype: agreement\nstatus: draft\nparties: [region, dal]\n"));
  CHECK(figures.current.agreements_in_force == 1);
}

TEST_CASE("a consultation group counts as established by the criteria of 003 §7.2", "[report][figures]") {
  SECTION("a mandate adopted in the year: established now, not the year before") {
    hok::AnnualFigures figures =
        figures_of(gaps_base_with("groups/samrad-aldre.yaml", kAldre + "mandate:\n  adopted: 2025-03-01\n"));
    CHECK(figures.current.groups_established == share(2, 2));
    // The year before, the mandate was not yet adopted: a recorded no, not an unknown.
    CHECK(figures.previous.groups_established == share(1, 2, 1));
  }
  SECTION("a group established in the year did not exist the year before") {
    hok::AnnualFigures figures = figures_of(gaps_base_with(
        "groups/samrad-aldre.yaml", kAldre + "established: 2025-02-01\nmandate:\n  adopted: 2025-03-01\n"));
    CHECK(figures.current.groups_established == share(2, 2));
    CHECK(figures.previous.groups_established == share(1, 1));
  }
  SECTION("seats from one side only are not representation of both") {
    hok::AnnualFigures figures = figures_of(
        gaps_base_with("groups/samrad-aldre.yaml",
                       "id: samrad-aldre\nname: Äldres hälsa\ntype: consultation-group\nstatus: active\n"
                       "reports_to: tjanstestyrgrupp\nmandate:\n  adopted: 2023-01-01\nchair:\n  - org: hsf\n"
                       "process_lead:\n  - org: region\n"));
    CHECK(figures.current.groups_established == share(1, 2));
  }
  SECTION("a planned group is not yet one of the groups") {
    hok::AnnualFigures figures =
        figures_of(gaps_base_with("groups/samrad-aldre.yaml",
                                  "id: samrad-aldre\nname: Äldres hälsa\ntype: consultation-group\nstatus: "
                                  "planned\nreports_to: tjanstestyrgrupp\n"));
    CHECK(figures.current.groups_established == share(1, 1));
  }
}

TEST_CASE("municipalities that adopted the main agreement, by the decisions' dates", "[report][figures]") {
  hok::AnnualFigures figures = figures_of(gaps_base_with(
      "agreements/hok.yaml",
      "id: hok\ntitle: HÖK\ntype: main-agreement\nstatus: in-force\nparties: [region, borg, dal, norr]\n"
      "adoption:\n  required: true\n  decisions:\n    - party: borg\n      date: 2024-05-01\n"
      "    - party: dal\n      date: 2025-03-01\n    - party: norr\n    - party: region\n      date: "
      "2024-01-01\n"));
  REQUIRE(figures.current.main_agreement_adopted);
  CHECK(*figures.current.main_agreement_adopted == share(3, 3));   // the region is not a municipality
  CHECK(*figures.previous.main_agreement_adopted == share(2, 3));  // norr's undated decision counts
}

TEST_CASE("open deviations: found by the day and not closed by it", "[report][figures]") {
  Files files = gaps_base_with("followups/bus-2025.yaml",
                               "id: bus-2025\nsubject: bus\nyear: 2025\ndate: 2025-03-01\ndeviations:\n"
                               "  - description: Stängd\n    closed: 2025-10-01\n"
                               "  - description: Öppen\n    due: 2026-06-30\n");
  files["followups/bus-2024.yaml"] =
      "id: bus-2024\nsubject: bus\nyear: 2024\ndate: 2024-11-01\ndeviations:\n"
      "  - description: Stängd året efter\n    closed: 2025-02-01\n";
  hok::AnnualFigures figures = figures_of(files);
  CHECK(figures.current.open_deviations == 1);
  CHECK(figures.previous.open_deviations == 1);
  CHECK(figures.current.agreements_followed_up == 1);
  CHECK(figures.previous.agreements_followed_up == 1);
}

TEST_CASE("a registry with no data has only zeros", "[report][figures]") {
  hok::AnnualFigures figures = figures_of({{"hok.yaml", "hok: 1\nname: Tomt\n"}});
  CHECK(figures.current.agreements_in_force == 0);
  CHECK(figures.current.agreements_followed_up == 0);
  CHECK(figures.current.areas_with_ksa == share(0, 0));
  CHECK(figures.current.groups_established == share(0, 0));
  CHECK_FALSE(figures.current.main_agreement_adopted.has_value());
  CHECK(figures.current.open_deviations == 0);
  CHECK(figures.previous.agreements_in_force == 0);
}

TEST_CASE("a report date inside the year judges the year as of that day", "[report][figures]") {
  TempRegistry tree(gaps_base_with(
      "functions/ksa-dal.yaml",
      "id: ksa-dal\nroles: [ksa]\narea: dal\nholder: dal\nstatus: active\nappointed: 2025-09-01\n"));
  hok::LoadResult loaded = tree.load();
  hok::AnnualFigures figures = hok::compute_annual_figures(*loaded.registry, 2025, hok::Date{2025, 6, 30});
  CHECK(figures.current.areas_with_ksa == share(2, 3));
  CHECK(figures.current.agreements_followed_up == 1);  // done 2025-03-01
}

TEST_CASE("the follow-up of a year done early the next year counts for the year", "[report][figures]") {
  hok::AnnualFigures figures =
      figures_of(gaps_base_with("followups/bus-2025.yaml",
                                "id: bus-2025\nsubject: bus\nyear: 2025\ndate: 2026-01-28\ndeviations:\n"
                                "  - description: Öppen\n"));
  CHECK(figures.current.agreements_followed_up == 1);
  CHECK(figures.current.open_deviations == 1);
  CHECK(figures.previous.open_deviations == 0);
}
