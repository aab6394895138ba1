#include "render/escape.hpp"

#include <fmt/format.h>

namespace hok {

std::string escape_control(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '\n') result += "\\n";
    else if (c == '\r') result += "\\r";
    else if (c == '\t') result += "\\t";
    else if (byte < 0x20 || byte == 0x7F) result += fmt::format("\\x{:02x}", byte);
    else result += c;
  }
  return result;
}

std::string escape_workflow_message(std::string_view text) {
  std::string result;
  for (char c : escape_control(text)) {
    if (c == '%') result += "%25";
    else result += c;
  }
  return result;
}

std::string escape_workflow_property(std::string_view text) {
  std::string result;
  for (char c : escape_workflow_message(text)) {
    if (c == ':') result += "%3A";
    else if (c == ',') result += "%2C";
    else result += c;
  }
  return result;
}

}  // namespace hok
