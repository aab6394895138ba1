#include "digest/template_store.hpp"

#include <fstream>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "core/spelling.hpp"
#include "digest/embedded_templates.hpp"
#include "load/registry_loader.hpp"

namespace hok {

namespace {

namespace mustache = kainjow::mustache;

bool is_template(const std::string& name) { return name.ends_with(".mustache"); }

// A template included as a partial loses its final newline, so an editor's usual file ending
// adds no space after an included link.
mustache::data as_partial(const std::string& text) {
  return mustache::data(text.ends_with("\n") ? text.substr(0, text.size() - 1) : text);
}

// Partials come from the store, never from the data: a record's field can never name a template.
class StoreContext : public mustache::context<std::string> {
 public:
  StoreContext(const mustache::data* data, const std::map<std::string, mustache::data>& partials)
      : mustache::context<std::string>(data), partials_(partials) {}
  const mustache::data* get_partial(const std::string& name) const override {
    auto it = partials_.find(name + ".mustache");
    return it == partials_.end() ? nullptr : &it->second;
  }

 private:
  const std::map<std::string, mustache::data>& partials_;
};

void check_parses(const std::string& name, const std::string& text) {
  mustache::mustache parsed(text);
  if (!parsed.is_valid()) {
    throw HokError(fmt::format("template {} cannot be used: {}", name, parsed.error_message()));
  }
}

}  // namespace

TemplateStore::TemplateStore() {
  for (const EmbeddedTemplate& file : embedded_templates()) files_[file.name] = file.text;
  for (const auto& [name, text] : files_) {
    if (is_template(name)) partials_.emplace(name, as_partial(text));
  }
}

TemplateStore::TemplateStore(const std::filesystem::path& folder) : TemplateStore() {
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) {
    throw HokError(fmt::format("--templates {}: no such folder", folder.string()));
  }
  std::vector<std::string> known;
  for (const auto& [name, text] : files_) known.push_back(name);
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    std::string name = entry.path().filename().string();
    if (!files_.contains(name)) {
      std::string message = fmt::format("--templates {}: '{}' replaces none of hok's files", folder.string(), name);
      if (auto near = nearest_match(name, known)) message += fmt::format("; did you mean '{}'?", *near);
      throw HokError(message + " (`hok digest --list-templates` names them)");
    }
    std::ifstream input(entry.path(), std::ios::binary);
    std::stringstream content;
    content << input.rdbuf();
    if (!input) throw HokError(fmt::format("cannot read template {}", entry.path().string()));
    files_[name] = content.str();
    if (is_template(name)) {
      check_parses(name, files_[name]);
      partials_.insert_or_assign(name, as_partial(files_[name]));
    }
  }
}

const std::string& TemplateStore::file(const std::string& name) const {
  auto it = files_.find(name);
  if (it == files_.end()) throw HokError(fmt::format("hok has no digest file named '{}'", name));
  return it->second;
}

bool TemplateStore::has(const std::string& name) const { return files_.contains(name); }

std::string TemplateStore::render(const std::string& name, const mustache::data& data,
                                  const std::optional<mustache::mustache::escape_handler>& escape) const {
  const std::string& text = file(name);
  mustache::mustache parsed(text);
  if (!parsed.is_valid()) throw HokError(fmt::format("template {} cannot be used: {}", name, parsed.error_message()));
  if (escape) parsed.set_custom_escape(*escape);
  StoreContext context(&data, partials_);
  std::string result = parsed.render(context);
  if (!parsed.is_valid()) throw HokError(fmt::format("template {}: {}", name, parsed.error_message()));
  return result;
}

}  // namespace hok
