#include <catch2/catch.hpp>

#include "core/rename_journal.hpp"

TEST_CASE("a rename journal reads back byte for byte", "[core][rename_journal]") {
  hok::RenameJournal journal{"a", "b", {}};
  journal.files.push_back({"groups/a.yaml", "groups/b.yaml", "\xEF\xBB\xBFid: a\r\n", "\xEF\xBB\xBFid: b\r\n"});
  journal.files.push_back({"hok.yaml", "hok.yaml", "secretariat: a\nend\n", "secretariat: b\nend\n"});
  journal.files.push_back({"groups/tom.yaml", "groups/tom.yaml", "", "x"});
  std::optional<hok::RenameJournal> read = hok::parse_journal(hok::journal_text(journal));
  REQUIRE(read);
  CHECK(read->old_id == "a");
  CHECK(read->new_id == "b");
  REQUIRE(read->files.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(read->files[i].path == journal.files[i].path);
    CHECK(read->files[i].new_path == journal.files[i].new_path);
    CHECK(read->files[i].old_text == journal.files[i].old_text);
    CHECK(read->files[i].new_text == journal.files[i].new_text);
  }
}

TEST_CASE("a journal cut short is not taken for a complete one", "[core][rename_journal]") {
  hok::RenameJournal journal{"a", "b", {{"groups/a.yaml", "groups/b.yaml", "id: a\n", "id: b\n"}}};
  std::string text = hok::journal_text(journal);
  for (std::size_t size = 0; size < text.size(); ++size) {
    INFO(size);
    CHECK_FALSE(hok::parse_journal(text.substr(0, size)));
  }
  CHECK_FALSE(hok::parse_journal(text + "x"));
}
