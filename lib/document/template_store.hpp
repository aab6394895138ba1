#pragma once
// The digest's and the report's files by name: the templates and the stylesheets built into hok,
// each replaceable by a file of the same name in a `--templates` folder; and the words, from
// hok's catalogues (core/catalogue.hpp), of which a `<language>.json` in that folder replaces
// single texts of the namespaces page, label and report.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "core/catalogue.hpp"

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
  // For many pages, a TemplateRenderer per thread parses each template once.
  std::string render(const std::string& name, const kainjow::mustache::data& data,
                     const std::optional<kainjow::mustache::mustache::escape_handler>& escape = std::nullopt) const;

  // hok's catalogue of `language` with the texts the `--templates` folder's `<language>.json`
  // replaces. Throws HokError for a language hok has no catalogue for.
  const Catalogue& catalogue(const std::string& language) const;

  // The templates, as `{{> name}}` finds them.
  const std::map<std::string, kainjow::mustache::data>& partials() const { return partials_; }

 private:
  std::map<std::string, std::string> files_;
  std::map<std::string, kainjow::mustache::data> partials_;
  // Catalogues with a `--templates` folder's replacements, by language (only those it replaces).
  std::map<std::string, Catalogue> catalogues_;
};

// The namespaces of a catalogue a `--templates` folder may replace texts of.
const std::vector<std::string>& replaceable_catalogue_namespaces();

// Renders a store's templates, parsing each top-level template once and keeping it. Not for
// several threads at once: the digest gives each of its threads its own.
class TemplateRenderer {
 public:
  explicit TemplateRenderer(const TemplateStore& store) : store_(store) {}

  // As TemplateStore::render. `shared`, when given, is looked up for any name `data` lacks: values
  // that thousands of pages share (the catalogue's texts) are then built once instead of being
  // copied into every page's data.
  std::string render(const std::string& name, const kainjow::mustache::data& data,
                     const std::optional<kainjow::mustache::mustache::escape_handler>& escape = std::nullopt,
                     const kainjow::mustache::data* shared = nullptr);

 private:
  const TemplateStore& store_;
  std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> parsed_;
};

// kainjow's `set` and `push_back` copy their argument with everything below it, so a page built
// bottom-up that way copied every table cell five or six times (a fifth of the digest's time).
// These move the value in instead.
void set_moved(kainjow::mustache::data& object, const std::string& name, kainjow::mustache::data&& value);
void push_moved(kainjow::mustache::data& list, kainjow::mustache::data&& value);

}  // namespace hok
