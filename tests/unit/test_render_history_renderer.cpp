#include <catch2/catch.hpp>

#include "render/history_renderer.hpp"

using hok::GitCommitInfo;
using hok::RecordHistory;

namespace {

RecordHistory two_commits() {
  RecordHistory history;
  history.status = RecordHistory::Status::Available;
  history.path = "data/groups/vis.yaml";
  history.revision = "HEAD";
  history.commits = {
      GitCommitInfo{std::string(40, 'b'), "bbbbbbb", "VIS byter namn", "Anna Ek", "2024-06-01"},
      GitCommitInfo{std::string(40, 'a'), "aaaaaaa", "VIS inrättas", "Bo Ek", "2024-02-01"},
  };
  return history;
}

}  // namespace

TEST_CASE("show's history names the last change and lists the commits newest first", "[render][history]") {
  const std::string text = hok::render_history_text(two_commits());
  CHECK(text ==
        "\nHistory (git, from HEAD): data/groups/vis.yaml last changed 2024-06-01 in bbbbbbb.\n"
        "  2024-06-01  bbbbbbb  Anna Ek: VIS byter namn\n"
        "  2024-02-01  aaaaaaa  Bo Ek: VIS inrättas\n");
}

TEST_CASE("show's history says when older commits are left out and when the copy is not committed",
          "[render][history]") {
  RecordHistory history = two_commits();
  history.more = true;
  history.uncommitted = true;
  const std::string text = hok::render_history_text(history);
  CHECK(text.find("older changes too (--history N shows more)") != std::string::npos);
  CHECK(text.find("The working tree's copy has changes that are not committed yet.") != std::string::npos);
}

TEST_CASE("show's history is plain about a file never committed and a registry outside git",
          "[render][history]") {
  RecordHistory never;
  never.status = RecordHistory::Status::Available;
  never.path = "groups/ny.yaml";
  never.revision = "HEAD";
  never.uncommitted = true;
  CHECK(hok::render_history_text(never) ==
        "\nHistory (git, from HEAD): groups/ny.yaml has never been committed.\n"
        "  The working tree's copy has changes that are not committed yet.\n");
  RecordHistory outside;
  CHECK(hok::render_history_text(outside) == "\nHistory: none; the registry is not in a git repository.\n");
  RecordHistory empty;
  empty.status = RecordHistory::Status::NoCommits;
  CHECK(hok::render_history_text(empty) == "\nHistory: none; the git repository has no commits yet.\n");
  CHECK(hok::history_json(outside)["path"].is_null());
}

TEST_CASE("a commit message cannot smuggle control characters into show's history", "[render][history]") {
  RecordHistory history = two_commits();
  history.commits[0].summary = "x\x1b[31mred";
  history.commits[0].author = "A\nB";
  const std::string text = hok::render_history_text(history);
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find("A\\nB: x\\x1b[31mred") != std::string::npos);
}

TEST_CASE("show's history in a shallow clone says the history was cut, with the fix", "[render][history]") {
  RecordHistory cut;
  cut.status = RecordHistory::Status::Available;
  cut.path = "groups/vis.yaml";
  cut.revision = "HEAD";
  cut.cut = true;
  const std::string alone = hok::render_history_text(cut);
  CHECK(alone.find("groups/vis.yaml is older than the history this clone holds") != std::string::npos);
  CHECK(alone.find("git fetch --unshallow") != std::string::npos);
  CHECK(alone.find("fetch-depth: 0") != std::string::npos);
  CHECK(alone.find("never been committed") == std::string::npos);
  CHECK(hok::history_json(cut)["cut"] == true);

  RecordHistory some = two_commits();
  some.cut = true;
  const std::string listed = hok::render_history_text(some);
  CHECK(listed.find("last changed 2024-06-01") != std::string::npos);
  CHECK(listed.find("older changes cut off") != std::string::npos);
  CHECK(hok::render_history_text(two_commits()).find("cut off") == std::string::npos);
  CHECK(hok::history_json(two_commits())["cut"] == false);
}
