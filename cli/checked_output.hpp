#pragma once
// Standard output and standard error, checked: every byte hok prints goes through a buffer that
// writes to file descriptor 1 or 2 itself and remembers the first failed write, so that a full
// disk (`hok report data > /dev/full`) or a short write ends the run with exit 2 and a message
// instead of exit 0 and an empty or truncated file. A closed pipe (`hok validate | head`) is not
// a failure: the reader has what it wanted.
namespace hok::cli {

// Routes std::cout and std::cerr through checked buffers. Call once, first thing in main().
void install_checked_output();

// Flushes both streams and returns the exit code to use: `code` when everything written reached
// its destination (or the pipe's reader left), else 2, after saying on standard error (when it
// still works) what could not be written.
int finish_output(int code);

}  // namespace hok::cli
