// Writing the digest: never into a folder hok did not create, and cleaning up after itself.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <thread>

#include "digest/site_writer.hpp"
#include "document/template_store.hpp"
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

TEST_CASE("pages written from two threads as they come; the marker lists them only when all are done",
          "[digest]") {
  TempFolder out;
  std::vector<std::string> paths;
  for (int i = 0; i < 200; ++i) paths.push_back((i % 2 ? "groups/g" : "agreements/a") + std::to_string(i) + ".html");
  hok::SiteWriter writer(out.path, paths);
  // Before any page: the folder is hok's (marker written) and the sub-folders exist.
  CHECK(fs::is_directory(out.path / "groups"));
  CHECK(read(out.path / hok::digest_marker).find("groups/g199.html") != std::string::npos);
  CHECK_THROWS_AS(writer.write({"groups/other.html", "x"}), hok::HokError);
  auto work = [&](std::size_t from) {
    for (std::size_t i = from; i < paths.size(); i += 2) writer.write({paths[i], "page " + std::to_string(i)});
  };
  std::thread other(work, 1);
  work(0);
  other.join();
  writer.finish();
  for (std::size_t i = 0; i < paths.size(); ++i) CHECK(read(out.path / paths[i]) == "page " + std::to_string(i));
  CHECK_FALSE(fs::exists(out.path / "groups/other.html"));
  std::size_t temporaries = 0;
  for (const auto& entry : fs::recursive_directory_iterator(out.path)) {
    if (entry.path().filename().string().find(".tmp-") != std::string::npos) ++temporaries;
  }
  CHECK(temporaries == 0);
}
