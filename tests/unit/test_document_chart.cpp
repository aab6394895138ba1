// The report's charts: labels shortened by characters (not bytes), bars scaled to the chart's
// maximum, and Mermaid that a label cannot break.
#include <catch2/catch.hpp>

#include "document/chart.hpp"

TEST_CASE("a long label is cut by characters with an ellipsis", "[report][chart]") {
  CHECK(hok::shorten("Älvby", 10) == "Älvby");
  CHECK(hok::shorten("Överenskommelse", 5) == "Över\u2026");
  CHECK(hok::shorten("abcde", 5) == "abcde");
  CHECK(hok::shorten("abcdef", 5) == "abcd\u2026");
}

TEST_CASE("bars are scaled to the chart's maximum and labelled", "[report][chart]") {
  hok::BarChart chart;
  chart.title = "Täckning";
  chart.series = {"KSA", "GSA"};
  chart.max = 100;
  chart.rows.push_back({"Södra", {50, 100}, {"1 av 2", "2 av 2"}});
  kainjow::mustache::data data = hok::svg_chart_data(chart, "chart-1");
  kainjow::mustache::mustache view(
      "{{#rows}}{{#bars}}{{width}}:{{value_label}};{{/bars}}{{/rows}}|{{#legend}}{{label}},{{/"
      "legend}}|{{description}}");
  CHECK(view.render(data) == "170:1 av 2;340:2 av 2;|KSA,GSA,|Södra: KSA 1 av 2, GSA 2 av 2");
}

TEST_CASE("a pie becomes a Mermaid pie, bars one xychart per series", "[report][chart]") {
  hok::BarChart pie;
  pie.type = hok::BarChart::Type::Pie;
  pie.title = "Resultat";
  pie.series = {"Uppföljningar"};
  pie.rows.push_back({"Uppfylld \"helt\"", {3}, {}});
  auto charts = hok::mermaid_charts(pie);
  REQUIRE(charts.size() == 1);
  CHECK(charts[0] == "pie title Resultat\n    \"Uppfylld #quot;helt#quot;\" : 3\n");

  hok::BarChart bars;
  bars.title = "Täckning";
  bars.series = {"KSA", "GSA"};
  bars.max = 100;
  bars.rows.push_back({"Södra", {50, 100}, {}});
  charts = hok::mermaid_charts(bars);
  REQUIRE(charts.size() == 2);
  CHECK(charts[1] ==
        "xychart-beta\n    title \"Täckning \u2013 GSA\"\n    x-axis [\"Södra\"]\n    y-axis \"GSA\" 0 --> "
        "100\n"
        "    bar [100]\n");
}
