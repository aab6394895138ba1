// The floor for `hok validate`: parse every .yaml file under a folder with yaml-cpp alone
// (YAML::LoadFile, no schema, no checks) on N threads. bench/run.sh times it next to hok.
//   parse_floor DIR [THREADS]   (THREADS 0 or absent: all cores)
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: parse_floor DIR [THREADS]\n");
    return 2;
  }
  std::vector<std::string> paths;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(argv[1])) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  unsigned threads = argc == 3 ? static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10)) : 0;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());

  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> nodes{0};
  std::atomic<std::size_t> failed{0};
  auto work = [&] {
    for (std::size_t i = next++; i < paths.size(); i = next++) {
      try {
        YAML::Node root = YAML::LoadFile(paths[i]);
        nodes += root.size();
      } catch (const YAML::Exception&) {
        ++failed;
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
  std::printf("parse_floor: %zu files, %zu top-level entries, %zu failed, %u threads\n", paths.size(),
              nodes.load(), failed.load(), threads);
  return failed ? 1 : 0;
}
