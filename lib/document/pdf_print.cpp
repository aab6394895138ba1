#include "document/pdf_print.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"

extern char** environ;

namespace hok {

namespace {

namespace fs = std::filesystem;

// A private folder under $TMPDIR (or /tmp), removed with everything in it when the scope ends.
class ScratchFolder {
 public:
  ScratchFolder() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = fmt::format("{}/hok-pdf-XXXXXX", base != nullptr && *base != '\0' ? base : "/tmp");
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    if (mkdtemp(name.data()) == nullptr) {
      throw HokError(message("error.pdf.scratch", {{"pattern", pattern}, {"detail", std::strerror(errno)}}));
    }
    path_ = name.data();
  }
  ~ScratchFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// The whole file; empty when it cannot be read (a log or a PDF the engine may not have written).
std::string contents_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The engine's last few lines of output, for an error message.
std::string last_words(const fs::path& log) {
  std::string text = contents_of(log);
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  std::string words;
  for (std::size_t i = lines.size() > 3 ? lines.size() - 3 : 0; i < lines.size(); ++i) {
    words += (words.empty() ? "" : " | ") + lines[i].substr(0, 200);
  }
  return words.empty() ? "no output" : words;
}

std::optional<fs::path> on_path(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::istringstream folders(path != nullptr ? path : "/usr/bin:/bin");
  for (std::string folder; std::getline(folders, folder, ':');) {
    if (folder.empty()) continue;
    fs::path candidate = fs::path(folder) / name;
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return std::nullopt;
}

}  // namespace

std::optional<fs::path> find_pdf_engine() {
  if (const char* chosen = std::getenv("HOK_CHROMIUM"); chosen != nullptr && *chosen != '\0') {
    if (access(chosen, X_OK) == 0) return fs::path(chosen);
    return std::nullopt;
  }
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    if (auto found = on_path(name)) return found;
  }
  return std::nullopt;
}

std::string print_html_to_pdf(const std::string& html, const fs::path& engine, std::chrono::seconds timeout) {
  ScratchFolder scratch;
  fs::path page = scratch.path() / "document.html";
  fs::path pdf = scratch.path() / "document.pdf";
  fs::path log = scratch.path() / "engine.log";
  {
    std::ofstream out(page, std::ios::binary);
    out << html;
    out.close();
    if (!out) throw HokError(message("error.pdf.page", {{"file", page.string()}}));
  }

  std::vector<std::string> arguments = {
      engine.string(),
      "--headless",
      "--disable-gpu",
      "--no-first-run",
      "--no-default-browser-check",
      "--disable-extensions",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND",
      "--user-data-dir=" + (scratch.path() / "profile").string(),
      "--no-pdf-header-footer",
      "--print-to-pdf=" + pdf.string(),
      "file://" + page.string(),
  };
  // Chromium refuses to run as root with its sandbox; the document is hok's own, read offline.
  if (geteuid() == 0) arguments.insert(arguments.begin() + 1, "--no-sandbox");
  std::vector<char*> argv;
  for (std::string& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  // Its own process group, so that a timeout ends Chromium's helper processes too.
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);
  pid_t pid = 0;
  int spawned = posix_spawn(&pid, engine.c_str(), &actions, &attributes, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (spawned != 0) {
    throw HokError(message("error.pdf.start", {{"engine", engine.string()}, {"detail", std::strerror(spawned)}}));
  }

  auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  while (true) {
    pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) {
      throw HokError(message("error.pdf.lost", {{"engine", engine.string()}, {"detail", std::strerror(errno)}}));
    }
    if (std::chrono::steady_clock::now() > deadline) {
      kill(-pid, SIGKILL);
      waitpid(pid, &status, 0);
      throw HokError(message("error.pdf.timeout", {{"engine", engine.string()}, {"seconds", static_cast<long long>(timeout.count())}}));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  std::string bytes = contents_of(pdf);
  bool exited = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  if (!exited || bytes.rfind("%PDF-", 0) != 0) {
    throw HokError(message("error.pdf.none", {{"engine", engine.string()},
                                              {"how", WIFEXITED(status) ? message("error.pdf.exit_code", {{"code", WEXITSTATUS(status)}})
                                                                        : message("error.pdf.signal", {{"signal", WTERMSIG(status)}})},
                                              {"detail", last_words(log)}}));
  }
  return bytes;
}

}  // namespace hok
