#include <catch2/catch.hpp>

#include <fstream>
#include <random>

#include <nlohmann/json.hpp>

#include "app/registry_init.hpp"
#include "app/validation.hpp"
#include "load/registry_loader.hpp"

namespace fs = std::filesystem;

namespace {

// A folder name under the system's temporary directory that does not exist yet, removed again.
class TempPath {
 public:
  TempPath() : path_(fs::temp_directory_path() / ("hok-init-" + std::to_string(std::random_device()()))) {}
  ~TempPath() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("init writes a registry that validates without findings", "[app][registry_init]") {
  TempPath target;
  auto written = hok::init_registry(target.path() / "samverkan", {"Vård i samverkan: test"});
  fs::path root = target.path() / "samverkan";
  CHECK(read(root / "hok.yaml").find("hok: 1\nname: \"Vård i samverkan: test\"\nlanguage: sv\n") != std::string::npos);
  for (const char* kind : {"municipalities", "districts", "subregions", "organisations", "people", "groups",
                           "agreements", "functions", "followups", "plans"}) {
    CHECK(fs::is_regular_file(root / kind / ".gitkeep"));
  }
  CHECK(read(root / "README.md").find("## Så ändrar du i registret") != std::string::npos);
  CHECK(read(root / ".github/workflows/hok.yml").find("hok validate --format github") != std::string::npos);
  CHECK(read(root / ".editorconfig").find("root = true") != std::string::npos);
  auto settings = nlohmann::json::parse(read(root / ".vscode/settings.json"));
  CHECK(settings["yaml.schemas"]["./.hok/schemas/groups.schema.json"][0] == "groups/**/*.yaml");
  CHECK(settings["yaml.schemas"]["./.hok/schemas/hok.schema.json"][0] == "hok.yaml");
  auto schema = nlohmann::json::parse(read(root / ".hok/schemas/agreements.schema.json"));
  CHECK(schema["properties"].contains("owner"));
  CHECK(written.size() == 5 + 11 + 10);

  hok::ValidationResult result = hok::validate_registry(root);
  CHECK(result.findings.empty());
  CHECK(result.load.registry->settings.name == "Vård i samverkan: test");
}

TEST_CASE("init names the registry after its folder by default", "[app][registry_init]") {
  TempPath target;
  hok::init_registry(target.path() / "norrort/", {});
  CHECK(read(target.path() / "norrort" / "hok.yaml").find("name: norrort\n") != std::string::npos);
}

TEST_CASE("init refuses a folder that is not empty, and writes nothing there", "[app][registry_init]") {
  TempPath target;
  fs::create_directories(target.path());
  std::ofstream(target.path() / "notes.txt") << "keep me";
  CHECK_THROWS_AS(hok::init_registry(target.path(), {}), hok::HokError);
  CHECK_FALSE(fs::exists(target.path() / "hok.yaml"));
  CHECK(read(target.path() / "notes.txt") == "keep me");
}

TEST_CASE("init accepts an existing empty folder", "[app][registry_init]") {
  TempPath target;
  fs::create_directories(target.path());
  CHECK_NOTHROW(hok::init_registry(target.path(), {"Tom"}));
  CHECK(fs::exists(target.path() / "hok.yaml"));
}
