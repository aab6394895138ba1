#include "test_support.hpp"

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <random>

#include "check/check.hpp"

namespace hok::test {

namespace {

std::filesystem::path unique_directory() {
  static std::atomic<unsigned> counter{0};
  std::random_device random;
  const std::string name = "hok-test-" + std::to_string(::getpid()) + "-" +
                           std::to_string(counter++) + "-" + std::to_string(random());
  return std::filesystem::temp_directory_path() / name;
}

}  // namespace

TempRegistry::TempRegistry(const Files& files) : root_(unique_directory()) {
  std::filesystem::create_directories(root_);
  if (files.count("hok.yaml") == 0) write("hok.yaml", "hok: 1\nname: Test\n");
  for (const auto& [path, text] : files) write(path, text);
}

TempRegistry::~TempRegistry() {
  std::error_code ignored;
  std::filesystem::remove_all(root_, ignored);
}

void TempRegistry::write(const std::string& path, const std::string& text) const {
  const std::filesystem::path full = root_ / path;
  std::filesystem::create_directories(full.parent_path());
  std::ofstream out(full, std::ios::binary);
  out << text;
}

LoadResult TempRegistry::load() const { return load_registry(root_); }

std::vector<Finding> validate_findings(const Files& files, const std::string& code) {
  TempRegistry tree(files);
  LoadResult result = tree.load();
  FindingSink sink;
  for (const Check& check : validate_checks()) check.run(*result.registry, sink);
  std::vector<Finding> matching;
  for (const Finding& finding : sink.findings()) {
    if (finding.code == code) matching.push_back(finding);
  }
  sort_findings(matching);
  return matching;
}

}  // namespace hok::test
