#include <catch2/catch.hpp>

#include "app/record_usage.hpp"
#include "test_support.hpp"

using hok::test::TempRegistry;

namespace {

const hok::test::Files kTree = {
    {"hok.yaml",
     "hok: 1\nname: Test\nsecretariat: sekretariat\nwaivers:\n"
     "  - rule: G001\n    subject: bus\n    reason: ny\n    until: 2030-01-01\n"},
    {"groups/vis.yaml", "id: vis\nname: VIS\ntype: political-steering\nstatus: active\n"},
    {"groups/sekretariat.yaml",
     "id: sekretariat\nname: Sekretariatet\ntype: secretariat\nstatus: active\nreports_to: vis\n"},
    {"groups/barn.yaml", "id: barn\nname: Barn\ntype: consultation-group\nstatus: active\nreports_to: vis\n"},
    {"agreements/bus.yaml",
     "id: bus\ntitle: BUS\ntype: agreement\nstatus: in-force\nowner: barn\nrelated_groups: [vis, saknas]\n"},
};

}  // namespace

TEST_CASE("a record's outgoing references come in file order, with their targets", "[app][record_usage]") {
  TempRegistry tree(kTree);
  auto load = tree.load();
  auto usage = hok::find_record_usage(*load.registry, "bus");
  REQUIRE(usage);
  REQUIRE(usage->references.size() == 3);
  CHECK(usage->references[0].reference.field == "owner");
  CHECK(usage->references[0].location.line == 5);
  REQUIRE(usage->references[0].other != nullptr);
  CHECK(usage->references[0].other->id == "barn");
  CHECK(usage->references[1].reference.target == "vis");
  CHECK(usage->references[2].reference.target == "saknas");
  CHECK(usage->references[2].other == nullptr);
}

TEST_CASE("every place that refers to a record is listed, hok.yaml and waivers included", "[app][record_usage]") {
  TempRegistry tree(kTree);
  auto load = tree.load();
  auto vis = hok::find_record_usage(*load.registry, "vis");
  REQUIRE(vis);
  REQUIRE(vis->referenced_by.size() == 3);
  CHECK(vis->referenced_by[0].location.file == "agreements/bus.yaml");
  CHECK(vis->referenced_by[0].reference.field == "related_groups[1]");
  CHECK(vis->referenced_by[1].location.file == "groups/barn.yaml");
  CHECK(vis->referenced_by[1].location.line == 5);
  CHECK(vis->referenced_by[1].location.column == 13);
  CHECK(vis->referenced_by[2].location.file == "groups/sekretariat.yaml");
  CHECK_FALSE(vis->deletable());

  auto secretariat = hok::find_record_usage(*load.registry, "sekretariat");
  REQUIRE(secretariat);
  REQUIRE(secretariat->referenced_by.size() == 1);
  CHECK(secretariat->referenced_by[0].location.file == "hok.yaml");
  CHECK(secretariat->referenced_by[0].other == nullptr);

  auto bus = hok::find_record_usage(*load.registry, "bus");
  REQUIRE(bus);
  CHECK(bus->referenced_by.empty());
  REQUIRE(bus->waivers.size() == 1);
  CHECK(bus->waivers[0].file == "hok.yaml");
  CHECK(bus->waivers[0].line == 6);
  CHECK_FALSE(bus->deletable());
}

TEST_CASE("a record nothing refers to may be deleted", "[app][record_usage]") {
  TempRegistry tree(hok::test::Files{{"groups/vis.yaml", "id: vis\nname: VIS\ntype: political-steering\nstatus: active\n"}});
  auto load = tree.load();
  auto usage = hok::find_record_usage(*load.registry, "vis");
  REQUIRE(usage);
  CHECK(usage->deletable());
}

TEST_CASE("fields keep the file's order, not the alphabet's", "[app][record_usage]") {
  TempRegistry tree(kTree);
  auto load = tree.load();
  auto usage = hok::find_record_usage(*load.registry, "bus");
  REQUIRE(usage);
  std::vector<std::string> keys;
  for (const auto& item : usage->fields.items()) keys.push_back(item.key());
  CHECK(keys == std::vector<std::string>{"id", "title", "type", "status", "owner", "related_groups"});
}

TEST_CASE("an unknown id has no usage, and the nearest id is suggested", "[app][record_usage]") {
  TempRegistry tree(kTree);
  auto load = tree.load();
  CHECK_FALSE(hok::find_record_usage(*load.registry, "sekretariatet"));
  CHECK(hok::suggest_record_id(*load.registry, "sekretariatet") == std::optional<std::string>("sekretariat"));
}
