#include "model/report_texts.hpp"

#include <fmt/format.h>

namespace hok {

std::string secretariat_text_path(int year) { return fmt::format("{}/{:04}.md", kReportTextKind, year); }

std::optional<int> secretariat_text_year(const std::string& path) {
  const std::string folder = std::string(kReportTextKind) + "/";
  if (path.size() != folder.size() + 7 || path.compare(0, folder.size(), folder) != 0) return std::nullopt;
  if (path.compare(path.size() - 3, 3, ".md") != 0) return std::nullopt;
  int year = 0;
  for (std::size_t i = folder.size(); i < folder.size() + 4; ++i) {
    if (path[i] < '0' || path[i] > '9') return std::nullopt;
    year = year * 10 + (path[i] - '0');
  }
  return year;
}

}  // namespace hok
