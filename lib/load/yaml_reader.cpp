#include "load/yaml_reader.hpp"

#include <optional>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "core/byte_scan.hpp"
#include "core/scalar_typing.hpp"
#include "load/line_table.hpp"
#include "load/yaml_slips.hpp"

namespace hok {

namespace {

// Thrown from the event handler to stop parsing a file that hok will not read further.
struct StopParsing {};

// Where a quoted scalar opening at `open` closes; npos if the quote is never closed.
std::size_t closing_quote(const std::string& text, std::size_t open) {
  char quote = text[open];
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
      } else {
        return i;
      }
    }
  }
  return std::string::npos;
}

class JsonBuilder : public YAML::EventHandler {
 public:
  JsonBuilder(SourceFile& file, FindingSink& sink, const ReadLimits& limits, const LineTable& lines)
      : file_(file), sink_(sink), limits_(limits), lines_(lines) {}

  nlohmann::json take_root() { return std::move(root_); }
  bool has_root() const { return has_root_; }

  // Reports a list or mapping used as a key, once the whole document has parsed; true if there was one.
  bool report_complex_key() {
    if (!complex_key_) return false;
    report_once("complex-key", *complex_key_, message("E001.message.complex_key"), message("E001.hint.null_key"));
    return true;
  }

  void OnDocumentStart(const YAML::Mark& mark) override { document_start_ = mark; }
  const YAML::Mark& document_start() const { return document_start_; }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    if (discarding()) return;
    if (expecting_key()) {
      report_once("null-key", mark, message("E001.message.null_key_explicit"), message("E001.hint.null_key"));
      throw StopParsing{};
    }
    std::size_t offset = lines_.offset(mark);
    const std::string& text = file_.text;
    bool written = offset < text.size() && (text[offset] == '~' || text.compare(offset, 4, "null") == 0 ||
                                            text.compare(offset, 4, "Null") == 0 || text.compare(offset, 4, "NULL") == 0);
    NodePosition position = position_at(mark, written ? (text[offset] == '~' ? 1 : 4) : 0, written);
    // An empty value's mark is the next token's: point at its key instead.
    if (!written && !frames_.empty() && frames_.back().is_map) {
      position.line = frames_.back().key_position.key_line;
      position.column = frames_.back().key_position.key_column;
      position.length = frames_.back().key_position.key_length;
    }
    place(nullptr, position);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    report_once("alias", mark, message("E001.message.alias"),
                message("E001.hint.alias"));
    if (discarding()) return;
    if (expecting_key()) throw StopParsing{};
    file_.reported_pointers.push_back(value_pointer());
    place(nullptr, position_at(mark, 1, false));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(mark, anchor);
    const bool plain = tag == "?";
    if (!plain && tag != "!") {
      report_once("tag", mark, message("E001.message.tag", {{"tag", printable_tag(tag)}}), message("E001.hint.tag"));
    }
    std::size_t offset = lines_.offset(mark);
    if (!plain && offset < file_.text.size() && (file_.text[offset] == '"' || file_.text[offset] == '\'') &&
        closing_quote(file_.text, offset) == std::string::npos) {
      // yaml-cpp reads the rest of the file into this scalar without a word.
      sink_.add("E001", Location{file_.path, lines_.line(mark), lines_.column(mark), 1},
                message("E001.message.unclosed_quote"),
                message("E001.hint.unclosed_quote", {{"quote", std::string(1, file_.text[offset])}}));
      throw StopParsing{};
    }
    int length = scalar_length(value, plain, offset);
    if (discarding()) return;
    if (value.size() > limits_.max_scalar_bytes) {
      std::string pointer = expecting_key() ? current_pointer() : value_pointer();
      Location where{file_.path, lines_.line(mark), lines_.column(mark), 0};
      sink_.add("E004", where,
                message("E004.message.long_value", {{"length", utf8_length(value)}, {"limit", limits_.max_scalar_bytes}}),
                message("E004.hint.long_value"));
      if (expecting_key()) throw StopParsing{};
      file_.reported_pointers.push_back(pointer);
      place(nullptr, position_at(mark, 0, plain));
      return;
    }
    if (expecting_key()) {
      Frame& map = frames_.back();
      if (plain && value == "<<") {
        report_once("merge", mark, message("E001.message.merge"),
                    message("E001.hint.merge"));
        map.state = Frame::State::DiscardValue;
        return;
      }
      if (plain && type_scalar(value, true).is_null()) {
        report_once("null-key", mark, message("E001.message.null_key"),
                    message("E001.hint.null_key"));
        throw StopParsing{};
      }
      auto previous = map.keys.find(value);
      if (previous != map.keys.end()) {
        sink_.add("E002", Location{file_.path, lines_.line(mark), lines_.column(mark), length},
                  message("E002.message", {{"key", printable(value)}, {"line", previous->second}}),
                  message("E002.hint"));
        map.state = Frame::State::DiscardValue;
        return;
      }
      map.keys.emplace(value, lines_.line(mark));
      map.pending_key = value;
      map.key_position = NodePosition{0, 0, 0, lines_.line(mark), lines_.column(mark), length, plain};
      map.state = Frame::State::Value;
      return;
    }
    place(type_scalar(value, plain), position_at(mark, length, plain));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open_container(mark, tag, anchor, false);
  }
  void OnSequenceEnd() override { close_container(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open_container(mark, tag, anchor, true);
  }
  void OnMapEnd() override { close_container(); }

 private:
  struct Frame {
    enum class State { Key, Value, DiscardValue };
    bool is_map = false;
    bool discard = false;  // a subtree hok has already reported and does not keep
    State state = State::Key;
    std::string pointer;
    nlohmann::json* target = nullptr;
    std::string pending_key;
    NodePosition key_position;
    std::map<std::string, int> keys;  // key → line of its first occurrence
  };

  bool discarding() const {
    return draining_ || (!frames_.empty() && frames_.back().discard);
  }
  bool expecting_key() const {
    return !frames_.empty() && frames_.back().is_map && frames_.back().state == Frame::State::Key;
  }
  std::string current_pointer() const { return frames_.empty() ? "" : frames_.back().pointer; }
  std::string value_pointer() const {
    if (frames_.empty()) return "";
    const Frame& frame = frames_.back();
    if (frame.is_map) return pointer_append(frame.pointer, frame.pending_key);
    return pointer_append(frame.pointer, frame.target->size());
  }

  NodePosition position_at(const YAML::Mark& mark, int length, bool plain) const {
    return NodePosition{lines_.line(mark), lines_.column(mark), length, 0, 0, 0, plain};
  }

  int scalar_length(const std::string& value, bool plain, std::size_t offset) const {
    if (offset >= file_.text.size()) return 0;
    char first = file_.text[offset];
    if (!plain && (first == '"' || first == '\'')) {
      std::size_t close = closing_quote(file_.text, offset);
      if (close == std::string::npos) return 1;
      const std::string_view quoted = std::string_view(file_.text).substr(offset, close + 1 - offset);
      if (quoted.find('\n') != std::string_view::npos) return lines_.rest_of_line(offset);
      return utf8_length(quoted);
    }
    if (!plain) return 1;  // a block scalar: underline its indicator
    return lines_.rest_of_line(offset, utf8_length(value));
  }

  // `pointer` + "/" + the escaped `token`, in a buffer reused from value to value.
  std::string_view child_pointer(const std::string& pointer, const std::string& token) {
    scratch_pointer_.assign(pointer);
    append_pointer_token(scratch_pointer_, token);
    return scratch_pointer_;
  }

  // Stores a finished value where the current frame expects it.
  void place(nlohmann::json value, NodePosition position) {
    if (frames_.empty()) {
      root_ = std::move(value);
      has_root_ = true;
      file_.positions.set("", position);
      return;
    }
    Frame& frame = frames_.back();
    if (frame.is_map) {
      if (frame.state == Frame::State::DiscardValue) {
        frame.state = Frame::State::Key;
        return;
      }
      position.key_line = frame.key_position.key_line;
      position.key_column = frame.key_position.key_column;
      position.key_length = frame.key_position.key_length;
      file_.positions.set(child_pointer(frame.pointer, frame.pending_key), position);
      (*frame.target)[frame.pending_key] = std::move(value);
      frame.state = Frame::State::Key;
    } else {
      file_.positions.set(child_pointer(frame.pointer, std::to_string(frame.target->size())), position);
      frame.target->push_back(std::move(value));
    }
  }

  void open_container(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                      bool is_map) {
    check_anchor(mark, anchor);
    if (!tag.empty() && tag != "?" && tag != "!") {
      report_once("tag", mark, message("E001.message.tag", {{"tag", printable_tag(tag)}}), message("E001.hint.tag"));
    }
    if (static_cast<int>(frames_.size()) >= limits_.max_depth) {
      sink_.add("E001", Location{file_.path, lines_.line(mark), lines_.column(mark), 1},
                message("E001.message.depth", {{"depth", limits_.max_depth}}), message("E001.hint.depth"));
      throw StopParsing{};
    }
    Frame frame;
    frame.is_map = is_map;
    if (discarding() || (!frames_.empty() && frames_.back().is_map &&
                         frames_.back().state == Frame::State::DiscardValue)) {
      frame.discard = true;
      frames_.push_back(std::move(frame));
      return;
    }
    if (expecting_key()) {
      // Often an unclosed `[[` (yaml-cpp takes the inner list for a key at the end of the file):
      // read on, keeping nothing, so that the syntax error or the depth cap can name the real
      // problem; if neither comes, read_source reports this finding.
      complex_key_ = mark;
      draining_ = true;
      frame.discard = true;
      frames_.push_back(std::move(frame));
      return;
    }
    NodePosition position = position_at(mark, 0, false);
    nlohmann::json container = is_map ? nlohmann::json::object() : nlohmann::json::array();
    std::string pointer = value_pointer();
    place(std::move(container), position);
    if (frames_.empty()) {
      frame.target = &root_;
    } else if (frames_.back().is_map) {
      // place() has just stored the container under the pending key.
      frame.target = &(*frames_.back().target)[frames_.back().pending_key];
    } else {
      frame.target = &frames_.back().target->back();
    }
    frame.pointer = pointer;
    frames_.push_back(std::move(frame));
  }

  void close_container() {
    if (frames_.empty()) return;
    bool was_discard = frames_.back().discard;
    frames_.pop_back();
    if (was_discard && !frames_.empty() && !frames_.back().discard && frames_.back().is_map &&
        frames_.back().state == Frame::State::DiscardValue) {
      frames_.back().state = Frame::State::Key;
    }
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) {
      report_once("anchor", mark, message("E001.message.anchor"),
                  message("E001.hint.anchor"));
    }
  }

  // One finding per YAML feature per file, at its first use: an alias bomb gives one line.
  void report_once(const std::string& feature, const YAML::Mark& mark, Message message, Message hint) {
    if (!reported_features_.insert(feature).second) return;
    sink_.add("E001", Location{file_.path, lines_.line(mark), lines_.column(mark), 1},
              std::move(message), std::move(hint));
  }

  static std::string printable_tag(const std::string& tag) {
    const std::string core = "tag:yaml.org,2002:";
    if (tag.rfind(core, 0) == 0) return "!!" + tag.substr(core.size());
    return printable(tag);
  }

  static std::string printable(const std::string& text) {
    return text.size() > 60 ? text.substr(0, 57) + "..." : text;
  }

  SourceFile& file_;
  FindingSink& sink_;
  const ReadLimits& limits_;
  const LineTable& lines_;
  std::vector<Frame> frames_;
  std::string scratch_pointer_;
  nlohmann::json root_;
  bool has_root_ = false;
  std::set<std::string> reported_features_;
  std::optional<YAML::Mark> complex_key_;
  bool draining_ = false;  // a complex key was seen: the document is read on but nothing is kept
  YAML::Mark document_start_;
};

// yaml-cpp's messages, in words an editor understands.
Message reword_parser_message(const std::string& text) {
  if (text == "bad file") return message("E001.message.bad_file");
  if (text.find("illegal tab") != std::string::npos) return message("E001.message.tab");
  if (text == "illegal map value") {
    return message("E001.message.map_value");
  }
  if (text == "end of map not found" || text == "end of sequence not found" ||
      text == "end of map flow not found" || text == "end of sequence flow not found") {
    return message("E001.message.not_closed");
  }
  return message("E001.message.syntax");
}

// A parse error caused by a lone CR line break or by a tab in the indentation, said in those words
// and placed there: yaml-cpp says "illegal map value" or "illegal block entry" instead.
bool report_whitespace_error(const SourceFile& file, const YAML::Mark& mark, FindingSink& sink) {
  const std::string& text = file.text;
  int line = 1;
  std::size_t line_start = 0;
  const int error_line = std::max(0, mark.line) + 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) {
      int column = utf8_length(std::string_view(text).substr(line_start, i - line_start)) + 1;
      sink.add("E001", Location{file.path, line, column, 1},
               message("E001.message.lone_cr"),
               message("E001.hint.lone_cr"));
      return true;
    }
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  // A tab in the leading whitespace of the error's line or the line before it.
  line = 1;
  line_start = 0;
  while (line <= error_line && line_start <= text.size()) {
    std::size_t end = text.find('\n', line_start);
    if (end == std::string::npos) end = text.size();
    if (line >= error_line - 1) {
      std::size_t first = text.find_first_not_of(" \t", line_start);
      std::size_t tab = text.find('\t', line_start);
      if (tab != std::string::npos && tab < end && (first == std::string::npos || tab < first) &&
          first != std::string::npos && first < end) {
        int column = static_cast<int>(tab - line_start) + 1;
        sink.add("E001", Location{file.path, line, column, 1},
                 message("E001.message.tab"),
                 tab_hint(text.substr(line_start, end - line_start)));
        return true;
      }
    }
    ++line;
    line_start = end + 1;
  }
  return false;
}

// Fills `file` (path, kind and stem set) from `text`.
void read_into(SourceFile& file, std::string text, FindingSink& sink, const ReadLimits& limits) {
  ByteScanResult scan = scan_bytes(file.path, text, limits.max_file_bytes, sink);
  if (!scan.readable) return;
  if (scan.had_bom) text.erase(0, 3);
  file.text = std::move(text);

  const LineTable lines(file.text);
  std::istringstream stream(file.text);
  JsonBuilder builder(file, sink, limits, lines);
  try {
    YAML::Parser parser(stream);
    parser.HandleNextDocument(builder);
    if (builder.report_complex_key()) return;
    // Never loop over documents: on some inputs yaml-cpp returns empty documents forever.
    FindingSink ignored;
    JsonBuilder second(file, ignored, limits, lines);
    if (parser.HandleNextDocument(second)) {
      const YAML::Mark& start = second.document_start();
      sink.add("E001", Location{file.path, lines.line(start), lines.column(start), 3},
               message("E001.message.documents"),
               message("E001.hint.documents"));
      return;
    }
  } catch (const StopParsing&) {
    return;
  } catch (const YAML::Exception& error) {
    if (report_whitespace_error(file, error.mark, sink)) return;
    if (auto slip = find_slip_before_error(file.text, lines.line(error.mark), lines.column(error.mark), error.msg)) {
      sink.add("E001", Location{file.path, slip->line, slip->column, slip->length}, std::move(slip->message),
               std::move(slip->hint));
      return;
    }
    sink.add("E001", Location{file.path, lines.line(error.mark), lines.column(error.mark), 1},
             reword_parser_message(error.msg),
             message("E001.hint.syntax"));
    return;
  } catch (const std::exception& error) {
    sink.add("E001", Location{file.path, 1, 1, 0},
             message("E001.message.unreadable", {{"error", error.what()}}));
    return;
  }
  if (!builder.has_root()) {
    sink.add("E004", Location{file.path, 1, 1, 0}, message("E004.message.empty_file"),
             message("E004.hint.empty_file"));
    return;
  }
  // Read without complaint, but not as written: `status:in-force` as part of the value above it.
  if (auto slip = find_silent_slip(file.text)) {
    sink.add("E001", Location{file.path, slip->line, slip->column, slip->length}, std::move(slip->message),
             std::move(slip->hint));
    return;
  }
  file.data = builder.take_root();
}

}  // namespace

std::shared_ptr<SourceFile> read_source(std::string path, std::string kind, std::string text, FindingSink& sink,
                          const ReadLimits& limits) {
  auto file = std::make_shared<SourceFile>();
  file->path = std::move(path);
  file->kind = std::move(kind);
  std::string name = file->path.substr(file->path.rfind('/') + 1);
  file->stem = name.size() > 5 ? name.substr(0, name.size() - 5) : name;
  read_into(*file, std::move(text), sink, limits);
  file->positions.seal();
  return file;
}

}  // namespace hok
