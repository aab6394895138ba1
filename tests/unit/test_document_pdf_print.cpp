#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "document/pdf_print.hpp"

namespace fs = std::filesystem;
using hok::HokError;

namespace {

// A stand-in engine: a shell script in a fresh folder.
fs::path fake_engine(const std::string& name, const std::string& body) {
  fs::path folder = fs::temp_directory_path() / ("hok-test-engine-" + std::to_string(getpid()));
  fs::create_directories(folder);
  fs::path script = folder / name;
  std::ofstream(script) << "#!/bin/sh\n" << body << "\n";
  chmod(script.c_str(), 0755);
  return script;
}

int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("headless Chromium prints a document to a PDF of its pages", "[document][pdf]") {
  // The test suite installs Chromium (scripts/install-deps.sh test), so the engine must be found.
  std::optional<fs::path> engine = hok::find_pdf_engine();
  REQUIRE(engine.has_value());
  std::string html =
      "<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Prov</title>"
      "<style>@page { size: A4; margin: 2cm; @bottom-center { content: \"Sida \" counter(page) \" av \" "
      "counter(pages); } } section { break-before: page; }</style></head><body><h1>Första sidan</h1>"
      "<section>Andra</section><section>Tredje</section>"
      // Nothing outside may be fetched: this image's host resolves to nothing, and the PDF still comes.
      "<img src=\"https://example.invalid/x.png\" alt=\"\"></body></html>";
  std::string pdf = hok::print_html_to_pdf(html, *engine);
  CHECK(pdf.rfind("%PDF-", 0) == 0);
  CHECK(pdf.find("%%EOF") != std::string::npos);
  // Chromium writes one page object per page ("/Type /Page", not "/Pages").
  CHECK(count(pdf, "/Type /Page\n") + count(pdf, "/Type /Page ") + count(pdf, "/Type /Page/") +
            count(pdf, "/Type /Page>") >=
        3);
}

TEST_CASE("a missing, failing or hanging engine is an error that says so", "[document][pdf]") {
  SECTION("missing") {
    CHECK_THROWS_WITH(hok::print_html_to_pdf("<p>x</p>", "/nonexistent/chromium"),
                      Catch::Contains("cannot start /nonexistent/chromium"));
  }
  SECTION("fails without a PDF: its last words are in the message") {
    fs::path engine = fake_engine("failing", "echo 'no display' >&2; exit 3");
    CHECK_THROWS_WITH(hok::print_html_to_pdf("<p>x</p>", engine),
                      Catch::Contains("wrote no PDF (exit code 3)") && Catch::Contains("no display"));
  }
  SECTION("exits 0 but writes something else") {
    fs::path engine = fake_engine("liar", "for a; do case \"$a\" in --print-to-pdf=*) echo hello > \"${a#--print-to-pdf=}\";; esac; done");
    CHECK_THROWS_WITH(hok::print_html_to_pdf("<p>x</p>", engine), Catch::Contains("wrote no PDF (exit code 0)"));
  }
  SECTION("hangs: ended after the timeout") {
    fs::path engine = fake_engine("hanging", "sleep 600");
    auto started = std::chrono::steady_clock::now();
    CHECK_THROWS_WITH(hok::print_html_to_pdf("<p>x</p>", engine, std::chrono::seconds(1)),
                      Catch::Contains("did not finish the PDF within 1 s"));
    // The sleeping child was in the engine's process group and is gone with it.
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(60));
  }
}

TEST_CASE("HOK_CHROMIUM names the engine", "[document][pdf]") {
  fs::path engine = fake_engine("my-chromium", "exit 0");
  setenv("HOK_CHROMIUM", engine.c_str(), 1);
  CHECK(hok::find_pdf_engine() == engine);
  setenv("HOK_CHROMIUM", "/nonexistent/chromium", 1);
  CHECK_FALSE(hok::find_pdf_engine().has_value());
  unsetenv("HOK_CHROMIUM");
}
