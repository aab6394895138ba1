#include "core/temporary_files.hpp"

#include <signal.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <random>
#include <string>
#include <thread>

namespace hok {

namespace {

constexpr const char* kMarker = ".hok-tmp-";

// Slots of live temporary files. A slot is free (0), being filled or emptied (1), or live (2);
// the signal handler only reads live slots, and a path's storage is never freed while live.
// `hok mv` keeps one temporary per changed file alive until it renames them all: 1 << 17 slots
// cover 131,072 files; beyond that a file is not tracked and the next run that writes removes it.
constexpr std::size_t kSlots = 1 << 17;
struct Slot {
  std::atomic<int> state{0};
  std::atomic<char*> path{nullptr};
};
std::array<Slot, kSlots> slots;
std::atomic<std::size_t> cursor{0};
std::once_flag handlers_installed;

extern "C" void remove_temporaries_and_die(int signal_number) {
  for (Slot& slot : slots) {
    if (slot.state.load(std::memory_order_acquire) != 2) continue;
    if (char* path = slot.path.load(std::memory_order_acquire)) ::unlink(path);
  }
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

void install_handlers() {
  struct sigaction action {};
  action.sa_handler = remove_temporaries_and_die;
  sigemptyset(&action.sa_mask);
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction previous {};
    ::sigaction(signal_number, nullptr, &previous);
    if (previous.sa_handler == SIG_IGN) continue;  // e.g. started with nohup: keep ignoring it
    ::sigaction(signal_number, &action, nullptr);
  }
}

}  // namespace

std::string temporary_name(const std::string& target_name) {
  static const char kLetters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  thread_local std::mt19937_64 random(std::random_device{}() ^
                                      std::hash<std::thread::id>{}(std::this_thread::get_id()));
  std::string name = "." + target_name + kMarker;
  for (int i = 0; i < 6; ++i) name += kLetters[random() % (sizeof kLetters - 1)];
  return name;
}

bool is_temporary_name(const std::string& name) {
  if (name.size() < 1 + std::strlen(kMarker) + 6 || name[0] != '.') return false;
  std::size_t at = name.size() - 6 - std::strlen(kMarker);
  return name.compare(at, std::strlen(kMarker), kMarker) == 0;
}

int remember_temporary(const std::string& path) {
  std::call_once(handlers_installed, install_handlers);
  for (std::size_t tries = 0; tries < kSlots; ++tries) {
    std::size_t index = cursor.fetch_add(1, std::memory_order_relaxed) % kSlots;
    int expected = 0;
    if (!slots[index].state.compare_exchange_strong(expected, 1, std::memory_order_acq_rel)) continue;
    char* copy = ::strdup(path.c_str());
    char* old = slots[index].path.exchange(copy, std::memory_order_acq_rel);
    std::free(old);  // the slot was free: the handler does not read it
    slots[index].state.store(copy ? 2 : 0, std::memory_order_release);
    return copy ? static_cast<int>(index) : -1;
  }
  return -1;
}

void forget_temporary(int ticket) {
  if (ticket < 0 || static_cast<std::size_t>(ticket) >= kSlots) return;
  // The path stays allocated until the slot is reused: a handler running now may still read it.
  slots[static_cast<std::size_t>(ticket)].state.store(0, std::memory_order_release);
}

void test_kill_point(const char* step) {
  static const long kill_after = [] {
    const char* value = std::getenv("HOK_TEST_KILL_AFTER");
    return value ? std::atol(value) : 0L;
  }();
  static const bool trace = std::getenv("HOK_TEST_TRACE") != nullptr;
  // HOK_TEST_KILL_SIGNAL=TERM or INT sends that signal instead, to test the handler; STOP stops
  // the run holding its lock, to test a second writer.
  static const int signal_number = [] {
    const char* value = std::getenv("HOK_TEST_KILL_SIGNAL");
    std::string name = value ? value : "";
    return name == "TERM" ? SIGTERM : name == "INT" ? SIGINT : name == "STOP" ? SIGSTOP : SIGKILL;
  }();
  static std::atomic<long> count{0};
  long now = ++count;
  if (trace) std::fprintf(stderr, "hok: step %ld: %s\n", now, step);
  if (kill_after > 0 && now == kill_after) ::kill(::getpid(), signal_number);
}

}  // namespace hok
