#include <catch2/catch.hpp>

#include "core/finding_catalog.hpp"
#include "schema/portal_labels.hpp"
#include "schema/suggestions.hpp"

using namespace hok;
using nlohmann::json;

TEST_CASE("dates written the common other ways become YYYY-MM-DD", "[schema][suggestions]") {
  CHECK(as_iso_date("15 mars 2023") == std::optional<std::string>("2023-03-15"));
  CHECK(as_iso_date("2023-3-5") == std::optional<std::string>("2023-03-05"));
  CHECK(as_iso_date("2023/03/15") == std::optional<std::string>("2023-03-15"));
  CHECK(as_iso_date("15/3/2023") == std::optional<std::string>("2023-03-15"));
  CHECK(as_iso_date("15.3.2023") == std::optional<std::string>("2023-03-15"));
  CHECK(as_iso_date("20230315") == std::optional<std::string>("2023-03-15"));
  CHECK(as_iso_date("March 15, 2023") == std::optional<std::string>("2023-03-15"));
  CHECK(as_iso_date("1 maj 2023") == std::optional<std::string>("2023-05-01"));
  // Not a real date, or not a date at all: no corrected line.
  CHECK_FALSE(as_iso_date("29 februari 2023"));
  CHECK_FALSE(as_iso_date("2023-13-01"));
  CHECK_FALSE(as_iso_date("snart"));
  CHECK_FALSE(as_iso_date("3/15"));
}

TEST_CASE("a list is built from what was written, in the schema's values", "[schema][suggestions]") {
  const json roles = json::parse(R"({"type": "array", "items": {"type": "string", "enum": ["ksa", "gsa"]}})");
  CHECK(as_flow_list(roles, roles, "KSA") == "[ksa]");
  CHECK(as_flow_list(roles, roles, "KSA, gsa") == "[ksa, gsa]");
  const json ids = json::parse(R"({"type": "array", "items": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}})");
  CHECK(as_flow_list(ids, ids, "Alvby, Björkö") == "[alvby, bjorko]");
}

TEST_CASE("the portal's labels are read from its catalogues", "[schema][suggestions]") {
  const auto& labels = PortalLabels::instance();
  CHECK(labels.field("owner") == std::vector<std::string>{"Ägare", "Owner"});
  const std::vector<std::string> statuses{"draft", "in-force", "under-revision", "expired", "replaced"};
  CHECK(labels.value(statuses, "in-force") == std::vector<std::string>{"Gällande", "In force"});
  // Values no label group covers have no labels.
  CHECK(labels.value({"in-force", "no-such-value"}, "in-force").empty());
}

TEST_CASE("a suggestion names the label that matched", "[schema][suggestions]") {
  const json statuses = json::parse(R"(["draft", "in-force", "expired"])");
  auto hint = named_suggestion("gällande", labelled_values(statuses));
  REQUIRE(hint);
  CHECK(FindingCatalog::find("sv")->render(*hint) == "menade du `in-force` (Gällande)?");
  CHECK(FindingCatalog::english().render(*hint) == "did you mean `in-force` (Gällande)?");
  hint = named_suggestion("in-forse", labelled_values(statuses));
  REQUIRE(hint);
  CHECK(FindingCatalog::english().render(*hint) == "did you mean 'in-force'?");
  CHECK_FALSE(named_suggestion("in-force", labelled_values(statuses)));
}
