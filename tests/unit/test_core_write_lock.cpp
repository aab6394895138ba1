#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <random>

#include "core/finding_catalog.hpp"
#include "core/write_lock.hpp"

namespace fs = std::filesystem;

namespace {

struct TempFolder {
  fs::path path = fs::temp_directory_path() / ("hok-lock-" + std::to_string(std::random_device()()));
  TempFolder() { fs::create_directories(path); }
  ~TempFolder() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

}  // namespace

TEST_CASE("a second writer is refused, told who holds the lock", "[core][write_lock]") {
  TempFolder folder;
  CHECK_FALSE(hok::lock_holder(folder.path));
  {
    hok::WriteLock lock(folder.path, "hok mv a b");
    std::optional<hok::Message> holder = hok::lock_holder(folder.path);
    REQUIRE(holder);
    CHECK_THAT(hok::FindingCatalog::english().render(*holder), Catch::StartsWith("process " + std::to_string(::getpid()) + " (`hok mv a b`, since 20"));
    // flock is per open file: a second lock in this process conflicts like another process's.
    CHECK_THROWS_WITH(hok::WriteLock(folder.path, "hok new groups x"),
                      Catch::Contains("is being written by process " + std::to_string(::getpid())) &&
                          Catch::Contains("`hok mv a b`"));
  }
  CHECK_FALSE(fs::exists(folder.path / hok::lock_file_name));
  CHECK_FALSE(hok::lock_holder(folder.path));
  hok::WriteLock again(folder.path, "hok new groups x");
}

TEST_CASE("a lock file left by a killed process locks nothing", "[core][write_lock]") {
  TempFolder folder;
  pid_t child = ::fork();
  if (child == 0) {
    hok::WriteLock lock(folder.path, "hok mv a b");
    ::_exit(0);  // no destructor: the file stays, like after SIGKILL
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  REQUIRE(fs::exists(folder.path / hok::lock_file_name));
  CHECK_FALSE(hok::lock_holder(folder.path));
  hok::WriteLock lock(folder.path, "hok mv c d");
  CHECK(hok::lock_holder(folder.path));
}
