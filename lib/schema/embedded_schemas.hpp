#pragma once
// The schemas/ files, compiled into the binary by hok_embed_files (cmake/embed_files.cmake).
#include <string>
#include <vector>

namespace hok {

struct EmbeddedSchema {
  std::string name;  // file stem: "groups", "hok"
  std::string text;  // the JSON text exactly as in schemas/
};

const std::vector<EmbeddedSchema>& embedded_schemas();

}  // namespace hok
