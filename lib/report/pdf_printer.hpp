#pragma once
// The report as a PDF for the diarium, printed by headless Chromium from Debian (`chromium`):
// the engine the browser test already drives, and one that honours the report's print stylesheet
// with page numbers in the page margin (`@page { @bottom-right { … } }`, Chromium 131 and later).
// hok never draws a PDF itself.
#include <filesystem>
#include <optional>
#include <string>

namespace hok {

// The Chromium to print with: $HOK_CHROMIUM when set (a path; empty or not executable: none), else
// the first of chromium, chromium-browser on PATH. nullopt when there is none.
std::optional<std::filesystem::path> find_report_pdf_engine();

// What to install when there is no engine, for the error message.
std::string report_pdf_engine_missing();

// The PDF of a self-contained HTML document. Writes the HTML to a private temporary folder,
// runs `engine --headless --no-sandbox --no-pdf-header-footer --print-to-pdf=…` on it (no network
// is needed: the report loads nothing), and returns the PDF's bytes. Throws HokError when the
// engine fails or writes no PDF.
std::string print_report_pdf(const std::filesystem::path& engine, const std::string& html);

}  // namespace hok
