#include "report/secretariat_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include <fstream>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "core/spelling.hpp"
#include "git/git_repository.hpp"
#include "load/registry_loader.hpp"

namespace hok {

namespace {

enum class Part { None, Proposal, Assessment, Agreements };

std::string lower(std::string text) {
  // ASCII only; the Swedish letters of the part names are matched as written (both cases below).
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  const auto last = text.find_last_not_of(" \t\r#");
  return text.substr(first, last - first + 1);
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

}  // namespace

std::string secretariat_text_path(int year) { return fmt::format("reports/{:04}.md", year); }

std::optional<std::string> read_registry_text(const std::filesystem::path& registry_root,
                                              const std::string& revision, const std::string& path) {
  constexpr std::size_t kMaxBytes = 1 << 20;
  if (revision.empty()) {
    const std::filesystem::path file = registry_root / path;
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) return std::nullopt;
    if (std::filesystem::file_size(file, error) > kMaxBytes) {
      throw HokError(fmt::format("{} is larger than 1 MiB; the secretariat's part of a report is a short text", path));
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) throw HokError(fmt::format("{}: cannot be read", file.string()));
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
  }
  GitRepository repository(registry_root);
  const std::string commit = repository.resolve_commit(revision);
  std::string inside = path;
  if (std::optional<std::filesystem::path> workdir = repository.workdir()) {
    std::error_code error;
    const std::filesystem::path folder = std::filesystem::relative(
        std::filesystem::weakly_canonical(registry_root, error), std::filesystem::weakly_canonical(*workdir, error), error);
    if (!folder.empty() && folder != ".") inside = (folder / path).generic_string();
  }
  std::optional<std::string> blob = repository.blob_id(commit, inside);
  if (!blob) return std::nullopt;
  std::string content;
  std::string error;
  bool too_large = false;
  if (!repository.read_blob(*blob, kMaxBytes, content, too_large, error)) {
    throw HokError(too_large ? fmt::format("{} is larger than 1 MiB in revision '{}'", path, revision)
                             : fmt::format("{} in revision '{}': {}", path, revision, error));
  }
  return content;
}

std::optional<std::string> diarienummer_setting(const std::string& settings, int year) {
  try {
    const YAML::Node root = YAML::Load(settings);
    const YAML::Node number = root["report"]["diarienummer"][std::to_string(year)];
    if (number && number.IsScalar() && !number.Scalar().empty()) return number.Scalar();
  } catch (const YAML::Exception&) {
    // hok.yaml was validated before; a text yaml-cpp cannot read gives no setting.
  }
  return std::nullopt;
}

SecretariatText parse_secretariat_text(const std::string& text, const Registry& registry,
                                       std::vector<SecretariatTextProblem>& problems) {
  SecretariatText result;
  std::vector<std::string> agreement_ids;
  for (const Agreement& agreement : registry.agreements) agreement_ids.push_back(agreement.id);

  Part part = Part::None;
  std::vector<std::string> lines;      // the current part's (or comment's) text
  std::optional<std::string> comment;  // the agreement the current lines comment on
  std::vector<Part> seen;
  bool fenced = false;  // inside a ``` block, a # line is text
  bool orphan_reported = false;  // text outside any comment was reported under this heading

  auto close = [&]() {
    std::optional<std::string> block = body(lines);
    lines.clear();
    if (part == Part::Proposal) result.proposal = block;
    if (part == Part::Assessment) result.assessment = block;
    if (part == Part::Agreements && comment && block) result.comments[*comment] = *block;
  };

  std::size_t start = 0;
  int number = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    start = end + 1;
    ++number;
    if (line.rfind("```", 0) == 0 || line.rfind("~~~", 0) == 0) fenced = !fenced;
    if (!fenced && line.rfind("# ", 0) == 0) {
      close();
      comment.reset();
      orphan_reported = false;
      const std::string heading = trim(line.substr(2));
      std::optional<Part> named = part_named(heading);
      if (!named) {
        problems.push_back({number, fmt::format("'# {}' is no part of the report; the parts are "
                                                "'# Förslag till beslut', '# Bedömning' and '# Överenskommelser'",
                                                heading)});
        part = Part::None;
        orphan_reported = true;
        continue;
      }
      if (std::find(seen.begin(), seen.end(), *named) != seen.end()) {
        problems.push_back({number, fmt::format("'# {}' is written twice; write each part once", heading)});
      }
      seen.push_back(*named);
      part = *named;
      continue;
    }
    if (!fenced && part == Part::Agreements && line.rfind("## ", 0) == 0) {
      close();
      const std::string id = trim(line.substr(3));
      comment.reset();
      orphan_reported = false;
      if (std::find(agreement_ids.begin(), agreement_ids.end(), id) == agreement_ids.end()) {
        std::optional<std::string> nearest = nearest_match(id, agreement_ids);
        problems.push_back(
            {number, fmt::format("'{}' is no agreement in the registry{}; a comment is headed by the agreement's id",
                                 id, nearest ? fmt::format(" (did you mean '{}'?)", *nearest) : "")});
        orphan_reported = true;  // its text is not reported again
      } else if (result.comments.count(id)) {
        problems.push_back({number, fmt::format("the agreement '{}' is commented twice; write one comment", id)});
        orphan_reported = true;
      } else {
        comment = id;
      }
      continue;
    }
    if (part == Part::None) {
      // Text before the first heading (an unknown part's text is reported with its heading).
      if (!is_blank(line) && !orphan_reported) {
        problems.push_back({number, "text before the first part's heading belongs to no part; start with "
                                    "'# Förslag till beslut', '# Bedömning' or '# Överenskommelser'"});
        orphan_reported = true;
      }
      continue;
    }
    if (part == Part::Agreements && !comment) {
      // Text under '# Överenskommelser' before the first '## id', or under an id already
      // reported as unknown: it belongs to no agreement. Said once per heading.
      if (!is_blank(line) && !orphan_reported) {
        problems.push_back({number, "a comment starts with '## ' and the agreement's id"});
        orphan_reported = true;
      }
      continue;
    }
    lines.push_back(line);
  }
  close();
  return result;
}

}  // namespace hok
