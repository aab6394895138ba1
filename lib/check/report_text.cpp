#include "check/report_text.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "check/wording.hpp"
#include "core/byte_scan.hpp"
#include "core/spelling.hpp"

namespace hok {

namespace {

enum class Part { None, Proposal, Assessment, Agreements };

std::string lower(std::string text) {
  // ASCII only; the Swedish letters of the part names are matched as written (both cases below).
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

std::optional<Part> part_named(const std::string& heading) {
  const std::string name = lower(heading);
  if (name == "förslag till beslut" || name == "proposed decision") return Part::Proposal;
  if (name == "bedömning" || name == "sekretariatets bedömning" || name == "assessment") return Part::Assessment;
  if (name == "överenskommelser" || name == "Överenskommelser" || name == "kommentarer per överenskommelse" ||
      name == "agreements")
    return Part::Agreements;
  return std::nullopt;
}

bool is_blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

// A trimmed block of lines; nullopt when it holds only blank lines.
std::optional<std::string> body(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  if (is_blank(text)) return std::nullopt;
  const auto first = text.find_first_not_of("\n");
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1) + "\n";
}

// A heading's text after its marker ("# " or "## "), without the spaces around it and without a
// closing run of '#', with where it starts in the line (for the finding's column).
struct HeadingText {
  std::string text;
  std::size_t offset = 0;  // bytes into the line
};

HeadingText heading_text(const std::string& line, std::size_t marker) {
  const auto first = line.find_first_not_of(" \t", marker);
  if (first == std::string::npos) return {"", marker};
  const auto last = line.find_last_not_of(" \t#");
  if (last == std::string::npos || last < first) return {"", first};
  return {line.substr(first, last - first + 1), first};
}

class Reader {
 public:
  Reader(const std::string& path, const Registry& registry, FindingSink& sink)
      : path_(path), registry_(registry), sink_(sink) {
    for (const Agreement& agreement : registry.agreements) agreement_ids_.push_back(agreement.id);
  }

  SecretariatText read(const std::string& text) {
    std::size_t start = 0;
    int number = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string line = text.substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      start = end + 1;
      ++number;
      take(line, number);
    }
    close();
    return std::move(result_);
  }

 private:
  Location at(int line, const std::string& text, std::size_t offset, const std::string& marked) const {
    return Location{path_, line, utf8_length(std::string_view(text).substr(0, offset)) + 1, utf8_length(marked)};
  }

  void close() {
    std::optional<std::string> block = body(lines_);
    lines_.clear();
    if (part_ == Part::Proposal) result_.proposal = block;
    if (part_ == Part::Assessment) result_.assessment = block;
    if (part_ == Part::Agreements && comment_ && block) result_.comments[*comment_] = *block;
  }

  void take(const std::string& line, int number) {
    if (line.rfind("```", 0) == 0 || line.rfind("~~~", 0) == 0) fenced_ = !fenced_;
    if (!fenced_ && line.rfind("# ", 0) == 0) {
      part_heading(line, number);
      return;
    }
    if (!fenced_ && part_ == Part::Agreements && line.rfind("## ", 0) == 0) {
      comment_heading(line, number);
      return;
    }
    if (part_ == Part::None) {
      // Text before the first heading (an unknown part's text is reported with its heading).
      if (!is_blank(line) && !orphan_reported_) {
        sink_.add("E004", at(number, line, 0, line), message("E004.message.report_before_part"),
                  message("E004.hint.report_parts"));
        orphan_reported_ = true;
      }
      return;
    }
    if (part_ == Part::Agreements && !comment_) {
      // Text under '# Överenskommelser' before the first '## id', or under an id already
      // reported: it belongs to no agreement. Said once per heading.
      if (!is_blank(line) && !orphan_reported_) {
        sink_.add("E004", at(number, line, 0, line), message("E004.message.report_outside_comment"),
                  message("E004.hint.report_comment"));
        orphan_reported_ = true;
      }
      return;
    }
    lines_.push_back(line);
  }

  void part_heading(const std::string& line, int number) {
    close();
    comment_.reset();
    orphan_reported_ = false;
    const HeadingText heading = heading_text(line, 2);
    std::optional<Part> named = part_named(heading.text);
    if (!named) {
      sink_.add("E004", at(number, line, heading.offset, heading.text),
                message("E004.message.report_unknown_part", {{"heading", heading.text}}),
                message("E004.hint.report_parts"));
      part_ = Part::None;
      orphan_reported_ = true;  // its text is not reported again
      return;
    }
    auto first = part_lines_.find(*named);
    if (first != part_lines_.end()) {
      // The text is still read (and a later part replaces an earlier one), as before: the finding
      // stops the report until the two are made one.
      sink_.add("E002", at(number, line, heading.offset, heading.text),
                message("E002.message.report_part", {{"heading", heading.text}, {"line", first->second}}),
                message("E002.hint.report_part"));
    } else {
      part_lines_.emplace(*named, number);
    }
    part_ = *named;
  }

  void comment_heading(const std::string& line, int number) {
    close();
    comment_.reset();
    orphan_reported_ = false;
    const HeadingText heading = heading_text(line, 3);
    const std::string& id = heading.text;
    const Location location = at(number, line, heading.offset, id);
    if (registry_.agreement(id) == nullptr) {
      if (const RecordBase* other = registry_.find(id)) {
        sink_.add("E008", location,
                  message("E008.message.report_comment", {{"target", id}, {"kind", kind_with_article(other->kind)}}),
                  message("E008.hint.report_comment"));
      } else {
        // An empty heading is a prefix of every id: nothing is suggested for it.
        std::optional<std::string> nearest = id.empty() ? std::nullopt : nearest_match(id, agreement_ids_);
        sink_.add("E007", location, message("E007.message.report_comment", {{"target", id}}),
                  nearest ? message("hint.did_you_mean", {{"suggestion", *nearest}})
                          : message("E007.hint.report_comment"));
      }
      orphan_reported_ = true;  // its text is not reported again
      return;
    }
    auto first = comment_lines_.find(id);
    if (first != comment_lines_.end()) {
      sink_.add("E002", location, message("E002.message.report_comment", {{"target", id}, {"line", first->second}}),
                message("E002.hint.report_comment"));
      orphan_reported_ = true;
      return;
    }
    comment_lines_.emplace(id, number);
    comment_ = id;
  }

  const std::string& path_;
  const Registry& registry_;
  FindingSink& sink_;
  std::vector<std::string> agreement_ids_;
  SecretariatText result_;
  Part part_ = Part::None;
  std::vector<std::string> lines_;      // the current part's (or comment's) text
  std::optional<std::string> comment_;  // the agreement the current lines comment on
  std::map<Part, int> part_lines_;      // each part's first heading
  std::map<std::string, int> comment_lines_;  // each agreement's first comment
  bool fenced_ = false;                 // inside a ``` block, a # line is text
  bool orphan_reported_ = false;        // text outside any comment was reported under this heading
};

}  // namespace

SecretariatText parse_secretariat_text(const std::string& path, const std::string& text, const Registry& registry,
                                       FindingSink& sink) {
  return Reader(path, registry, sink).read(text);
}

void check_secretariat_texts(const Registry& registry, FindingSink& sink) {
  for (const SourceFilePtr& file : registry.files) {
    if (file->kind != kReportTextKind || !secretariat_text_year(file->path)) continue;
    parse_secretariat_text(file->path, file->text, registry, sink);
  }
}

}  // namespace hok
