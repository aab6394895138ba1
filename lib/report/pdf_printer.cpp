#include "report/pdf_printer.hpp"

#include <fmt/format.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include "load/registry_loader.hpp"

extern char** environ;

namespace hok {

namespace {

bool executable(const std::filesystem::path& path) {
  std::error_code error;
  return std::filesystem::is_regular_file(path, error) && access(path.c_str(), X_OK) == 0;
}

// A private folder for the HTML and the PDF, removed when the print is done.
class PrintFolder {
 public:
  PrintFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "hok-pdf-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw HokError("cannot create a temporary folder to print the PDF in");
    path_ = pattern;
  }
  ~PrintFolder() {
    std::error_code error;
    std::filesystem::remove_all(path_, error);
  }
  PrintFolder(const PrintFolder&) = delete;
  PrintFolder& operator=(const PrintFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace

std::optional<std::filesystem::path> find_report_pdf_engine() {
  if (const char* chosen = std::getenv("HOK_CHROMIUM")) {
    if (*chosen && executable(chosen)) return std::filesystem::path(chosen);
    return std::nullopt;
  }
  const char* path = std::getenv("PATH");
  std::stringstream folders(path ? path : "/usr/bin:/bin");
  std::string folder;
  for (const char* name : {"chromium", "chromium-browser"}) {
    folders.clear();
    folders.seekg(0);
    while (std::getline(folders, folder, ':')) {
      if (folder.empty()) continue;
      std::filesystem::path candidate = std::filesystem::path(folder) / name;
      if (executable(candidate)) return candidate;
    }
  }
  return std::nullopt;
}

std::string report_pdf_engine_missing() {
  return "--format pdf prints the report with headless Chromium, and none was found (looked for chromium and "
         "chromium-browser on PATH, or HOK_CHROMIUM); install it (Debian: apt-get install chromium), or write "
         "--format html and print that";
}

std::string print_report_pdf(const std::filesystem::path& engine, const std::string& html) {
  PrintFolder folder;
  const std::filesystem::path input = folder.path() / "report.html";
  const std::filesystem::path output = folder.path() / "report.pdf";
  {
    std::ofstream out(input, std::ios::binary);
    out << html;
    if (!out) throw HokError("cannot write the report's HTML to print the PDF from");
  }
  std::vector<std::string> arguments = {engine.string(),
                                        "--headless",
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--no-pdf-header-footer",
                                        "--user-data-dir=" + (folder.path() / "profile").string(),
                                        "--print-to-pdf=" + output.string(),
                                        "file://" + input.string()};
  std::vector<char*> argv;
  for (std::string& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t child = 0;
  const int spawned = posix_spawn(&child, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw HokError(fmt::format("cannot run {} to print the PDF", engine.string()));
  int status = 0;
  while (waitpid(child, &status, 0) < 0) {
    if (errno != EINTR) throw HokError(fmt::format("lost {} while it printed the PDF", engine.string()));
  }
  std::ifstream in(output, std::ios::binary);
  std::ostringstream pdf;
  pdf << in.rdbuf();
  const std::string bytes = pdf.str();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || bytes.rfind("%PDF-", 0) != 0) {
    throw HokError(fmt::format("{} did not print the PDF (exit status {}); try --format html and print that",
                               engine.string(), WIFEXITED(status) ? WEXITSTATUS(status) : -1));
  }
  return bytes;
}

}  // namespace hok
