#include "checked_output.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <streambuf>
#include <string>

#include "core/finding_catalog.hpp"

namespace hok::cli {

namespace {

// A stream buffer over a file descriptor that writes whole buffers with write(2), retrying short
// writes and EINTR, and records the first error. After an error it discards further output (the
// destination is broken; what follows would only be lost more slowly).
class CheckedBuffer : public std::streambuf {
 public:
  CheckedBuffer(int fd, std::size_t size) : fd_(fd), buffer_(size, '\0') {
    if (size > 0) setp(buffer_.data(), buffer_.data() + buffer_.size());
  }

  int error() const { return error_; }

 protected:
  int_type overflow(int_type ch) override {
    if (!drain()) return traits_type::eof();
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    char c = traits_type::to_char_type(ch);
    if (buffer_.empty()) return write_all(&c, 1) ? ch : traits_type::eof();
    *pptr() = c;
    pbump(1);
    return ch;
  }

  std::streamsize xsputn(const char* data, std::streamsize count) override {
    if (buffer_.empty() || count > static_cast<std::streamsize>(buffer_.size())) {
      if (!drain()) return 0;
      return write_all(data, static_cast<std::size_t>(count)) ? count : 0;
    }
    return std::streambuf::xsputn(data, count);
  }

  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    std::size_t pending = static_cast<std::size_t>(pptr() - pbase());
    bool ok = pending == 0 || write_all(pbase(), pending);
    if (!buffer_.empty()) setp(buffer_.data(), buffer_.data() + buffer_.size());
    return ok;
  }

  bool write_all(const char* data, std::size_t count) {
    if (error_ != 0) return false;
    while (count > 0) {
      ssize_t written = ::write(fd_, data, count);
      if (written < 0 && errno == EINTR) continue;
      if (written <= 0) {
        error_ = written < 0 ? errno : EIO;
        return false;
      }
      data += written;
      count -= static_cast<std::size_t>(written);
    }
    return true;
  }

  int fd_;
  std::string buffer_;
  int error_ = 0;
};

// Never destroyed: std::cout may be flushed by the runtime after main() returns.
CheckedBuffer* out_buffer = nullptr;
CheckedBuffer* err_buffer = nullptr;

}  // namespace

void install_checked_output() {
  out_buffer = new CheckedBuffer(STDOUT_FILENO, 64 * 1024);
  err_buffer = new CheckedBuffer(STDERR_FILENO, 0);  // unbuffered, as stderr is
  std::cout.rdbuf(out_buffer);
  std::cerr.rdbuf(err_buffer);
}

int finish_output(int code) {
  if (out_buffer == nullptr) return code;
  std::cout.flush();
  std::cerr.flush();
  int out_error = out_buffer->error();
  int err_error = err_buffer->error();
  if (out_error != 0 && out_error != EPIPE) {
    std::cerr << "hok: error: "
              << run_catalog().render(message("error.stdout_failed", {{"detail", std::strerror(out_error)}})) << "\n";
    std::cerr.flush();
    return 2;
  }
  if (err_error != 0 && err_error != EPIPE) return 2;
  return code;
}

}  // namespace hok::cli
