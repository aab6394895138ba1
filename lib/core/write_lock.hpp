#pragma once
// The lock a command that writes holds for its whole run, on the registry (hok mv, new) or on
// its output folder (hok digest): a file `.hok-lock` there, locked with flock(2), holding who
// has it. A second writer is refused at once, told who holds the lock (process id, command,
// start time); it never waits, so a CI step or a script never hangs behind an editor's run.
// The kernel releases the lock when the process ends, however it ends: a killed run never
// leaves a folder locked.
#include <filesystem>
#include <optional>
#include <string>

#include "core/message.hpp"

namespace hok {

// The lock file's name.
inline constexpr const char* lock_file_name = ".hok-lock";

class WriteLock {
 public:
  // Takes the lock on `folder` for `command` ("hok mv a b"). Throws HokError naming the holder
  // when another process has it, and std::runtime_error when the lock file cannot be made.
  WriteLock(const std::filesystem::path& folder, const std::string& command);
  ~WriteLock();
  WriteLock(const WriteLock&) = delete;
  WriteLock& operator=(const WriteLock&) = delete;

 private:
  std::filesystem::path file_;
  int descriptor_ = -1;
  int ticket_ = -1;
};

// Who holds the lock on `folder` now ("process 123, hok mv a b, since 2026-12-06 03:41:07 UTC"),
// or nullopt when nobody does.
std::optional<Message> lock_holder(const std::filesystem::path& folder);

}  // namespace hok
