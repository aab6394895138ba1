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
  std::string kind;               // "Tjänsteskrivelse"
  Section header;                 // to, from, date, diarienummer
  std::vector<Section> front;     // Ärende, Förslag till beslut, Sammanfattning, Bedömning
  std::string underlag;           // the heading of the sections after the paper's own parts
  std::vector<Section> sections;  // the underlag
  std::string footer;
  std::vector<std::string> colophon;  // which states of the registry were read, in small print
  // Not shown: the abbreviations the paper uses that hok cannot spell out (hok report names them).
  std::vector<std::string> unexplained_abbreviations;
};

}  // namespace hok
