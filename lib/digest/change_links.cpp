#include "digest/change_links.hpp"

#include <algorithm>
#include <cctype>

#include "core/slug.hpp"
#include "document/url_policy.hpp"

namespace hok {

namespace {

bool unreserved(unsigned char c) {
  return std::isalnum(c) != 0 || c == '-' || c == '.' || c == '_' || c == '~';
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

std::string trim_slashes(std::string text) {
  while (!text.empty() && text.front() == '/') text.erase(0, 1);
  while (!text.empty() && text.back() == '/') text.pop_back();
  return text;
}

// `base`, or `base-2`, `base-3` … : the first that is a valid id no record and no file has.
std::optional<std::string> free_id(const Registry& registry, const std::string& base) {
  for (int n = 1; n < 100; ++n) {
    const std::string id = n == 1 ? base : base + "-" + std::to_string(n);
    if (!is_slug(id)) return std::nullopt;
    if (registry.find(id) != nullptr) continue;
    if (std::any_of(registry.files.begin(), registry.files.end(),
                    [&](const SourceFilePtr& file) { return file->stem == id; })) {
      continue;
    }
    return id;
  }
  return std::nullopt;
}

}  // namespace

std::optional<NewRecordProposal> function_proposal(const Registry& registry, const std::string& area,
                                                   const std::string& role) {
  std::optional<std::string> id = free_id(registry, area + "-" + role);
  if (!id) return std::nullopt;
  return NewRecordProposal{"functions", *id, {{"roles", role}, {"area", area}}, {}};
}

std::optional<NewRecordProposal> followup_proposal(const Registry& registry, const std::string& agreement,
                                                   int year) {
  std::optional<std::string> id = free_id(registry, "uppfoljning-" + std::to_string(year) + "-" + agreement);
  if (!id) return std::nullopt;
  return NewRecordProposal{
      "followups", *id, {{"subject", agreement}, {"year", std::to_string(year)}}, {"date"}};
}

std::string percent_encode(std::string_view text, bool keep_slash) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char raw : text) {
    const auto c = static_cast<unsigned char>(raw);
    if (unreserved(c) || (keep_slash && c == '/')) {
      out += raw;
    } else {
      out += '%';
      out += digits[c >> 4];
      out += digits[c & 0x0F];
    }
  }
  return out;
}

ChangeLinks::ChangeLinks(const std::optional<RepositorySetting>& repository, std::string language)
    : language_(std::move(language)) {
  if (!repository || repository->branch.empty()) return;
  const std::string& host = repository->host;
  if (host == "github")
    host_name_ = "GitHub";
  else if (host == "gitlab")
    host_name_ = "GitLab";
  else if (host == "forgejo")
    host_name_ = "Forgejo";
  else
    return;
  const std::optional<std::string> safe = safe_link_url(repository->url);
  if (!safe) return;
  const std::string scheme = lower(safe->substr(0, 8));
  if (scheme.rfind("https://", 0) != 0 && scheme.rfind("http://", 0) != 0) return;
  base_ = *safe;
  while (!base_.empty() && base_.back() == '/') base_.pop_back();
  host_ = host;
  branch_ = percent_encode(trim_slashes(repository->branch), true);
  folder_ = trim_slashes(repository->path);
  enabled_ = !branch_.empty();
}

std::string ChangeLinks::repository_path(const std::string& path) const {
  return percent_encode(folder_.empty() ? path : folder_ + "/" + path, true);
}

std::string ChangeLinks::edit_url(const std::string& path) const {
  if (!enabled_) return "";
  const char* edit = host_ == "github" ? "/edit/" : host_ == "gitlab" ? "/-/edit/" : "/_edit/";
  return base_ + edit + branch_ + "/" + repository_path(path);
}

std::string ChangeLinks::new_file_url(const std::string& path, const std::string& content) const {
  if (!enabled_) return "";
  const std::string value = percent_encode(content);
  if (host_ == "gitlab") {
    // GitLab's new-file page takes the folder from the address and only the name from
    // `file_name` (its editor view reads params[:file_name] and params[:content]).
    const std::string full = folder_.empty() ? path : folder_ + "/" + path;
    const std::size_t slash = full.rfind('/');
    const std::string folder = slash == std::string::npos ? "" : full.substr(0, slash);
    const std::string name = slash == std::string::npos ? full : full.substr(slash + 1);
    return base_ + "/-/new/" + branch_ + (folder.empty() ? "" : "/" + percent_encode(folder, true)) +
           "?file_name=" + percent_encode(name) + "&content=" + value;
  }
  const std::string file = percent_encode(folder_.empty() ? path : folder_ + "/" + path);
  if (host_ == "github") return base_ + "/new/" + branch_ + "?filename=" + file + "&value=" + value;
  return base_ + "/_new/" + branch_ + "/?filename=" + file + "&value=" + value;
}

std::string ChangeLinks::new_record_text(const NewRecordProposal& proposal) const {
  TemplateOptions options;
  options.origin = TemplateOrigin::Portal;
  options.to_fill = proposal.to_fill;
  return record_template(proposal.kind, proposal.id, proposal.settings, language_, options);
}

std::string ChangeLinks::new_record_url(const NewRecordProposal& proposal) const {
  if (!enabled_) return "";
  return new_file_url(proposal.path(), new_record_text(proposal));
}

}  // namespace hok
