#include "report/secretariat_text.hpp"


#include <algorithm>
#include <fstream>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "git/git_repository.hpp"
#include "core/error.hpp"

namespace hok {

std::optional<std::string> read_registry_text(const std::filesystem::path& registry_root,
                                              const std::string& revision, const std::string& path) {
  constexpr std::size_t kMaxBytes = 1 << 20;
  if (revision.empty()) {
    const std::filesystem::path file = registry_root / path;
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) return std::nullopt;
    // As the loader: a symbolic link is followed only when it stays inside the registry.
    const std::filesystem::path target = std::filesystem::canonical(file, error);
    const std::filesystem::path root = std::filesystem::canonical(registry_root, error);
    if (error || std::mismatch(root.begin(), root.end(), target.begin(), target.end()).first != root.end()) {
      throw HokError(message("error.report.text_link", {{"path", path}}));
    }
    if (std::filesystem::file_size(file, error) > kMaxBytes) {
      throw HokError(message("error.report.text_too_large", {{"path", path}}));
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) throw HokError(message("error.report.text_unreadable", {{"path", file.string()}}));
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
    throw HokError(too_large ? message("error.report.text_too_large_rev", {{"path", path}, {"revision", revision}})
                             : message("error.report.text_unreadable_rev",
                                       {{"path", path}, {"revision", revision}, {"detail", error}}));
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

}  // namespace hok
