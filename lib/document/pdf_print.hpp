#pragma once
// Printing a self-contained HTML document to PDF for the diarium, with headless Chromium from
// Debian (package `chromium`). Chromium rather than WeasyPrint: it is the browser the portal and
// the report are already tested and looked at in (tests/browser), so the PDF is the page the
// secretariat saw; it supports CSS paged media's page-margin boxes (page numbers in the footer)
// since version 131; and the test suite installs it anyway. WeasyPrint would be a second layout
// engine with its own differences, and a Python stack beside it.
//
// The engine runs with nothing to reach: a private profile in a fresh temporary folder, every
// host name mapped to "not found", no extensions, no background networking; the document is read
// from a file in that folder, which is removed afterwards.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace hok {

// The engine: $HOK_CHROMIUM when set (a path), else the first of chromium, chromium-browser,
// google-chrome on PATH; nullopt when there is none.
std::optional<std::filesystem::path> find_pdf_engine();

// The PDF of `html` (a whole document; relative links resolve against an empty folder). Throws
// HokError when the engine cannot be started, fails, gives no PDF or runs longer than `timeout`
// (its whole process group is ended then); the message names the engine and its last words.
std::string print_html_to_pdf(const std::string& html, const std::filesystem::path& engine,
                              std::chrono::seconds timeout = std::chrono::seconds(180));

}  // namespace hok
