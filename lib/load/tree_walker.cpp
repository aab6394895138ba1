#include "load/tree_walker.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "core/rename_journal.hpp"
#include "core/temporary_files.hpp"
#include "load/registry_loader.hpp"
#include "model/records.hpp"
#include "model/report_texts.hpp"

namespace fs = std::filesystem;

namespace hok {

namespace {

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_yaml_name(const std::string& name) { return ends_with(name, ".yaml") || ends_with(name, ".yml"); }

bool inside(const fs::path& root, const fs::path& target) {
  auto [root_end, target_it] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
  return root_end == root.end();
}

class Walker {
 public:
  Walker(const fs::path& root, FindingSink& sink) : root_(fs::weakly_canonical(root)), sink_(sink) {}

  std::vector<SourceEntry> run() {
    walk(root_, "", "", 0);
    std::sort(entries_.begin(), entries_.end(),
              [](const SourceEntry& a, const SourceEntry& b) { return a.path < b.path; });
    return std::move(entries_);
  }

 private:
  void stray(const std::string& path, Message message, Message hint) {
    report_stray(sink_, path, std::move(message), std::move(hint));
  }

  // `kind` is empty outside the kind directories.
  void walk(const fs::path& directory, const std::string& relative, const std::string& kind, int depth) {
    if (depth > 32) {
      stray(relative, message("E011.message.deep"),
            message("E011.hint.deep"));
      return;
    }
    std::error_code error;
    fs::directory_iterator it(directory, fs::directory_options::none, error);
    if (error) {
      stray(relative.empty() ? "." : relative, message("E011.message.folder_unreadable", {{"error", error.message()}}),
            message("E011.hint.folder_unreadable"));
      return;
    }
    for (const fs::directory_entry& entry : it) {
      std::string name = entry.path().filename().string();
      std::string path = relative.empty() ? name : relative + "/" + name;
      if (is_temporary_name(name)) {
        // Left by a hok run that was killed: never read, named so that nobody takes it for data.
        stray(path, message("E011.message.temporary"), message("E011.hint.temporary"));
        continue;
      }
      if (name.empty() || name[0] == '.') continue;
      // The type the directory listing already gave (d_type): no lstat per file, which was a
      // third of the walk's time on 10,000 files. Where the listing does not give it, the
      // library falls back to lstat itself.
      const bool link = entry.is_symlink(error);
      if (error) continue;
      if (relative.empty() && name == "hok.yaml") continue;  // read by the loader itself
      if (link) {
        symlink(entry.path(), path, kind);
      } else if (entry.is_directory(error) && !error) {
        std::string child_kind = kind;
        if (relative.empty()) child_kind = folder_kind(name);
        walk(entry.path(), path, child_kind, depth + 1);
      } else if (error) {
        continue;
      } else if (entry.is_regular_file(error) && !error) {
        regular(entry.path(), path, name, kind);
      } else if (!kind.empty() || is_yaml_name(name)) {
        stray(path, message("E011.message.special"),
              message("E011.hint.special"));
      }
    }
  }

  void regular(const fs::path& absolute, const std::string& path, const std::string& name, const std::string& kind) {
    classify_regular_file(path, name, kind, absolute.string(), entries_, sink_);
  }

  void symlink(const fs::path& link, const std::string& path, const std::string& kind) {
    std::error_code error;
    fs::path target = fs::canonical(link, error);
    if (error) {
      stray(path, message("E011.message.broken_link", {{"error", error.message()}}),
            message("E011.hint.broken_link"));
      return;
    }
    if (!inside(root_, target)) {
      stray(path, message("E011.message.outside_link"),
            message("E011.hint.outside_link"));
      return;
    }
    fs::file_status status = fs::status(target, error);
    if (error || !fs::is_regular_file(status)) {
      stray(path, message("E011.message.link_not_file"),
            message("E011.hint.link_not_file"));
      return;
    }
    std::string name = link.filename().string();
    regular(target, path, name, kind);
  }

  fs::path root_;
  FindingSink& sink_;
  std::vector<SourceEntry> entries_;
};

}  // namespace

std::vector<SourceEntry> list_registry_files(const fs::path& root, FindingSink& sink) {
  // A tree in the middle of a `hok mv` (or left so by a killed one) holds old and new ids at once.
  if (has_rename_journal(root)) throw HokError(rename_journal_refusal(root));
  return Walker(root, sink).run();
}

void report_stray(FindingSink& sink, const std::string& path, Message message, Message hint) {
  sink.add("E011", Location{path, 0, 0, 0}, std::move(message), std::move(hint));
}

std::string folder_kind(const std::string& top) {
  if (kind_from_directory(top) || top == kReportTextKind) return top;
  return "";
}

void classify_regular_file(const std::string& path, const std::string& name, const std::string& kind,
                           const std::string& handle, std::vector<SourceEntry>& entries, FindingSink& sink) {
  if (kind == kReportTextKind) {
    // The secretariat's part of a year's report, reports/YYYY.md; nothing else is read there.
    if (secretariat_text_year(path)) {
      entries.push_back(SourceEntry{path, kind, handle});
    } else {
      report_stray(sink, path, message("E011.message.report_name"), message("E011.hint.report_name"));
    }
    return;
  }
  if (kind.empty()) {
    if (is_yaml_name(name)) {
      report_stray(sink, path, message("E011.message.outside_kind"),
                   message("E011.hint.outside_kind"));
    }
    return;
  }
  if (ends_with(name, ".yaml") && name.size() > 5) {
    entries.push_back(SourceEntry{path, kind, handle});
  } else if (ends_with(name, ".yml")) {
    report_stray(sink, path, message("E011.message.yml"),
                 message("E011.hint.yml", {{"stem", name.substr(0, name.size() - 4)}}));
  } else {
    report_stray(sink, path, message("E011.message.not_yaml"),
                 message("E011.hint.not_yaml"));
  }
}

namespace {

class WorkingTreeSource : public RegistrySource {
 public:
  explicit WorkingTreeSource(fs::path root) : root_(std::move(root)) {}
  fs::path root() const override { return root_; }
  Message describe() const override { return message("diff.source.working_tree"); }
  SourceEntry settings_entry() const override {
    return SourceEntry{"hok.yaml", "registry", (root_ / "hok.yaml").string()};
  }
  std::vector<SourceEntry> list(FindingSink& sink) const override { return list_registry_files(root_, sink); }
  ReadOutcome read(const SourceEntry& entry, std::size_t max_bytes) const override {
    ReadOutcome outcome;
    outcome.ok = read_regular_file(entry.handle, max_bytes, outcome.content, outcome.error);
    outcome.too_large = outcome.ok && outcome.content.size() > max_bytes;
    return outcome;
  }

 private:
  fs::path root_;
};

}  // namespace

std::unique_ptr<RegistrySource> working_tree_source(const fs::path& root) {
  return std::make_unique<WorkingTreeSource>(root);
}

bool read_regular_file(const fs::path& path, std::size_t max_bytes, std::string& content, std::string& error) {
  int descriptor = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (descriptor < 0) {
    // With O_NOFOLLOW, ELOOP means "a symbolic link", not a loop.
    error = errno == ELOOP ? "it is a symbolic link, which hok does not follow" : std::strerror(errno);
    return false;
  }
  struct stat info {};
  if (::fstat(descriptor, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(descriptor);
    error = "not a regular file";
    return false;
  }
  content.clear();
  std::size_t limit = max_bytes + 1;
  content.resize(std::min<std::size_t>(static_cast<std::size_t>(info.st_size) + 1, limit));
  std::size_t filled = 0;
  while (filled < content.size()) {
    ssize_t count = ::read(descriptor, content.data() + filled, content.size() - filled);
    if (count < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      ::close(descriptor);
      return false;
    }
    if (count == 0) break;
    filled += static_cast<std::size_t>(count);
  }
  content.resize(filled);
  ::close(descriptor);
  return true;
}

}  // namespace hok
