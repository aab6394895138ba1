// libFuzzer target: a whole small registry. The input is cut into hok.yaml and up to seven records
// (hok::fuzz::registry_files), written to a folder of our own and run through validate_registry,
// the renderers and the gap rules (hok::fuzz::check_registry). Built with HOK_FUZZ=ON (clang),
// run by scripts/fuzz.sh.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_pipeline.hpp"

namespace fs = std::filesystem;

namespace {

// The folder the trees are written to, removed again when the fuzzer exits normally. On a RAM
// disk when there is one: every run writes and removes a whole tree.
class ScratchFolder {
 public:
  ScratchFolder() {
    std::error_code error;
    fs::path base = fs::is_directory("/dev/shm", error) ? fs::path("/dev/shm") : fs::temp_directory_path();
    std::string pattern = (base / "hok-fuzz-registry-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) std::abort();
    root_ = pattern;
  }
  ~ScratchFolder() {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  const fs::path& root() const { return root_; }

 private:
  fs::path root_;
};

void write_file(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const ScratchFolder scratch;
  const fs::path root = scratch.root() / "registry";
  std::error_code ignored;
  fs::remove_all(root, ignored);
  for (const auto& [path, text] : hok::fuzz::registry_files(data, size)) write_file(root / path, text);
  hok::fuzz::check_registry(root);
  return 0;
}
