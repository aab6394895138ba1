#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include "model/record_builder.hpp"
#include "test_support.hpp"

using hok::test::TempRegistry;

TEST_CASE("records keep their fields and where list items sit", "[model][builder]") {
  TempRegistry tree({
      {"groups/vis.yaml",
       "id: vis\nname: VIS\ntype: political-steering\nstatus: active\n"
       "members:\n  - org: storsthlm\n  - org: region\n    count: 3\n"
       "responsibilities:\n  - name: BUS\n"},
      {"agreements/hok.yaml",
       "id: hok\ntitle: Huvudöverenskommelse\ntype: main-agreement\nstatus: in-force\n"
       "adoption:\n  required: true\n  decisions:\n    - party: nacka\n      date: 2022-01-01\n"},
      {"people/anna.yaml", "id: anna\nname: Anna\norganisation: region\ntitle: Chef\n"},
  });
  auto result = tree.load();
  const hok::Registry& registry = *result.registry;
  const hok::Group* vis = registry.group("vis");
  REQUIRE(vis != nullptr);
  REQUIRE(vis->members.size() == 2);
  CHECK(vis->members[0].count == 1);
  CHECK(vis->members[1].count == 3);
  CHECK(vis->members[1].pointer == "/members/1");
  REQUIRE(vis->responsibilities.size() == 1);
  CHECK(vis->responsibilities[0].pointer == "/responsibilities/0");
  CHECK_FALSE(vis->responsibilities[0].taken_over_by.has_value());

  const hok::Agreement* hok_agreement = registry.agreement("hok");
  REQUIRE(hok_agreement != nullptr);
  CHECK(hok_agreement->name == "Huvudöverenskommelse");
  REQUIRE(hok_agreement->adoption.has_value());
  CHECK(hok_agreement->adoption->required);
  REQUIRE(hok_agreement->adoption->decisions.size() == 1);
  CHECK(hok_agreement->adoption->decisions[0].pointer == "/adoption/decisions/0");
  CHECK(hok_agreement->adoption->decisions[0].date == "2022-01-01");

  REQUIRE(registry.people.size() == 1);
  CHECK(registry.people[0].name == "Anna");
  CHECK(registry.people[0].title == "Chef");
}

TEST_CASE("values of the wrong type are left empty instead of failing", "[model][builder]") {
  TempRegistry tree({
      {"municipalities/nacka.yaml", "id: nacka\nname: Nacka\ncode: 0182\nsubregion: [a]\n"},
      {"plans/plan.yaml",
       "id: 12\ntitle: Plan\nperiod: 2024\ngoals:\n  - just text\n  - id: g1\n    year: soon\n"},
      {"followups/f.yaml", "subject: bus\nyear: 2023.5\ndeviations: none\n"},
      {"districts/list.yaml", "- a\n- b\n"},
  });
  auto result = tree.load();
  const hok::Registry& registry = *result.registry;
  const hok::Municipality* nacka = registry.municipality("nacka");
  REQUIRE(nacka != nullptr);
  CHECK(nacka->code.empty());
  CHECK(nacka->subregion.empty());

  REQUIRE(registry.plans.size() == 1);
  CHECK(registry.plans[0].id == "plan");
  CHECK(registry.plans[0].period_from == 0);
  REQUIRE(registry.plans[0].goals.size() == 1);
  CHECK(registry.plans[0].goals[0].pointer == "/goals/1");
  CHECK(registry.plans[0].goals[0].year == 0);

  REQUIRE(registry.followups.size() == 1);
  CHECK(registry.followups[0].id == "f");
  CHECK(registry.followups[0].year == 0);
  CHECK(registry.followups[0].deviations.empty());

  // A top level that is no mapping is the loader's to report; references to the id still resolve.
  CHECK((registry.district("list") != nullptr || registry.unreadable_ids.count("list") == 1));
}

TEST_CASE("hok.yaml fills the settings, with defaults for what it leaves out", "[model][builder]") {
  TempRegistry tree(
      hok::test::Files{{"hok.yaml",
                        "hok: 1\nname: Test\npublish_contacts: true\nseverity:\n  G013: off\n"
                        "waivers:\n  - rule: G002\n    subject: nacka\n    reason: pending\n"
                        "    until: 2030-01-01\n"}});
  auto result = tree.load();
  const hok::RegistrySettings& settings = result.registry->settings;
  CHECK(settings.format_version == 1);
  CHECK(settings.name == "Test");
  CHECK(settings.language == "sv");
  CHECK(settings.publish_contacts);
  REQUIRE(settings.severity.size() == 1);
  CHECK(settings.severity[0] == std::pair<std::string, std::string>("G013", "off"));
  REQUIRE(settings.waivers.size() == 1);
  CHECK(settings.waivers[0].subject == "nacka");
  CHECK(settings.waivers[0].pointer == "/waivers/0");
}

TEST_CASE("a file without data adds nothing; data that is no mapping keeps the file's id",
          "[model][builder]") {
  hok::Registry registry;
  auto file = [](std::string kind, std::string stem, std::optional<nlohmann::json> data) {
    auto source = std::make_shared<hok::SourceFile>();
    source->path = kind + "/" + stem + ".yaml";
    source->kind = std::move(kind);
    source->stem = std::move(stem);
    source->data = std::move(data);
    return hok::SourceFilePtr(source);
  };
  hok::add_record(registry, file("groups", "unread", std::nullopt));
  hok::add_record(registry, file("elsewhere", "stray", nlohmann::json::object()));
  hok::add_record(registry, file("groups", "listed", nlohmann::json::array({1, 2})));
  hok::add_record(registry, file("groups", "numbered", nlohmann::json{{"id", 7}, {"members", 3}}));
  registry.build_index();
  CHECK(registry.record_count() == 2);
  CHECK(registry.group("listed") != nullptr);
  REQUIRE(registry.group("numbered") != nullptr);
  CHECK(registry.group("numbered")->members.empty());
}

TEST_CASE("records built in slots on two threads keep the files' order and skip files without data",
          "[model][builder]") {
  hok::Registry registry;
  hok::add_record(registry, [] {
    auto source = std::make_shared<hok::SourceFile>();
    source->path = "groups/first.yaml";
    source->kind = "groups";
    source->stem = "first";
    source->data = nlohmann::json{{"id", "first"}};
    return hok::SourceFilePtr(source);
  }());
  // 200 files: groups and people in turn, every seventh without data, one outside any kind.
  std::vector<std::string> kinds;
  std::vector<hok::SourceFilePtr> files;
  for (int i = 0; i < 200; ++i) {
    auto source = std::make_shared<hok::SourceFile>();
    source->kind = i == 100 ? "elsewhere" : (i % 2 == 0 ? "groups" : "people");
    source->stem = "r" + std::to_string(1000 + i);
    source->path = source->kind + "/" + source->stem + ".yaml";
    if (i % 7 != 3) source->data = nlohmann::json{{"id", source->stem}};
    kinds.push_back(source->kind);
    files.push_back(source);
  }
  hok::RecordSlots slots(registry, kinds);
  std::atomic<std::size_t> built{0};
  auto work = [&](std::size_t from) {
    for (std::size_t i = from; i < files.size(); i += 2) built += slots.build(i, files[i]) ? 1 : 0;
  };
  std::thread other(work, 1);
  work(0);
  other.join();
  slots.finish();

  std::vector<std::string> groups, people;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!files[i]->data || i == 100) continue;
    (kinds[i] == "groups" ? groups : people).push_back(files[i]->stem);
  }
  CHECK(built == groups.size() + people.size());
  REQUIRE(registry.groups.size() == groups.size() + 1);
  CHECK(registry.groups[0].id == "first");
  for (std::size_t i = 0; i < groups.size(); ++i) CHECK(registry.groups[i + 1].id == groups[i]);
  REQUIRE(registry.people.size() == people.size());
  for (std::size_t i = 0; i < people.size(); ++i) {
    CHECK(registry.people[i].id == people[i]);
    CHECK(registry.people[i].kind == hok::Kind::Person);
  }
  CHECK(registry.municipalities.empty());
}
