#include "core/atomic_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <fmt/format.h>

namespace hok {

std::filesystem::path write_temporary_beside(const std::filesystem::path& target, const std::string& content,
                                             Flush flush) {
  std::filesystem::path directory = target.parent_path().empty() ? "." : target.parent_path();
  std::string pattern = (directory / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int descriptor = ::mkstemp(pattern.data());
  if (descriptor < 0) {
    throw std::runtime_error(fmt::format("cannot write {}: {}", target.string(), std::strerror(errno)));
  }
  auto fail = [&](int saved) {
    ::close(descriptor);
    ::unlink(pattern.c_str());
    throw std::runtime_error(fmt::format("cannot write {}: {}", target.string(), std::strerror(saved)));
  };
  std::size_t written = 0;
  while (written < content.size()) {
    ssize_t count = ::write(descriptor, content.data() + written, content.size() - written);
    if (count < 0) {
      if (errno == EINTR) continue;
      fail(errno);
    }
    written += static_cast<std::size_t>(count);
  }
  ::fchmod(descriptor, 0644);
  if (flush == Flush::Now && ::fsync(descriptor) != 0) fail(errno);
  if (::close(descriptor) != 0) {
    int saved = errno;
    ::unlink(pattern.c_str());
    throw std::runtime_error(fmt::format("cannot write {}: {}", target.string(), std::strerror(saved)));
  }
  return pattern;
}

void write_file_atomically(const std::filesystem::path& target, const std::string& content, Flush flush) {
  std::filesystem::path temporary = write_temporary_beside(target, content, flush);
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    int saved = errno;
    ::unlink(temporary.c_str());
    throw std::runtime_error(fmt::format("cannot write {}: {}", target.string(), std::strerror(saved)));
  }
}

void sync_file_system(const std::filesystem::path& folder) {
  int descriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (descriptor < 0 || ::syncfs(descriptor) != 0) {
    int saved = errno;
    if (descriptor >= 0) ::close(descriptor);
    throw std::runtime_error(fmt::format("cannot flush {} to disk: {}", folder.string(), std::strerror(saved)));
  }
  ::close(descriptor);
}

void create_file_atomically(const std::filesystem::path& target, const std::string& content) {
  std::filesystem::path temporary = target;
  temporary.replace_filename("." + target.filename().string() + ".new-" + std::to_string(::getpid()));
  write_file_atomically(temporary, content);
  if (::link(temporary.c_str(), target.c_str()) != 0) {
    int saved = errno;
    ::unlink(temporary.c_str());
    if (saved == EEXIST) throw std::runtime_error(fmt::format("{} already exists", target.string()));
    throw std::runtime_error(fmt::format("cannot write {}: {}", target.string(), std::strerror(saved)));
  }
  ::unlink(temporary.c_str());
}

}  // namespace hok
