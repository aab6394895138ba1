#include <catch2/catch.hpp>

#include <fstream>
#include <random>

#include "core/atomic_write.hpp"
#include "core/temporary_files.hpp"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

struct TempFolder {
  fs::path path = fs::temp_directory_path() / ("hok-write-" + std::to_string(std::random_device()()));
  TempFolder() { fs::create_directories(path); }
  ~TempFolder() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

}  // namespace

TEST_CASE("create_file_atomically writes a new file and leaves no temporary behind", "[core][atomic_write]") {
  TempFolder folder;
  hok::create_file_atomically(folder.path / "a.yaml", "id: a\n");
  CHECK(read(folder.path / "a.yaml") == "id: a\n");
  CHECK(std::distance(fs::directory_iterator(folder.path), fs::directory_iterator()) == 1);
}

TEST_CASE("create_file_atomically never replaces an existing file", "[core][atomic_write]") {
  TempFolder folder;
  std::ofstream(folder.path / "a.yaml") << "mine\n";
  CHECK_THROWS_WITH(hok::create_file_atomically(folder.path / "a.yaml", "theirs\n"), Catch::Contains("already exists"));
  CHECK(read(folder.path / "a.yaml") == "mine\n");
  CHECK(std::distance(fs::directory_iterator(folder.path), fs::directory_iterator()) == 1);
}

TEST_CASE("write_file_atomically replaces the file's content", "[core][atomic_write]") {
  TempFolder folder;
  hok::write_file_atomically(folder.path / "out.txt", "one");
  hok::write_file_atomically(folder.path / "out.txt", "two");
  CHECK(read(folder.path / "out.txt") == "two");
}

TEST_CASE("Folder::child refuses a symbolic link in the way, naming it, and writes nothing", "[core][atomic_write]") {
  TempFolder folder, elsewhere;
  fs::create_directory(folder.path / "site");
  fs::create_directory_symlink(elsewhere.path, folder.path / "site" / "groups");
  hok::Folder root = hok::Folder::open(folder.path);
  CHECK_THROWS_WITH(root.child("site/groups", true), Catch::Contains("groups is a symbolic link"));
  CHECK(fs::is_empty(elsewhere.path));
  CHECK_THROWS_WITH(root.child("../x", true), Catch::Contains("refusing to write outside"));
}

TEST_CASE("Folder::child creates the missing folders without following links", "[core][atomic_write]") {
  TempFolder folder;
  hok::Folder root = hok::Folder::open(folder.path);
  root.child("a/b", true).write_atomically("c.txt", "x");
  CHECK(read(folder.path / "a" / "b" / "c.txt") == "x");
}

TEST_CASE("write_atomically replaces a symbolic link rather than writing through it", "[core][atomic_write]") {
  TempFolder folder, elsewhere;
  std::ofstream(elsewhere.path / "target.txt") << "theirs";
  fs::create_symlink(elsewhere.path / "target.txt", folder.path / "out.txt");
  hok::write_file_atomically(folder.path / "out.txt", "ours");
  CHECK(read(elsewhere.path / "target.txt") == "theirs");
  CHECK_FALSE(fs::is_symlink(folder.path / "out.txt"));
  CHECK(read(folder.path / "out.txt") == "ours");
}

TEST_CASE("temporary files are named so that a later run recognises and removes them", "[core][atomic_write]") {
  TempFolder folder;
  hok::Folder root = hok::Folder::open(folder.path);
  std::string temporary = root.write_temporary("a.yaml", "half");
  CHECK(hok::is_temporary_name(temporary));
  CHECK_FALSE(hok::is_temporary_name("a.yaml"));
  CHECK_FALSE(hok::is_temporary_name(".hok-lock"));
  CHECK_FALSE(hok::is_temporary_name(".hok-mv-journal"));
  root.child("groups", true).write_temporary("b.yaml", "half");
  fs::create_directories(folder.path / ".git");
  std::ofstream(folder.path / ".git" / ".x.hok-tmp-abcdef") << "not ours to judge";
  std::vector<std::string> expected = {temporary, "groups/" + hok::find_left_temporaries(folder.path / "groups").at(0)};
  CHECK(hok::remove_left_temporaries(folder.path) == expected);
  CHECK(hok::find_left_temporaries(folder.path).empty());
  CHECK(fs::exists(folder.path / ".git" / ".x.hok-tmp-abcdef"));
}
