#include "core/rename_journal.hpp"

#include <fstream>
#include <iterator>

#include <fmt/format.h>

#include "core/write_lock.hpp"

namespace fs = std::filesystem;

namespace hok {

namespace {

constexpr const char* kFirstLine = "hok-mv-journal 1";

// Reads the line from `at` (without its '\n') and moves `at` past it; false at the end.
bool next_line(const std::string& text, std::size_t& at, std::string& line) {
  std::size_t end = text.find('\n', at);
  if (end == std::string::npos) return false;
  line = text.substr(at, end - at);
  at = end + 1;
  return true;
}

bool after_prefix(const std::string& line, const std::string& prefix, std::string& rest) {
  if (line.compare(0, prefix.size(), prefix) != 0) return false;
  rest = line.substr(prefix.size());
  return true;
}

}  // namespace

std::string journal_text(const RenameJournal& journal) {
  std::string text = fmt::format("{}\nold {}\nnew {}\nfiles {}\n", kFirstLine, journal.old_id, journal.new_id,
                                 journal.files.size());
  for (const JournalFile& file : journal.files) {
    text += fmt::format("file {} {}\t{}\t{}\n", file.old_text.size(), file.new_text.size(), file.path, file.new_path);
    text += file.old_text;
    text += file.new_text;
    text += '\n';
  }
  return text + "end\n";
}

std::optional<RenameJournal> parse_journal(const std::string& text) {
  RenameJournal journal;
  std::size_t at = 0;
  std::string line, rest;
  if (!next_line(text, at, line) || line != kFirstLine) return std::nullopt;
  if (!next_line(text, at, line) || !after_prefix(line, "old ", journal.old_id)) return std::nullopt;
  if (!next_line(text, at, line) || !after_prefix(line, "new ", journal.new_id)) return std::nullopt;
  if (!next_line(text, at, line) || !after_prefix(line, "files ", rest)) return std::nullopt;
  std::size_t count = 0;
  try {
    count = std::stoul(rest);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  for (std::size_t i = 0; i < count; ++i) {
    if (!next_line(text, at, line) || !after_prefix(line, "file ", rest)) return std::nullopt;
    std::size_t old_size = 0, new_size = 0, used = 0;
    try {
      old_size = std::stoul(rest, &used);
      rest = rest.substr(used);
      new_size = std::stoul(rest, &used);
      rest = rest.substr(used);
    } catch (const std::exception&) {
      return std::nullopt;
    }
    std::size_t tab = rest.find('\t');
    std::size_t second = tab == std::string::npos ? tab : rest.find('\t', tab + 1);
    if (second == std::string::npos) return std::nullopt;
    JournalFile file;
    file.path = rest.substr(tab + 1, second - tab - 1);
    file.new_path = rest.substr(second + 1);
    if (file.path.empty() || file.new_path.empty() || text.size() - at < old_size + new_size + 1) return std::nullopt;
    file.old_text = text.substr(at, old_size);
    file.new_text = text.substr(at + old_size, new_size);
    at += old_size + new_size;
    if (text[at] != '\n') return std::nullopt;
    ++at;
    journal.files.push_back(std::move(file));
  }
  if (!next_line(text, at, line) || line != "end" || at != text.size()) return std::nullopt;
  return journal;
}

bool has_rename_journal(const fs::path& root) {
  std::error_code error;
  return fs::symlink_status(root / rename_journal_name, error).type() != fs::file_type::not_found;
}

Message rename_journal_refusal(const fs::path& root, bool holding_lock) {
  std::ifstream in(root / rename_journal_name, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::optional<RenameJournal> journal = parse_journal(text);
  Message what = journal ? message("error.journal.named", {{"old", journal->old_id}, {"new", journal->new_id}})
                         : message("error.journal.unnamed");
  std::optional<Message> holder = holding_lock ? std::nullopt : lock_holder(root);
  if (holder) return message("error.journal.running", {{"what", what}, {"holder", *holder}});
  return message("error.journal.interrupted",
                 {{"what", what},
                  {"journal", (root / rename_journal_name).string()},
                  {"count", journal ? std::to_string(journal->files.size()) : "?"}});
}

}  // namespace hok
