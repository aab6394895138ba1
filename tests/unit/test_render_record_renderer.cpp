#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "app/record_usage.hpp"
#include "render/record_renderer.hpp"
#include "test_support.hpp"

using hok::test::TempRegistry;

namespace {

const hok::test::Files kTree = {
    {"groups/vis.yaml", "id: vis\nname: VIS\ntype: political-steering\nstatus: active\n"},
    {"groups/barn.yaml",
     "id: barn\nname: \"Barn: och unga\"\ntype: consultation-group\nstatus: active\nreports_to: vis\n"
     "mandate:\n  purposes: [manage-agreements]\ndescription: |\n  Rad ett.\n  Rad två.\n"},
};

}  // namespace

TEST_CASE("show text: fields as YAML, references with file:line:col, the verdict", "[render][record_renderer]") {
  TempRegistry tree(kTree);
  auto load = tree.load();
  auto usage = hok::find_record_usage(*load.registry, "barn");
  REQUIRE(usage);
  std::string text = hok::render_record_text(*usage);
  CHECK(text.rfind("groups/barn.yaml: group barn \"Barn: och unga\"\n", 0) == 0);
  CHECK(text.find("\n  name: \"Barn: och unga\"\n") != std::string::npos);
  CHECK(text.find("\n  mandate:\n    purposes:\n      - manage-agreements\n") != std::string::npos);
  CHECK(text.find("\n  description: |\n    Rad ett.\n    Rad två.\n") != std::string::npos);
  CHECK(text.find("Refers to (1):\n  groups/barn.yaml:5:13: reports_to → group vis \"VIS\"\n") != std::string::npos);
  CHECK(text.find("Referred to by (0):\n  nothing\n") != std::string::npos);
  CHECK(text.find("Can it be deleted? Yes") != std::string::npos);

  auto vis = hok::find_record_usage(*load.registry, "vis");
  std::string vis_text = hok::render_record_text(*vis);
  CHECK(vis_text.find("Referred to by (1):\n  groups/barn.yaml:5:13: group barn \"Barn: och unga\", field reports_to\n") !=
        std::string::npos);
  CHECK(vis_text.find("Can it be deleted? Not yet: 1 place in 1 file names vis. Change it first") != std::string::npos);
}

TEST_CASE("show json: the same facts for tools", "[render][record_renderer]") {
  TempRegistry tree(kTree);
  auto load = tree.load();
  auto usage = hok::find_record_usage(*load.registry, "vis");
  auto json = nlohmann::json::parse(hok::render_record_json(*usage));
  CHECK(json["id"] == "vis");
  CHECK(json["kind"] == "groups");
  CHECK(json["file"] == "groups/vis.yaml");
  CHECK(json["fields"]["type"] == "political-steering");
  CHECK(json["references"].empty());
  REQUIRE(json["referenced_by"].size() == 1);
  CHECK(json["referenced_by"][0]["id"] == "barn");
  CHECK(json["referenced_by"][0]["field"] == "reports_to");
  CHECK(json["referenced_by"][0]["line"] == 5);
  CHECK(json["deletable"] == false);
}

TEST_CASE("YAML text escapes control characters and quotes what needs it", "[render][record_renderer]") {
  nlohmann::ordered_json value = {{"a", "yes"}, {"b", "x\x1b[31m"}, {"c", nlohmann::ordered_json::array()},
                                  {"d", {{"e", 3}}}, {"f", "one\n\x1b two\n"}};
  std::string text = hok::render_yaml_text(value, 0);
  CHECK(text == "a: \"yes\"\nb: \"x\\x1b[31m\"\nc: []\nd:\n  e: 3\nf: |\n  one\n  \\x1b two\n");
}

TEST_CASE("lists of mappings put the first key on the dash's line", "[render][record_renderer]") {
  nlohmann::ordered_json value = {{"core", {{{"org", "hsf"}, {"count", 2}}, {{"org", "storsthlm"}}}}};
  CHECK(hok::render_yaml_text(value, 2) == "  core:\n    - org: hsf\n      count: 2\n    - org: storsthlm\n");
}
