#pragma once
// The messages/ catalogues, compiled into the binary by hok_embed_files (cmake/embed_files.cmake).
#include <string>
#include <vector>

namespace hok {

struct EmbeddedMessages {
  std::string language;  // file stem: "en", "sv"
  std::string text;      // the JSON text exactly as in messages/
};

const std::vector<EmbeddedMessages>& embedded_messages();

}  // namespace hok
