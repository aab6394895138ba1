#pragma once
// "Ändra i registret" and "Åtgärda": links from the portal to the web editor of the git host
// where the registry lives, when hok.yaml names it (`repository`: github, gitlab or forgejo, the
// web address, the branch, the registry's folder). A record's page links to the host's editor on
// that record's file; an open gap that a new record closes links to the host's new-file page with
// the file's name and text filled in — the text is what `hok new` writes (lib/app/record_template),
// so a civil servant can close a gap with nothing installed and CI checks the proposal.
//
// The addresses, per host (docs/digest.md says where each was checked):
//   github   URL/edit/BRANCH/PATH          URL/new/BRANCH?filename=PATH&value=TEXT
//   gitlab   URL/-/edit/BRANCH/PATH        URL/-/new/BRANCH/FOLDER?file_name=NAME&content=TEXT
//   forgejo  URL/_edit/BRANCH/PATH         URL/_new/BRANCH/?filename=PATH&value=TEXT
// PATH is the file's path in the repository (the registry's folder, then the record's path);
// every part is percent-encoded as RFC 3986 asks, `/` kept between path segments.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/record_template.hpp"
#include "model/registry.hpp"

namespace hok {

// A new record that would close an open gap: what `hok new KIND ID --set …` would write, with the
// fields the editor still has to fill left empty under their comments.
struct NewRecordProposal {
  std::string kind;  // "functions"
  std::string id;    // "nacka-ksa"
  std::vector<FieldSetting> settings;
  std::vector<std::string> to_fill;

  // `<kind>/<id>.yaml`: the file's path from the registry's root.
  std::string path() const { return kind + "/" + id + ".yaml"; }
};

// The new coordinating function that closes a missing KSA or GSA (`role`: "ksa", "gsa") in an
// area: `functions/<area>-<role>.yaml` with the role and the area, its holder to fill in.
// nullopt when no free id of that shape is left (ids are unique across the registry).
std::optional<NewRecordProposal> function_proposal(const Registry& registry, const std::string& area,
                                                   const std::string& role);
// The follow-up that closes an overdue one (G008): `followups/uppfoljning-<year>-<agreement>.yaml`
// with the agreement and the year, its date to fill in (a follow-up without a date does not count).
std::optional<NewRecordProposal> followup_proposal(const Registry& registry, const std::string& agreement,
                                                   int year);

// Percent-encodes everything but RFC 3986's unreserved characters (A–Z a–z 0–9 - . _ ~), and
// `/` too when `keep_slash` (a path). UTF-8 bytes are encoded one by one.
std::string percent_encode(std::string_view text, bool keep_slash = false);

class ChangeLinks {
 public:
  // No links without a setting, for a host hok does not know, or an address that is not http(s)
  // (hok validate refuses both; the portal checks again rather than link somewhere odd).
  // `language`: the registry's, in which the new records' comments are written.
  ChangeLinks(const std::optional<RepositorySetting>& repository, std::string language);

  bool enabled() const { return enabled_; }
  // The host's name as readers know it: "GitHub", "GitLab", "Forgejo".
  const std::string& host_name() const { return host_name_; }

  // The host's web editor on the file at `path` (from the registry's root); empty when disabled.
  std::string edit_url(const std::string& path) const;
  // The host's new-file page for `path`, filled with `content`; empty when disabled.
  std::string new_file_url(const std::string& path, const std::string& content) const;
  // The record's text as the link fills it in: `hok new`'s template, its header saying it was
  // proposed from the portal. Throws HokError when the proposal names no such kind or field.
  std::string new_record_text(const NewRecordProposal& proposal) const;
  // new_file_url() for the proposal's file and text.
  std::string new_record_url(const NewRecordProposal& proposal) const;

 private:
  // The file's path in the repository, encoded: "data/functions/nacka-ksa.yaml".
  std::string repository_path(const std::string& path) const;

  bool enabled_ = false;
  std::string host_;
  std::string host_name_;
  std::string base_;    // the web address without a trailing `/`
  std::string branch_;  // encoded
  std::string folder_;  // the registry's folder in the repository, without `/` at either end
  std::string language_;
};

}  // namespace hok
