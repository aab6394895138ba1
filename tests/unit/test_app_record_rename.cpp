#include <catch2/catch.hpp>

#include <fstream>

#include "app/record_rename.hpp"
#include "load/registry_loader.hpp"
#include "render/rename_renderer.hpp"
#include "test_support.hpp"

using hok::test::TempRegistry;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Every file in the tree (temporary files included) → its text.
hok::test::Files snapshot(const fs::path& root) {
  hok::test::Files files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) files[fs::relative(entry.path(), root).generic_string()] = read(entry.path());
  }
  return files;
}

const hok::test::Files kTree = {
    {"hok.yaml",
     "hok: 1\nname: Test\nsecretariat: sekretariat   # the joint secretariat\nwaivers:\n"
     "  - rule: G001\n    subject: barn\n    reason: ny\n    until: 2030-01-01\n"
     "  - rule: G002\n    subject: 'barn'\n    reason: ny\n    until: 2030-01-01\n"},
    {"groups/vis.yaml", "id: vis\nname: VIS\ntype: political-steering\nstatus: active\n"},
    {"groups/sekretariat.yaml",
     "id: sekretariat\nname: Sekretariatet\ntype: secretariat\nstatus: active\nreports_to: vis\n"},
    {"groups/barn.yaml",
     "# Barn och unga\nid: barn   # keep this comment\nname: Barn\ntype: consultation-group\nstatus: active\n"
     "reports_to: \"vis\"\n"},
    {"groups/unga/ungdom.yaml",
     "id: ungdom\nname: Ungdom\ntype: working-group\nstatus: active\nreports_to: 'barn'\n"},
    {"organisations/region.yaml", "id: region\nname: Region\ntype: region\nside: region\n"},
    {"agreements/bus.yaml",
     "id: bus\ntitle: BUS\ntype: agreement\nstatus: in-force\nowner: barn\n"
     "related_groups: [vis, barn]\n"},
    {"agreements/lista.yaml",
     "id: lista\ntitle: Lista\ntype: agreement\nstatus: in-force\nrelated_groups:\n  - vis\n  # barn first\n"
     "  - barn\ndecided:\n  by: \"barn\"  # quoted\n"},
};

}  // namespace

TEST_CASE("byte_offset_of counts columns in characters, not bytes", "[app][record_rename]") {
  std::string text = "a: 1\nnamn: \"Åsa Öberg\", x\r\nsista";
  CHECK(hok::byte_offset_of(text, 1, 1) == 0u);
  CHECK(hok::byte_offset_of(text, 2, 1) == 5u);
  // "Åsa Öberg" has two 2-byte letters: the 20th character sits 2 bytes further on.
  auto offset = hok::byte_offset_of(text, 2, 20);
  REQUIRE(offset);
  CHECK(text.substr(*offset, 1) == "x");
  CHECK(hok::byte_offset_of(text, 3, 1) == text.find("sista"));
  CHECK_FALSE(hok::byte_offset_of(text, 4, 1));
  CHECK_FALSE(hok::byte_offset_of(text, 1, 9));
  CHECK_FALSE(hok::byte_offset_of(text, 0, 1));
}

TEST_CASE("a rename changes the file, the id and every reference, and only their characters",
          "[app][record_rename]") {
  TempRegistry tree(kTree);
  hok::RenameResult result = hok::rename_record(tree.root(), "barn", "barn-unga", false);
  CHECK(result.written);
  CHECK(result.plan.old_file == "groups/barn.yaml");
  CHECK(result.plan.new_file == "groups/barn-unga.yaml");
  CHECK(result.plan.reference_count == 7);

  hok::test::Files after = snapshot(tree.root());
  hok::test::Files expected = kTree;
  expected.erase("groups/barn.yaml");
  expected["groups/barn-unga.yaml"] =
      "# Barn och unga\nid: barn-unga   # keep this comment\nname: Barn\ntype: consultation-group\nstatus: active\n"
      "reports_to: \"vis\"\n";
  expected["groups/unga/ungdom.yaml"] =
      "id: ungdom\nname: Ungdom\ntype: working-group\nstatus: active\nreports_to: 'barn-unga'\n";
  expected["agreements/bus.yaml"] =
      "id: bus\ntitle: BUS\ntype: agreement\nstatus: in-force\nowner: barn-unga\nrelated_groups: [vis, barn-unga]\n";
  expected["agreements/lista.yaml"] =
      "id: lista\ntitle: Lista\ntype: agreement\nstatus: in-force\nrelated_groups:\n  - vis\n  # barn first\n"
      "  - barn-unga\ndecided:\n  by: \"barn-unga\"  # quoted\n";
  expected["hok.yaml"] =
      "hok: 1\nname: Test\nsecretariat: sekretariat   # the joint secretariat\nwaivers:\n"
      "  - rule: G001\n    subject: barn-unga\n    reason: ny\n    until: 2030-01-01\n"
      "  - rule: G002\n    subject: 'barn-unga'\n    reason: ny\n    until: 2030-01-01\n";
  CHECK(after == expected);

  REQUIRE(result.after);
  for (const hok::Finding& finding : result.after->findings) CHECK(finding.severity != hok::Severity::Error);
  CHECK(result.after->load.registry->find("barn-unga") != nullptr);
  CHECK(result.after->load.registry->find("barn") == nullptr);
}

TEST_CASE("hok.yaml's secretariat is renamed with its comment kept", "[app][record_rename]") {
  TempRegistry tree(kTree);
  hok::rename_record(tree.root(), "sekretariat", "vis-processledning", false);
  CHECK(read(tree.root() / "hok.yaml").rfind(
            "hok: 1\nname: Test\nsecretariat: vis-processledning   # the joint secretariat\n", 0) == 0);
  CHECK(fs::exists(tree.root() / "groups/vis-processledning.yaml"));
  CHECK_FALSE(fs::exists(tree.root() / "groups/sekretariat.yaml"));
}

TEST_CASE("a record in a subfolder stays in its folder", "[app][record_rename]") {
  TempRegistry tree(kTree);
  hok::rename_record(tree.root(), "ungdom", "ungdomsgrupp", false);
  CHECK(read(tree.root() / "groups/unga/ungdomsgrupp.yaml").rfind("id: ungdomsgrupp\n", 0) == 0);
}

TEST_CASE("a CRLF file stays CRLF and Swedish letters before the reference are stepped over",
          "[app][record_rename]") {
  hok::test::Files files = kTree;
  files["groups/styr.yaml"] =
      "id: styr\r\nname: Styrgruppen för äldre\r\ntype: working-group\r\nstatus: active\r\n"
      "members:\r\n  - {role: \"ordförande, Länsövergripande\", org: region}   # åäö\r\n"
      "reports_to: barn\r\n";
  TempRegistry tree(files);
  hok::rename_record(tree.root(), "region", "region-stockholm", false);
  hok::rename_record(tree.root(), "barn", "barn-unga", false);
  CHECK(read(tree.root() / "groups/styr.yaml") ==
        "id: styr\r\nname: Styrgruppen för äldre\r\ntype: working-group\r\nstatus: active\r\n"
        "members:\r\n  - {role: \"ordförande, Länsövergripande\", org: region-stockholm}   # åäö\r\n"
        "reports_to: barn-unga\r\n");
}

TEST_CASE("a new id that a plain YAML value would read as a number is written quoted", "[app][record_rename]") {
  TempRegistry tree(kTree);
  hok::RenameResult result = hok::rename_record(tree.root(), "vis", "0114", false);
  CHECK(read(tree.root() / "groups/0114.yaml").rfind("id: \"0114\"\n", 0) == 0);
  CHECK(read(tree.root() / "groups/barn.yaml").find("reports_to: \"0114\"\n") != std::string::npos);
  CHECK(read(tree.root() / "agreements/bus.yaml").find("related_groups: [\"0114\", barn]\n") != std::string::npos);
  REQUIRE(result.after);
  CHECK(result.after->load.registry->find("0114") != nullptr);
}

TEST_CASE("a dry run lists file:line: old → new and writes nothing", "[app][record_rename]") {
  TempRegistry tree(kTree);
  hok::test::Files before = snapshot(tree.root());
  hok::RenameResult result = hok::rename_record(tree.root(), "barn", "barn-unga", true);
  CHECK_FALSE(result.written);
  CHECK_FALSE(result.after);
  CHECK(snapshot(tree.root()) == before);
  CHECK(hok::render_rename_text(result.plan, false) ==
        "would rename groups/barn.yaml → groups/barn-unga.yaml\n"
        "groups/barn.yaml:2: id: barn   # keep this comment → id: barn-unga   # keep this comment\n"
        "agreements/bus.yaml:5: owner: barn → owner: barn-unga\n"
        "agreements/bus.yaml:6: related_groups: [vis, barn] → related_groups: [vis, barn-unga]\n"
        "agreements/lista.yaml:8: - barn → - barn-unga\n"
        "agreements/lista.yaml:10: by: \"barn\"  # quoted → by: \"barn-unga\"  # quoted\n"
        "groups/unga/ungdom.yaml:5: reports_to: 'barn' → reports_to: 'barn-unga'\n"
        "hok.yaml:6: subject: barn → subject: barn-unga\n"
        "hok.yaml:10: subject: 'barn' → subject: 'barn-unga'\n"
        "Dry run: its file, its id and 7 references in 4 other files would change; nothing was written.\n");
}

TEST_CASE("a rename refuses an unknown id with did-you-mean", "[app][record_rename]") {
  TempRegistry tree(kTree);
  CHECK_THROWS_WITH(hok::rename_record(tree.root(), "bar", "x", false),
                    "no record has the id 'bar'; did you mean 'barn'?");
}

TEST_CASE("a rename refuses an invalid, used or occupied new id and changes nothing", "[app][record_rename]") {
  TempRegistry tree(kTree);
  hok::test::Files before = snapshot(tree.root());
  CHECK_THROWS_WITH(hok::rename_record(tree.root(), "barn", "Barn_Unga", false),
                    Catch::StartsWith("'Barn_Unga' is not a valid id"));
  CHECK_THROWS_WITH(hok::rename_record(tree.root(), "barn", "bärn", false),
                    Catch::StartsWith("'bärn' is not a valid id"));
  CHECK_THROWS_WITH(hok::rename_record(tree.root(), "barn", "bus", false),
                    "the id 'bus' is already used by the agreement in agreements/bus.yaml; ids are unique across "
                    "the registry");
  CHECK_THROWS_WITH(hok::rename_record(tree.root(), "barn", "barn", false),
                    Catch::StartsWith("the id 'barn' is already used"));
  CHECK(snapshot(tree.root()) == before);
}

TEST_CASE("a rename refuses when the target file exists", "[app][record_rename]") {
  TempRegistry tree(kTree);
  auto load = tree.load();
  // The file appears after loading (another editor, another command).
  tree.write("groups/ny.yaml", "id: ny\n");
  CHECK_THROWS_WITH(hok::plan_record_rename(*load.registry, "barn", "ny"),
                    "groups/ny.yaml exists already; hok mv never replaces a file");
  // Between planning and writing: creating the new file fails and nothing changes.
  fs::remove(tree.root() / "groups/ny.yaml");
  hok::RenamePlan plan = hok::plan_record_rename(*load.registry, "barn", "ny");
  tree.write("groups/ny.yaml", "id: ny\n");
  hok::test::Files before = snapshot(tree.root());
  CHECK_THROWS_WITH(hok::apply_record_rename(plan), "groups/ny.yaml exists already; nothing was changed");
  CHECK(snapshot(tree.root()) == before);
}

TEST_CASE("a rename refuses a registry with validation errors", "[app][record_rename]") {
  hok::test::Files files = kTree;
  files["agreements/bus.yaml"] += "supplements: saknas\n";
  TempRegistry tree(files);
  CHECK_THROWS_WITH(hok::rename_record(tree.root(), "barn", "barn-unga", false),
                    Catch::Matches("the registry has [0-9]+ validation errors?; a rename over a broken registry .*"));
  CHECK(fs::exists(tree.root() / "groups/barn.yaml"));
}

TEST_CASE("an id written as a block scalar is refused, not guessed at", "[app][record_rename]") {
  hok::test::Files files = kTree;
  files["agreements/bus.yaml"] = "id: bus\ntitle: BUS\ntype: agreement\nstatus: in-force\nowner: >-\n  barn\n";
  TempRegistry tree(files);
  hok::test::Files before = snapshot(tree.root());
  CHECK_THROWS_WITH(hok::rename_record(tree.root(), "barn", "barn-unga", false),
                    Catch::StartsWith("agreements/bus.yaml:5:8: owner is written as a block scalar"));
  CHECK(snapshot(tree.root()) == before);
}

TEST_CASE("a failure while writing the temporary files leaves the tree untouched", "[app][record_rename]") {
  TempRegistry tree(kTree);
  auto load = tree.load();
  hok::RenamePlan plan = hok::plan_record_rename(*load.registry, "barn", "barn-unga");
  // The agreements folder is gone when the files are written (moved away by someone else): the
  // record's temporary file in groups/ is made first and must be removed again.
  fs::rename(tree.root() / "agreements", tree.root() / "elsewhere");
  hok::test::Files before = snapshot(tree.root());
  CHECK_THROWS_WITH(hok::apply_record_rename(plan), Catch::EndsWith("; nothing was changed"));
  CHECK(snapshot(tree.root()) == before);
}

TEST_CASE("a record nothing refers to is renamed alone, and the report says so", "[app][record_rename]") {
  TempRegistry tree(kTree);
  hok::RenameResult result = hok::rename_record(tree.root(), "lista", "lista-ny", false);
  CHECK(result.plan.reference_count == 0);
  CHECK(result.plan.files.size() == 1);
  CHECK(hok::render_rename_text(result.plan, true) ==
        "renamed agreements/lista.yaml → agreements/lista-ny.yaml\n"
        "agreements/lista.yaml:1: id: lista → id: lista-ny\n"
        "'lista' is now 'lista-ny': its file and its id (nothing refers to it) changed.\n");
}

TEST_CASE("a byte-order mark stays where it was", "[app][record_rename]") {
  hok::test::Files files = kTree;
  files["groups/vis.yaml"] = "\xEF\xBB\xBFid: vis\nname: VIS\ntype: political-steering\nstatus: active\n";
  TempRegistry tree(files);
  hok::rename_record(tree.root(), "vis", "vis-ny", false);
  CHECK(read(tree.root() / "groups/vis-ny.yaml") ==
        "\xEF\xBB\xBFid: vis-ny\nname: VIS\ntype: political-steering\nstatus: active\n");
}

TEST_CASE("a file changed after loading is refused, not patched at stale positions", "[app][record_rename]") {
  TempRegistry tree(kTree);
  auto load = tree.load();
  tree.write("agreements/bus.yaml", "# a new first line\n" + kTree.at("agreements/bus.yaml"));
  CHECK_THROWS_WITH(hok::plan_record_rename(*load.registry, "barn", "barn-unga"),
                    "agreements/bus.yaml changed while hok was reading the registry; run hok mv again");
}

TEST_CASE("renamed and edited files keep their permissions", "[app][record_rename]") {
  TempRegistry tree(kTree);
  fs::permissions(tree.root() / "groups/barn.yaml", fs::perms(0664));
  fs::permissions(tree.root() / "agreements/bus.yaml", fs::perms(0600));
  hok::rename_record(tree.root(), "barn", "barn-unga", false);
  CHECK(fs::status(tree.root() / "groups/barn-unga.yaml").permissions() == fs::perms(0664));
  CHECK(fs::status(tree.root() / "agreements/bus.yaml").permissions() == fs::perms(0600));
}

TEST_CASE("a record file that is a symbolic link is refused", "[app][record_rename]") {
  hok::test::Files files = kTree;
  files["real/barn.txt"] = files.at("groups/barn.yaml");
  files.erase("groups/barn.yaml");
  TempRegistry tree(files);
  fs::create_symlink("../real/barn.txt", tree.root() / "groups/barn.yaml");
  auto load = tree.load();
  REQUIRE(load.registry->find("barn") != nullptr);
  CHECK_THROWS_WITH(hok::plan_record_rename(*load.registry, "barn", "barn-unga"),
                    Catch::StartsWith("groups/barn.yaml is a symbolic link"));
}
