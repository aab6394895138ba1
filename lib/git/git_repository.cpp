#include "git/git_repository.hpp"

#include <git2.h>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <mutex>
#include <set>

#include <fmt/format.h>

#include "load/registry_loader.hpp"

namespace hok {

namespace {

// libgit2 must be initialised once per process; the counter is reference-counted by libgit2.
struct LibraryInit {
  LibraryInit() { git_libgit2_init(); }
  ~LibraryInit() { git_libgit2_shutdown(); }
};

std::string last_error() {
  const git_error* error = git_error_last();
  return error && error->message ? error->message : "unknown error";
}

template <typename T, void (*Free)(T*)>
struct Owned {
  T* pointer = nullptr;
  ~Owned() {
    if (pointer) Free(pointer);
  }
  T** out() { return &pointer; }
  T* get() const { return pointer; }
};

using Object = Owned<git_object, git_object_free>;
using Commit = Owned<git_commit, git_commit_free>;
using Tree = Owned<git_tree, git_tree_free>;
using TreeEntry = Owned<git_tree_entry, git_tree_entry_free>;
using Blob = Owned<git_blob, git_blob_free>;

std::string hex(const git_oid* oid) {
  char buffer[GIT_OID_HEXSZ + 1];
  git_oid_tostr(buffer, sizeof buffer, oid);
  return buffer;
}

bool parse_oid(const std::string& text, git_oid& oid) { return git_oid_fromstr(&oid, text.c_str()) == 0; }

GitCommitInfo info_of(git_commit* commit) {
  GitCommitInfo info;
  info.id = hex(git_commit_id(commit));
  info.short_id = info.id.substr(0, 7);
  const char* summary = git_commit_summary(commit);
  info.summary = summary ? summary : "";
  const git_signature* author = git_commit_author(commit);
  info.author = author && author->name ? author->name : "";
  std::time_t time = static_cast<std::time_t>(git_commit_time(commit));
  std::tm utc{};
  gmtime_r(&time, &utc);
  info.date = fmt::format("{:04}-{:02}-{:02}", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
  return info;
}

// How a walk down the first-parent line ended.
enum class WalkEnd {
  Stopped,  // the visitor asked to stop
  Root,     // a commit without parents
  Cut,      // a shallow clone's boundary: the parent is not in the repository
  Broken,   // a commit that cannot be read
};

}  // namespace

struct GitRepository::State {
  LibraryInit init;
  // One repository object serves every loading thread; libgit2 does not promise that is safe.
  mutable std::mutex mutex;
  git_repository* repository = nullptr;
  // The commits a shallow clone's history stops at (.git/shallow); empty for a full clone. Read
  // here rather than through libgit2, whose versions disagree on whether such a commit has parents.
  std::set<std::string> shallow_roots;
  ~State() {
    if (repository) git_repository_free(repository);
  }

  void read_shallow_roots() {
    if (!git_repository_is_shallow(repository)) return;
    std::ifstream in(std::filesystem::path(git_repository_commondir(repository)) / "shallow");
    std::string line;
    while (std::getline(in, line)) {
      if (line.size() >= GIT_OID_HEXSZ) shallow_roots.insert(line.substr(0, GIT_OID_HEXSZ));
    }
  }

  // Visits `start` and its first parents, newest first, until `visit` returns false or the line
  // ends. Walked by hand, not with git_revwalk: a revwalk sorted by time reads every commit before
  // the first and fails outright in a shallow clone.
  template <typename Visit>
  WalkEnd walk_first_parents(const git_oid& start, Visit visit) const {
    Commit current;
    if (git_commit_lookup(current.out(), repository, &start) != 0) return WalkEnd::Broken;
    while (true) {
      Commit parent;
      bool has_parent = git_commit_parentcount(current.get()) > 0 &&
                        !shallow_roots.count(hex(git_commit_id(current.get()))) &&
                        git_commit_parent(parent.out(), current.get(), 0) == 0;
      const git_commit* parent_commit = has_parent ? parent.get() : nullptr;
      if (!visit(current.get(), parent_commit)) return WalkEnd::Stopped;
      if (!has_parent) {
        if (git_commit_parentcount(current.get()) == 0 && !shallow_roots.count(hex(git_commit_id(current.get())))) {
          return WalkEnd::Root;
        }
        return shallow_roots.empty() ? WalkEnd::Broken : WalkEnd::Cut;
      }
      std::swap(current.pointer, parent.pointer);
    }
  }

  void commit_tree(const std::string& commit_id, Commit& commit, Tree& tree) const {
    git_oid oid;
    if (!parse_oid(commit_id, oid) || git_commit_lookup(commit.out(), repository, &oid) != 0 ||
        git_commit_tree(tree.out(), commit.get()) != 0) {
      throw HokError(message("error.git.read_commit", {{"commit", commit_id}, {"detail", last_error()}}));
    }
  }
};

GitRepository::GitRepository(const std::filesystem::path& path) : state_(std::make_unique<State>()) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(path, error);
  if (git_repository_open_ext(&state_->repository, absolute.c_str(), 0, nullptr) != 0) {
    throw HokError(message("error.not_git", {{"path", path.string()}}));
  }
  state_->read_shallow_roots();
}

bool GitRepository::is_shallow() const { return !state_->shallow_roots.empty(); }

GitRepository::~GitRepository() = default;

std::optional<std::filesystem::path> GitRepository::workdir() const {
  const char* directory = git_repository_workdir(state_->repository);
  if (!directory) return std::nullopt;
  return std::filesystem::path(directory);
}

std::string GitRepository::resolve_commit(const std::string& revision) const {
  Object object;
  Object peeled;
  if (revision.empty() || revision.size() > 256 ||
      git_revparse_single(object.out(), state_->repository, revision.c_str()) != 0 ||
      git_object_peel(peeled.out(), object.get(), GIT_OBJECT_COMMIT) != 0) {
    if (is_shallow()) {
      throw HokError(message("error.unknown_revision_shallow", {{"revision", revision}, {"fix", message("error.shallow_fix")}}));
    }
    throw HokError(message("error.unknown_revision", {{"revision", revision}}));
  }
  return hex(git_object_id(peeled.get()));
}

std::optional<std::vector<GitTreeEntry>> GitRepository::list(const std::string& commit_id,
                                                             const std::string& folder) const {
  Commit commit;
  Tree top;
  state_->commit_tree(commit_id, commit, top);
  Tree sub;
  const git_tree* tree = top.get();
  if (!folder.empty()) {
    TreeEntry entry;
    if (git_tree_entry_bypath(entry.out(), top.get(), folder.c_str()) != 0 ||
        git_tree_entry_type(entry.get()) != GIT_OBJECT_TREE ||
        git_tree_lookup(sub.out(), state_->repository, git_tree_entry_id(entry.get())) != 0) {
      return std::nullopt;
    }
    tree = sub.get();
  }
  std::vector<GitTreeEntry> entries;
  auto callback = [](const char* root, const git_tree_entry* entry, void* payload) -> int {
    auto* out = static_cast<std::vector<GitTreeEntry>*>(payload);
    GitTreeEntry item;
    item.path = std::string(root) + git_tree_entry_name(entry);
    item.mode = static_cast<unsigned>(git_tree_entry_filemode(entry));
    item.oid = hex(git_tree_entry_id(entry));
    // Hidden folders (.git-like, .github) are not part of the registry: do not descend.
    bool hidden = git_tree_entry_name(entry)[0] == '.';
    out->push_back(std::move(item));
    return hidden && git_tree_entry_type(entry) == GIT_OBJECT_TREE ? 1 : 0;
  };
  if (git_tree_walk(tree, GIT_TREEWALK_PRE, callback, &entries) != 0) {
    throw HokError(message("error.git.list_commit", {{"commit", commit_id}, {"detail", last_error()}}));
  }
  return entries;
}

bool GitRepository::has_blob(const std::string& commit_id, const std::string& path) const {
  Commit commit;
  Tree tree;
  state_->commit_tree(commit_id, commit, tree);
  TreeEntry entry;
  if (git_tree_entry_bypath(entry.out(), tree.get(), path.c_str()) != 0) return false;
  return git_tree_entry_type(entry.get()) == GIT_OBJECT_BLOB;
}

std::optional<std::string> GitRepository::blob_id(const std::string& commit_id, const std::string& path) const {
  Commit commit;
  Tree tree;
  state_->commit_tree(commit_id, commit, tree);
  TreeEntry entry;
  if (git_tree_entry_bypath(entry.out(), tree.get(), path.c_str()) != 0) return std::nullopt;
  if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB) return std::nullopt;
  return hex(git_tree_entry_id(entry.get()));
}

std::string GitRepository::hash_blob(const std::string& content) {
  LibraryInit init;
  git_oid oid;
  if (git_odb_hash(&oid, content.data(), content.size(), GIT_OBJECT_BLOB) != 0) return "";
  return hex(&oid);
}

bool GitRepository::read_blob(const std::string& oid_text, std::size_t max_bytes, std::string& content,
                              bool& too_large, std::string& error) const {
  std::lock_guard<std::mutex> lock(state_->mutex);
  content.clear();
  too_large = false;
  git_oid oid;
  if (!parse_oid(oid_text, oid)) {
    error = "not an object id";
    return false;
  }
  Owned<git_odb, git_odb_free> odb;
  std::size_t size = 0;
  git_object_t type = GIT_OBJECT_INVALID;
  if (git_repository_odb(odb.out(), state_->repository) != 0 ||
      git_odb_read_header(&size, &type, odb.get(), &oid) != 0 || type != GIT_OBJECT_BLOB) {
    error = last_error();
    return false;
  }
  if (size > max_bytes) {
    too_large = true;
    return true;
  }
  Blob blob;
  if (git_blob_lookup(blob.out(), state_->repository, &oid) != 0) {
    error = last_error();
    return false;
  }
  // Blob content is not NUL-terminated and may be NULL when empty.
  const void* raw = git_blob_rawcontent(blob.get());
  git_object_size_t length = git_blob_rawsize(blob.get());
  if (raw && length > 0) content.assign(static_cast<const char*>(raw), static_cast<std::size_t>(length));
  return true;
}

std::vector<GitCommitInfo> GitRepository::history(const std::string& commit_id, const std::string& path,
                                                  std::size_t limit, bool* cut) const {
  std::vector<GitCommitInfo> result;
  if (cut) *cut = false;
  git_oid start;
  if (!parse_oid(commit_id, start) || limit == 0) return result;
  auto entry_id = [&](const git_commit* commit) -> std::optional<std::string> {
    Tree tree;
    if (git_commit_tree(tree.out(), commit) != 0) return std::nullopt;
    TreeEntry entry;
    if (git_tree_entry_bypath(entry.out(), tree.get(), path.c_str()) != 0) return std::nullopt;
    return hex(git_tree_entry_id(entry.get()));
  };
  bool path_at_end = false;
  WalkEnd end = state_->walk_first_parents(start, [&](git_commit* commit, const git_commit* parent) {
    std::optional<std::string> mine = entry_id(commit);
    if (!parent && mine && !state_->shallow_roots.empty() &&
        state_->shallow_roots.count(hex(git_commit_id(commit)))) {
      path_at_end = true;  // what this commit did to the path is unknown
      return false;
    }
    std::optional<std::string> parents = parent ? entry_id(parent) : std::nullopt;
    if (mine != parents) result.push_back(info_of(commit));
    return result.size() < limit;
  });
  if (cut) *cut = path_at_end && end == WalkEnd::Stopped;
  return result;
}

std::optional<std::string> GitRepository::last_commit_before(const std::string& commit_id, const std::string& date,
                                                            bool* cut) const {
  if (cut) *cut = false;
  std::tm day{};
  if (std::sscanf(date.c_str(), "%d-%d-%d", &day.tm_year, &day.tm_mon, &day.tm_mday) != 3) return std::nullopt;
  day.tm_year -= 1900;
  day.tm_mon -= 1;
  const git_time_t limit = static_cast<git_time_t>(timegm(&day));
  git_oid start;
  if (!parse_oid(commit_id, start)) return std::nullopt;
  std::optional<std::string> found;
  WalkEnd end = state_->walk_first_parents(start, [&](git_commit* commit, const git_commit*) {
    if (git_commit_time(commit) < limit) {
      found = hex(git_commit_id(commit));
      return false;
    }
    return true;
  });
  if (cut) *cut = !found && end == WalkEnd::Cut;
  return found;
}

GitCommitInfo GitRepository::describe(const std::string& commit_id) const {
  Commit commit;
  Tree tree;
  state_->commit_tree(commit_id, commit, tree);
  return info_of(commit.get());
}

}  // namespace hok
