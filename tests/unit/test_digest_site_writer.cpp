// Writing the digest: never into a folder hok did not create, and cleaning up after itself.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>

#include "digest/site_writer.hpp"
#include "digest/template_store.hpp"
#include "load/registry_loader.hpp"

namespace fs = std::filesystem;

namespace {

struct TempFolder {
  fs::path path = fs::temp_directory_path() / ("hok-digest-test-" + std::to_string(std::random_device{}()));
  ~TempFolder() { fs::remove_all(path); }
};

std::string read(const fs::path& path) {
  std::ifstream input(path);
  return {std::istreambuf_iterator<char>(input), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("a new folder is created and marked", "[digest]") {
  TempFolder out;
  hok::write_site(out.path, {{"index.html", "i"}, {"groups/vis.html", "g"}});
  CHECK(read(out.path / "index.html") == "i");
  CHECK(read(out.path / "groups/vis.html") == "g");
  CHECK(fs::exists(out.path / hok::digest_marker));
}

TEST_CASE("a non-empty folder without the marker is refused and left alone", "[digest]") {
  TempFolder out;
  fs::create_directories(out.path);
  std::ofstream(out.path / "thesis.docx") << "precious";
  CHECK_THROWS_AS(hok::write_site(out.path, {{"index.html", "i"}}), hok::HokError);
  CHECK_FALSE(fs::exists(out.path / "index.html"));
  CHECK(read(out.path / "thesis.docx") == "precious");
}

TEST_CASE("a second run overwrites and removes the pages it no longer writes", "[digest]") {
  TempFolder out;
  hok::write_site(out.path, {{"index.html", "1"}, {"groups/old.html", "o"}, {"groups/vis.html", "v"}});
  hok::write_site(out.path, {{"index.html", "2"}, {"groups/vis.html", "v2"}});
  CHECK(read(out.path / "index.html") == "2");
  CHECK_FALSE(fs::exists(out.path / "groups/old.html"));
  CHECK(read(out.path / "groups/vis.html") == "v2");
}

TEST_CASE("file names come only from ids", "[digest]") {
  TempFolder out;
  CHECK_THROWS_AS(hok::write_site(out.path, {{"../escape.html", "x"}}), hok::HokError);
  CHECK_THROWS_AS(hok::write_site(out.path, {{"groups/Name With Space.html", "x"}}), hok::HokError);
}

TEST_CASE("a --templates file that replaces nothing is refused with a suggestion", "[digest]") {
  TempFolder folder;
  fs::create_directories(folder.path);
  std::ofstream(folder.path / "recrod.html.mustache") << "x";
  CHECK_THROWS_WITH(hok::TemplateStore(folder.path), Catch::Matchers::Contains("record.html.mustache"));
}

TEST_CASE("a --templates file replaces the built-in one of the same name", "[digest]") {
  TempFolder folder;
  fs::create_directories(folder.path);
  std::ofstream(folder.path / "hok.css") << "body { color: red; }";
  hok::TemplateStore store(folder.path);
  CHECK(store.file("hok.css") == "body { color: red; }");
  CHECK(store.has("record.html.mustache"));
}
