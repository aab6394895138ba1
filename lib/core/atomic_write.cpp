#include "core/atomic_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <mutex>
#include <stdexcept>

#include <fmt/format.h>

#include "core/temporary_files.hpp"

namespace fs = std::filesystem;

namespace hok {

namespace {

[[noreturn]] void fail(const std::string& what, const fs::path& path, int saved) {
  throw std::runtime_error(fmt::format("cannot {} {}: {}", what, path.string(), std::strerror(saved)));
}

// Tickets of the live temporary files (core/temporary_files), by path.
std::mutex tickets_mutex;
std::map<std::string, int> tickets;

void remember(const fs::path& path) {
  int ticket = remember_temporary(path.string());
  std::lock_guard lock(tickets_mutex);
  tickets[path.string()] = ticket;
}

void forget(const fs::path& path) {
  std::lock_guard lock(tickets_mutex);
  auto found = tickets.find(path.string());
  if (found == tickets.end()) return;
  forget_temporary(found->second);
  tickets.erase(found);
}

void write_all(int descriptor, const std::string& content, const fs::path& shown) {
  std::size_t written = 0;
  while (written < content.size()) {
    ssize_t count = ::write(descriptor, content.data() + written, content.size() - written);
    if (count < 0) {
      if (errno == EINTR) continue;
      fail("write", shown, errno);
    }
    written += static_cast<std::size_t>(count);
  }
}

void find_temporaries(const fs::path& folder, const std::string& relative, int depth, std::vector<std::string>& found) {
  if (depth > 32) return;
  std::error_code error;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    std::string name = it->path().filename().string();
    std::string path = relative.empty() ? name : relative + "/" + name;
    std::error_code type_error;
    fs::file_status status = it->symlink_status(type_error);
    if (type_error) continue;
    if (fs::is_directory(status)) {
      if (name[0] != '.' || name == ".hok") find_temporaries(it->path(), path, depth + 1, found);
    } else if (is_temporary_name(name)) {
      found.push_back(path);
    }
  }
}

}  // namespace

Folder Folder::open(const fs::path& path, bool create) {
  fs::path shown = path.empty() ? fs::path(".") : path;
  if (create) {
    std::error_code error;
    fs::create_directories(shown, error);
    if (error) throw std::runtime_error(fmt::format("cannot create {}: {}", shown.string(), error.message()));
  }
  int descriptor = ::open(shown.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (descriptor < 0) fail("open the folder", shown, errno);
  return Folder(descriptor, shown);
}

Folder Folder::child(const std::string& relative, bool create) const {
  int current = ::dup(descriptor_);
  if (current < 0) fail("open the folder", path_, errno);
  fs::path shown = path_;
  std::size_t start = 0;
  while (start <= relative.size()) {
    std::size_t slash = relative.find('/', start);
    std::string name = relative.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    start = slash == std::string::npos ? relative.size() + 1 : slash + 1;
    if (name.empty() || name == ".") continue;
    shown /= name;
    if (name == "..") {
      ::close(current);
      throw std::runtime_error(fmt::format("refusing to write outside {}: {}", path_.string(), relative));
    }
    if (create && ::mkdirat(current, name.c_str(), 0755) != 0 && errno != EEXIST) {
      int saved = errno;
      ::close(current);
      fail("create", shown, saved);
    }
    int next = ::openat(current, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    int saved = errno;
    struct stat info {};
    bool link = next < 0 && ::fstatat(current, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(info.st_mode);
    ::close(current);
    if (next < 0) {
      if (saved == ELOOP || link) {
        throw std::runtime_error(fmt::format(
            "{} is a symbolic link; hok never writes through a link. Replace it with a real folder", shown.string()));
      }
      if (saved == ENOTDIR) {
        throw std::runtime_error(fmt::format("{} is not a folder", shown.string()));
      }
      fail("open the folder", shown, saved);
    }
    current = next;
  }
  return Folder(current, shown);
}

Folder::Folder(Folder&& other) noexcept : descriptor_(other.descriptor_), path_(std::move(other.path_)) {
  other.descriptor_ = -1;
}

Folder& Folder::operator=(Folder&& other) noexcept {
  if (this != &other) {
    if (descriptor_ >= 0) ::close(descriptor_);
    descriptor_ = other.descriptor_;
    path_ = std::move(other.path_);
    other.descriptor_ = -1;
  }
  return *this;
}

Folder::~Folder() {
  if (descriptor_ >= 0) ::close(descriptor_);
}

std::string Folder::write_temporary(const std::string& target_name, const std::string& content, Flush flush,
                                    int mode) const {
  std::string name;
  int descriptor = -1;
  for (int tries = 0; tries < 100 && descriptor < 0; ++tries) {
    name = temporary_name(target_name);
    remember(path_ / name);  // before it exists: a signal between open and remember leaves nothing
    descriptor = ::openat(descriptor_, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (descriptor < 0) {
      int saved = errno;
      forget(path_ / name);
      if (saved != EEXIST) fail("write", path_ / target_name, saved);
    }
  }
  if (descriptor < 0) fail("write", path_ / target_name, EEXIST);
  try {
    write_all(descriptor, content, path_ / target_name);
    if (::fchmod(descriptor, static_cast<mode_t>(mode)) != 0) fail("write", path_ / target_name, errno);
    if (flush == Flush::Now && ::fsync(descriptor) != 0) fail("write", path_ / target_name, errno);
    if (::close(descriptor) != 0) {
      descriptor = -1;
      fail("write", path_ / target_name, errno);
    }
  } catch (...) {
    if (descriptor >= 0) ::close(descriptor);
    ::unlinkat(descriptor_, name.c_str(), 0);
    forget(path_ / name);
    throw;
  }
  return name;
}

void Folder::rename(const std::string& temporary, const std::string& name) const {
  if (::renameat(descriptor_, temporary.c_str(), descriptor_, name.c_str()) != 0) fail("write", path_ / name, errno);
  forget(path_ / temporary);
}

void Folder::link(const std::string& temporary, const std::string& name) const {
  if (::linkat(descriptor_, temporary.c_str(), descriptor_, name.c_str(), 0) != 0) {
    int saved = errno;
    if (saved == EEXIST) throw std::runtime_error(fmt::format("{} already exists", (path_ / name).string()));
    fail("write", path_ / name, saved);
  }
  ::unlinkat(descriptor_, temporary.c_str(), 0);
  forget(path_ / temporary);
}

bool Folder::remove(const std::string& name) const {
  if (::unlinkat(descriptor_, name.c_str(), 0) != 0) {
    if (errno == ENOENT) {
      forget(path_ / name);
      return false;
    }
    fail("remove", path_ / name, errno);
  }
  forget(path_ / name);
  return true;
}

void Folder::write_atomically(const std::string& name, const std::string& content, Flush flush, int mode) const {
  std::string temporary = write_temporary(name, content, flush, mode);
  try {
    rename(temporary, name);
  } catch (...) {
    remove(temporary);
    throw;
  }
}

void Folder::create_atomically(const std::string& name, const std::string& content, Flush flush, int mode) const {
  std::string temporary = write_temporary(name, content, flush, mode);
  try {
    link(temporary, name);
  } catch (...) {
    remove(temporary);
    throw;
  }
}

std::string Folder::read(const std::string& name) const {
  int descriptor = ::openat(descriptor_, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (descriptor < 0) fail("read", path_ / name, errno);
  std::string content;
  char buffer[65536];
  while (true) {
    ssize_t count = ::read(descriptor, buffer, sizeof buffer);
    if (count < 0) {
      if (errno == EINTR) continue;
      int saved = errno;
      ::close(descriptor);
      fail("read", path_ / name, saved);
    }
    if (count == 0) break;
    content.append(buffer, static_cast<std::size_t>(count));
  }
  ::close(descriptor);
  return content;
}

bool Folder::has(const std::string& name) const {
  struct stat info {};
  return ::fstatat(descriptor_, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0;
}

int Folder::mode_of(const std::string& name) const {
  struct stat info {};
  if (::fstatat(descriptor_, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0) return -1;
  return static_cast<int>(info.st_mode & 07777);
}

void write_file_atomically(const fs::path& target, const std::string& content, Flush flush) {
  Folder::open(target.parent_path()).write_atomically(target.filename().string(), content, flush);
}

void sync_file_system(const fs::path& folder) {
  int descriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (descriptor < 0 || ::syncfs(descriptor) != 0) {
    int saved = errno;
    if (descriptor >= 0) ::close(descriptor);
    throw std::runtime_error(fmt::format("cannot flush {} to disk: {}", folder.string(), std::strerror(saved)));
  }
  ::close(descriptor);
}

fs::path write_temporary_beside(const fs::path& target, const std::string& content, Flush flush) {
  Folder folder = Folder::open(target.parent_path());
  return folder.path() / folder.write_temporary(target.filename().string(), content, flush);
}

void create_file_atomically(const fs::path& target, const std::string& content) {
  Folder::open(target.parent_path()).create_atomically(target.filename().string(), content);
}

std::vector<std::string> find_left_temporaries(const fs::path& folder) {
  std::vector<std::string> found;
  find_temporaries(folder, "", 0, found);
  std::sort(found.begin(), found.end());
  return found;
}

std::vector<std::string> remove_left_temporaries(const fs::path& folder) {
  std::vector<std::string> found = find_left_temporaries(folder);
  for (const std::string& path : found) ::unlink((folder / path).c_str());
  return found;
}

}  // namespace hok
