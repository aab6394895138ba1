// The fuzz targets' inputs, replayed by the ordinary test suite: every seed in fuzz/corpus/ and
// every crash reproducer in fuzz/regressions/<target>/ (an input the fuzzer once crashed on, kept
// under a name that says what it broke) goes through exactly what the fuzz target does with it.
// So a fixed crash stays fixed without clang, and build-asan/ runs them all under ASan and UBSan.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "../../fuzz/fuzz_pipeline.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;

namespace {

// The inputs of one fuzz target, seeds and reproducers, sorted by path.
std::vector<fs::path> inputs_of(const std::string& target) {
  std::vector<fs::path> paths;
  for (const char* folder : {"corpus", "regressions"}) {
    const fs::path directory = fs::path(HOK_SOURCE_DIR) / "fuzz" / folder / target;
    if (!fs::is_directory(directory)) continue;
    for (const fs::directory_entry& entry : fs::directory_iterator(directory)) {
      if (entry.is_regular_file()) paths.push_back(entry.path());
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

std::string bytes_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const std::uint8_t* data_of(const std::string& bytes) {
  return reinterpret_cast<const std::uint8_t*>(bytes.data());
}

}  // namespace

TEST_CASE("every fuzz_read_source seed and reproducer is read, checked and printed without a crash",
          "[fuzz]") {
  const std::vector<fs::path> inputs = inputs_of("fuzz_read_source");
  REQUIRE(inputs.size() > 100);
  for (const fs::path& input : inputs) {
    INFO(input.filename().string());
    const std::string bytes = bytes_of(input);
    CHECK_NOTHROW(hok::fuzz::check_one_file(data_of(bytes), bytes.size()));
  }
}

TEST_CASE("every fuzz_registry seed and reproducer validates and yields its gaps without a crash",
          "[fuzz]") {
  const std::vector<fs::path> inputs = inputs_of("fuzz_registry");
  REQUIRE(inputs.size() > 20);
  for (const fs::path& input : inputs) {
    INFO(input.filename().string());
    const std::string bytes = bytes_of(input);
    hok::test::TempRegistry tree(hok::fuzz::registry_files(data_of(bytes), bytes.size()));
    CHECK_NOTHROW(hok::fuzz::check_registry(tree.root()));
  }
}

TEST_CASE("a fuzz_registry input is cut at NUL bytes into hok.yaml and records named after their id",
          "[fuzz]") {
  const std::string bytes = std::string("hok: 1\nname: T\n") + '\0' + '\x05' + "id: vis\nname: VIS\n" + '\0' +
                            '\x01' + "name: no id\n";
  const std::map<std::string, std::string> files = hok::fuzz::registry_files(data_of(bytes), bytes.size());
  CHECK(files == std::map<std::string, std::string>{{"hok.yaml", "hok: 1\nname: T\n"},
                                                    {"groups/1/vis.yaml", "id: vis\nname: VIS\n"},
                                                    {"districts/2/record.yaml", "name: no id\n"}});
}
