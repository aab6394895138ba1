#pragma once
// The rules/ files, one per rule code, compiled into the binary by hok_embed_files
// (cmake/embed_files.cmake).
#include <string>
#include <vector>

namespace hok {

struct EmbeddedRule {
  std::string code;  // file stem: "E009"
  std::string text;  // the JSON text exactly as in rules/
};

const std::vector<EmbeddedRule>& embedded_rules();

}  // namespace hok
