#pragma once
// The annual report as data, before any format: a document of sections (document.hpp) with its
// title, lead and footer. Built once from the registry (annual_report.hpp), then written as one
// HTML file or as Markdown (report_renderer.hpp).
#include <string>
#include <vector>

#include "document/document.hpp"

namespace hok {

struct Report {
  std::string language;
  std::string title;  // "Årlig uppföljning av HÖK 2025"
  std::string registry_name;
  std::string as_of;              // YYYY-MM-DD
  std::vector<std::string> lead;  // lines under the title
  std::vector<Section> sections;
  std::string footer;
};

}  // namespace hok
