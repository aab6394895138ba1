#pragma once
// hok's temporary files: how they are named, so that one left by a killed run is recognised
// (never loaded, published or counted; removed by the next run that writes), and the list of
// those alive now, removed by the handler of SIGINT, SIGTERM and SIGHUP before the process ends.
#include <string>

namespace hok {

// The name of a new temporary file beside `target_name`: ".<target_name>.hok-tmp-<6 characters>".
std::string temporary_name(const std::string& target_name);

// Whether a file name is one of hok's temporary files (`temporary_name`, and the lock and journal
// temporaries, which share the form).
bool is_temporary_name(const std::string& name);

// Registers a file (an absolute or working-folder-relative path) to be removed if the process is
// ended by SIGINT, SIGTERM or SIGHUP; installs the handlers on first use. Returns a ticket for
// `forget_temporary`. Safe to call from several threads.
int remember_temporary(const std::string& path);

// The file was renamed into place or removed: the signal handler leaves it alone.
void forget_temporary(int ticket);

// Test hook: when the environment variable HOK_TEST_KILL_AFTER is N > 0, the N-th call in the
// process sends SIGKILL (or HOK_TEST_KILL_SIGNAL: TERM, INT) to the process itself, so a test can
// end a run at every step. `step` names the step for HOK_TEST_TRACE (printed to stderr when set).
void test_kill_point(const char* step);

}  // namespace hok
