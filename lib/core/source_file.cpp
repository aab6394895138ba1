#include "core/source_file.hpp"

#include <algorithm>

namespace hok {

void PositionIndex::set(std::string_view pointer, NodePosition position) {
  if (sorted_ && !entries_.empty() && !(key(entries_.back()) < pointer)) sorted_ = false;
  entries_.push_back(Entry{keys_.size(), static_cast<std::uint32_t>(pointer.size()), position});
  keys_.append(pointer);
}

void PositionIndex::seal() {
  if (!sorted_) {
    // Stable, so that of equal pointers the one set last comes last and is kept.
    std::stable_sort(entries_.begin(), entries_.end(),
                     [this](const Entry& a, const Entry& b) { return key(a) < key(b); });
    std::vector<Entry> unique;
    unique.reserve(entries_.size());
    for (const Entry& entry : entries_) {
      if (!unique.empty() && key(unique.back()) == key(entry)) unique.back() = entry;
      else unique.push_back(entry);
    }
    entries_ = std::move(unique);
    sorted_ = true;
  }
  entries_.shrink_to_fit();
  keys_.shrink_to_fit();
}

const NodePosition* PositionIndex::find(std::string_view pointer) const {
  if (!sorted_) {
    // Not sealed yet (only while a file is being read): the last entry set wins.
    for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
      if (key(*it) == pointer) return &it->position;
    }
    return nullptr;
  }
  auto it = std::lower_bound(entries_.begin(), entries_.end(), pointer,
                             [this](const Entry& entry, std::string_view wanted) { return key(entry) < wanted; });
  return it != entries_.end() && key(*it) == pointer ? &it->position : nullptr;
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

std::string SourceFile::line_text(int line) const { return hok::line_text(text, line); }

std::string line_text(std::string_view text, int line) {
  if (line < 1) return {};
  std::size_t start = 0;
  for (int current = 1; current < line; ++current) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  std::string_view result = text.substr(start);
  result = result.substr(0, result.find('\n'));
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return std::string(result);
}

void append_pointer_token(std::string& pointer, std::string_view token) {
  pointer += '/';
  for (char c : token) {
    if (c == '~') pointer += "~0";
    else if (c == '/') pointer += "~1";
    else pointer += c;
  }
}

std::string pointer_append(const std::string& pointer, const std::string& token) {
  std::string result;
  result.reserve(pointer.size() + 1 + token.size());
  result = pointer;
  append_pointer_token(result, token);
  return result;
}

std::string pointer_append(const std::string& pointer, std::size_t index) {
  return pointer + "/" + std::to_string(index);
}

}  // namespace hok
