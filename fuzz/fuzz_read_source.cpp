// libFuzzer target: one file's bytes → hok::read_source → the kind's schema → references → the
// text and JSON renderers (hok::fuzz::check_one_file). The first input byte picks the kind
// (hok.yaml or one of the ten kind directories); the rest is the file. Built with HOK_FUZZ=ON
// (clang), run by scripts/fuzz.sh.
#include <cstddef>
#include <cstdint>

#include "fuzz_pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  hok::fuzz::check_one_file(data, size);
  return 0;
}
