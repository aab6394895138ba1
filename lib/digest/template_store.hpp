#pragma once
// The digest's files by name: the templates, the stylesheet and the message catalogues built
// into hok, each replaceable by a file of the same name in a `--templates` folder.
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include <kainjow/mustache.hpp>

namespace hok {

class TemplateStore {
 public:
  // The built-in files only.
  TemplateStore();
  // The built-in files, each replaced by a file of the same name in `folder`. Throws HokError
  // for a file there that names no built-in file (with "did you mean"), an unreadable file, or
  // a template mustache cannot parse.
  explicit TemplateStore(const std::filesystem::path& folder);

  // A file's text; throws HokError when hok has no file of that name.
  const std::string& file(const std::string& name) const;
  bool has(const std::string& name) const;

  // Renders template `name` with `data`; `{{> name}}` includes another template of the store.
  // `escape` replaces mustache's HTML escaping of `{{value}}` (the Markdown digest uses it).
  std::string render(const std::string& name, const kainjow::mustache::data& data,
                     const std::optional<kainjow::mustache::mustache::escape_handler>& escape = std::nullopt) const;

 private:
  std::map<std::string, std::string> files_;
  std::map<std::string, kainjow::mustache::data> partials_;
};

}  // namespace hok
