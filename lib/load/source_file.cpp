#include "load/source_file.hpp"

namespace hok {

const NodePosition* PositionIndex::find(const std::string& pointer) const {
  auto it = positions_.find(pointer);
  return it == positions_.end() ? nullptr : &it->second;
}

NodePosition PositionIndex::nearest(const std::string& pointer) const {
  std::string current = pointer;
  while (true) {
    if (const NodePosition* position = find(current)) return *position;
    if (current.empty()) return NodePosition{1, 1, 0, 0, 0, 0, false};
    current.erase(current.rfind('/'));
  }
}

Location SourceFile::value_location(const std::string& pointer) const {
  NodePosition position = positions.nearest(pointer);
  return Location{path, position.line, position.column, position.length};
}

Location SourceFile::key_location(const std::string& pointer) const {
  NodePosition position = positions.nearest(pointer);
  if (position.key_line == 0) return Location{path, position.line, position.column, position.length};
  return Location{path, position.key_line, position.key_column, position.key_length};
}

std::string SourceFile::line_text(int line) const {
  if (line < 1) return {};
  std::size_t start = 0;
  for (int current = 1; current < line; ++current) {
    start = text.find('\n', start);
    if (start == std::string::npos) return {};
    ++start;
  }
  std::size_t end = text.find('\n', start);
  std::string result = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!result.empty() && result.back() == '\r') result.pop_back();
  return result;
}

std::string pointer_append(const std::string& pointer, const std::string& token) {
  std::string escaped;
  escaped.reserve(token.size());
  for (char c : token) {
    if (c == '~') escaped += "~0";
    else if (c == '/') escaped += "~1";
    else escaped += c;
  }
  return pointer + "/" + escaped;
}

std::string pointer_append(const std::string& pointer, std::size_t index) {
  return pointer + "/" + std::to_string(index);
}

}  // namespace hok
