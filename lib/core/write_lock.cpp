#include "core/write_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <stdexcept>

#include <fmt/format.h>

#include "core/message.hpp"
#include "core/error.hpp"
#include "core/temporary_files.hpp"

namespace fs = std::filesystem;

namespace hok {

namespace {

std::string now_utc() {
  std::time_t now = std::time(nullptr);
  std::tm parts{};
  ::gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S UTC", &parts);
  return text;
}

std::string read_all(int descriptor) {
  std::string text;
  char buffer[1024];
  ::lseek(descriptor, 0, SEEK_SET);
  for (ssize_t count; (count = ::read(descriptor, buffer, sizeof buffer)) > 0;) text.append(buffer, count);
  return text;
}

// "process 123, hok mv a b, since …" from the lock file's three lines.
Message describe_holder(const std::string& text) {
  std::string lines[3];
  std::size_t start = 0;
  for (std::string& line : lines) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    line = text.substr(start, end - start);
    start = std::min(text.size(), end + 1);
  }
  if (lines[0].empty()) return message("error.lock.holder_unknown");
  return message("error.lock.holder", {{"pid", lines[0]}, {"command", lines[1]}, {"since", lines[2]}});
}

}  // namespace

WriteLock::WriteLock(const fs::path& folder, const std::string& command) : file_(folder / lock_file_name) {
  // A lock file is removed by its holder on release: if the name now leads to another file than
  // the one locked, lock again.
  for (int tries = 0; tries < 100; ++tries) {
    int descriptor = ::open(file_.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (descriptor < 0) {
      throw HokError(message("error.lock.failed", {{"file", file_.string()}, {"detail", std::strerror(errno)}}));
    }
    if (::flock(descriptor, LOCK_EX | LOCK_NB) != 0) {
      int saved = errno;
      Message holder = describe_holder(read_all(descriptor));
      ::close(descriptor);
      if (saved != EWOULDBLOCK) {
        throw HokError(message("error.lock.failed", {{"file", file_.string()}, {"detail", std::strerror(saved)}}));
      }
      throw HokError(message("error.lock.held", {{"folder", folder.string()}, {"holder", holder}}));
    }
    struct stat locked {}, named {};
    if (::fstat(descriptor, &locked) != 0 || ::stat(file_.c_str(), &named) != 0 || locked.st_ino != named.st_ino ||
        locked.st_dev != named.st_dev) {
      ::close(descriptor);
      continue;
    }
    std::string text = fmt::format("{}\n{}\n{}\n", ::getpid(), command, now_utc());
    if (::ftruncate(descriptor, 0) != 0 || ::pwrite(descriptor, text.data(), text.size(), 0) < 0) {
      int saved = errno;
      ::close(descriptor);
      throw HokError(message("error.lock.failed", {{"file", file_.string()}, {"detail", std::strerror(saved)}}));
    }
    descriptor_ = descriptor;
    ticket_ = remember_temporary(file_.string());  // removed on SIGINT/SIGTERM with the temporaries
    return;
  }
  throw HokError(message("error.lock.replaced", {{"file", file_.string()}}));
}

WriteLock::~WriteLock() {
  if (descriptor_ < 0) return;
  forget_temporary(ticket_);
  ::unlink(file_.c_str());  // while still locked: the next one re-checks the name (see above)
  ::close(descriptor_);
}

std::optional<Message> lock_holder(const fs::path& folder) {
  fs::path file = folder / lock_file_name;
  int descriptor = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (descriptor < 0) return std::nullopt;
  if (::flock(descriptor, LOCK_SH | LOCK_NB) == 0) {
    ::close(descriptor);
    return std::nullopt;
  }
  Message holder = describe_holder(read_all(descriptor));
  ::close(descriptor);
  return holder;
}

}  // namespace hok
