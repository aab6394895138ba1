#pragma once
// Runs `task(i)` for every i in [0, count) on `threads` threads (0: all cores), each thread taking
// the next index as it finishes one. Tasks must write only their own slot. An exception escaping
// a task is kept and, once every thread has stopped, the one with the lowest index is rethrown,
// so which failure is reported never depends on the number of threads. Used by the loader (one
// file per task), the validate checks and the digest's pages.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace hok {

// As parallel_for, but each thread first calls `make_task()` for a task of its own (one that keeps
// per-thread state, such as parsed templates).
template <typename MakeTask>
void parallel_for_each_thread(std::size_t count, unsigned threads, MakeTask make_task) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, count)));
  std::vector<std::exception_ptr> failures(count);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    auto task = make_task();
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        task(i);
      } catch (...) {
        failures[i] = std::current_exception();
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
  for (const std::exception_ptr& failure : failures) {
    if (failure) std::rethrow_exception(failure);
  }
}

template <typename Task>
void parallel_for(std::size_t count, unsigned threads, Task task) {
  parallel_for_each_thread(count, threads, [&task] { return [&task](std::size_t i) { task(i); }; });
}

}  // namespace hok
