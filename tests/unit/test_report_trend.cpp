// The report's trend and its key-figure changes: every year from the HÖK's start, each from the
// registry as it stood at the year's end where that state is given, else from the records' dates
// (marked); and "Förändring" never ±0 where the figures are not known.
#include <catch2/catch.hpp>

#include "app/validation.hpp"
#include "report/annual_report.hpp"
#include "test_support.hpp"

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const hok::Registry& example() {
  static hok::ValidationResult validation = hok::validate_registry(HOK_SOURCE_DIR "/examples/minimal");
  return *validation.load.registry;
}

std::string render(const hok::ReportOptions& base) {
  hok::ReportOptions options = base;
  options.year = 2026;
  options.as_of = hok::Date{2026, 12, 31};
  options.format = hok::ReportFormat::Markdown;
  options.language = "sv";
  return hok::render_annual_report(example(), options, nullptr);
}

// The report with an empty registry as the saved state of the end of 2024 (no agreement was in
// force then); the other earlier years from the dates.
std::string render_with_empty_2024() {
  hok::test::TempRegistry empty(hok::test::Files{{"hok.yaml", "hok: 1\nname: Tomt\n"}});
  hok::LoadResult loaded = empty.load();
  REQUIRE(loaded.registry);
  hok::ReportOptions options;
  options.trend[2024] = loaded.registry.get();
  return render(options);
}

}  // namespace

TEST_CASE("the trend starts the year the main agreement took effect", "[report][trend]") {
  CHECK(hok::trend_first_year(example(), 2026) == 2022);  // HÖK valid from 2022-09-01
  CHECK(hok::trend_first_year(example(), 2040) == 2031);  // at most ten years
  hok::test::TempRegistry empty(hok::test::Files{{"hok.yaml", "hok: 1\nname: Tomt\n"}});
  hok::LoadResult loaded = empty.load();
  REQUIRE(loaded.registry);
  CHECK(hok::trend_first_year(*loaded.registry, 2026) == 2022);  // without one: five years
}

TEST_CASE("each earlier year of the trend comes from its own state where one is given", "[report][trend]") {
  // Without states, every earlier year is counted from the dates, and marked.
  const std::string dated = render({});
  CHECK(contains(dated, "## Utvecklingen över åren"));
  CHECK(contains(dated, "| Nyckeltal | 2022 ² | 2023 ² | 2024 ² | 2025 ² | 2026 |"));
  CHECK(contains(dated, "² Det finns ingen sparad version av registret från slutet av året"));
  // An empty registry as the state of 2024: no agreement was in force then.
  const std::string kept = render_with_empty_2024();
  CHECK(contains(kept, "| Nyckeltal | 2022 ² | 2023 ² | 2024 | 2025 ² | 2026 |"));
  const auto row = kept.find("| Gällande överenskommelser |", kept.find("## Utvecklingen över åren"));
  REQUIRE(row != std::string::npos);
  const std::string line = kept.substr(row, kept.find('\n', row) - row);
  INFO(line);
  CHECK(contains(line, "| 0 |"));  // 2024, from the empty state
}

TEST_CASE("the trend's chart shows only years saved at their end, and needs two", "[report][trend]") {
  // From the dates alone, every earlier year repeats today's undated records: no chart.
  const std::string dated = render({});
  CHECK(contains(dated, "*Utvecklingen visas som diagram först när registret finns sparat från minst två årsskiften"));
  CHECK_FALSE(contains(dated, "x-axis [\"2022\""));
  // 2024 saved, and the report's own year: a chart of those two years only.
  const std::string kept = render_with_empty_2024();
  INFO(kept);
  CHECK(contains(kept, "x-axis [\"2024\", \"2026\"]"));
  CHECK_FALSE(contains(kept, "Utvecklingen visas som diagram först"));
}

TEST_CASE("a change between two years with unknowns is not printed as ±0", "[report][unknown]") {
  // examples/minimal records every local area's KSA and GSA in both years, but no chair or
  // process lead for some groups: the change of a share that is not fully known is "uppgift
  // saknas" when the recorded counts are equal, and a plain ±0 only where everything is known.
  const std::string md = render({});
  const auto summary = md.find("## Sammanfattning");
  const auto end = md.find("## Sekretariatets bedömning");
  REQUIRE(summary != std::string::npos);
  const std::string table = md.substr(summary, end - summary);
  INFO(table);
  for (std::size_t start = table.find("| "); start != std::string::npos; start = table.find("\n| ", start + 1)) {
    const std::string line = table.substr(start, table.find('\n', start + 1) - start);
    if (contains(line, "uppgift saknas för")) CHECK_FALSE(contains(line, "±0"));
  }
}

TEST_CASE("the trend says what is not recorded as such, never as a count of what is missing", "[report][trend]") {
  // examples/minimal: one of its four local areas has no KSA recorded in 2022. "3 (1 saknas)"
  // would read as one area without a KSA.
  const std::string md = render({});
  const auto trend = md.find("## Utvecklingen över åren");
  REQUIRE(trend != std::string::npos);
  const std::string part = md.substr(trend, md.find("\n## ", trend + 1) - trend);
  INFO(part);
  CHECK(contains(part, R"(| 3 \(uppgift saknas för 1\) |)"));  // Markdown escapes the parentheses
  CHECK_FALSE(contains(part, R"(1 saknas)"));
}
