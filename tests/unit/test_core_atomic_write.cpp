#include <catch2/catch.hpp>

#include <fstream>
#include <random>

#include "core/atomic_write.hpp"

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
