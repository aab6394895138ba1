#pragma once
// templates/*, compiled into the binary by hok_embed_files
// (cmake/embed_files.cmake).
#include <string>
#include <vector>

namespace hok {

struct EmbeddedTemplate {
  std::string name;  // file name: "record.html.mustache", "hok.css", "search.js"
  std::string text;
};

const std::vector<EmbeddedTemplate>& embedded_templates();

}  // namespace hok
