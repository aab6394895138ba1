#include "check/checks.hpp"
#include "core/slug.hpp"

namespace hok {

namespace {

// True when `text` holds a Unicode combining mark (U+0300–U+036F): a letter such as ö written as
// o followed by a separate diaeresis (Unicode NFD), as macOS and some zip tools write file names.
bool has_combining_mark(const std::string& text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    auto lead = static_cast<unsigned char>(text[i]);
    auto next = static_cast<unsigned char>(text[i + 1]);
    if ((lead == 0xCC && next >= 0x80 && next <= 0xBF) || (lead == 0xCD && next >= 0x80 && next <= 0xAF)) return true;
  }
  return false;
}

}  // namespace

void check_id_filename(const Registry& registry, FindingSink& sink) {
  registry.for_each_record([&](const RecordBase& record) {
    const std::string& stem = record.source->stem;
    if (record.id == stem) return;
    // A file name that is no id cannot be matched by changing the id: only renaming the file
    // mends it. Said plainly, above all when the two look alike on screen (NFD: the name's ö is
    // o + ¨, the id's a single ö), where "does not match" alone reads as nonsense.
    if (has_combining_mark(stem)) {
      sink.add("E005", record.source->value_location("/id"),
               message("E005.message.nfd", {{"id", record.id}, {"stem", stem}}),
               message(is_slug(record.id) ? "E005.hint.rename" : "E005.hint.rename_slug", {{"id", record.id}}),
               record.id);
      return;
    }
    if (!is_slug(stem)) {
      sink.add("E005", record.source->value_location("/id"),
               message("E005.message", {{"id", record.id}, {"stem", stem}}),
               message(is_slug(record.id) ? "E005.hint.rename" : "E005.hint.rename_slug", {{"id", record.id}}),
               record.id);
      return;
    }
    sink.add("E005", record.source->value_location("/id"),
             message("E005.message", {{"id", record.id}, {"stem", stem}}),
             message("E005.hint", {{"id", record.id}, {"stem", stem}}),
             record.id);
  });
}

}  // namespace hok
