#include "document/template_store.hpp"

#include <algorithm>
#include <fstream>
#include <type_traits>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "core/spelling.hpp"
#include "document/embedded_templates.hpp"
#include "core/error.hpp"

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
  StoreContext(const mustache::data* data, const mustache::data* shared,
               const std::map<std::string, mustache::data>& partials)
      : partials_(partials) {
    if (shared) push(shared);
    push(data);  // in front: looked up first
  }
  const mustache::data* get_partial(const std::string& name) const override {
    auto it = partials_.find(name + ".mustache");
    return it == partials_.end() ? nullptr : &it->second;
  }

 private:
  const std::map<std::string, mustache::data>& partials_;
};

std::string read_file(const std::filesystem::path& path) {
  std::ifstream input(path, std::ios::binary);
  std::stringstream content;
  content << input.rdbuf();
  if (!input) throw HokError(message("error.read_file", {{"file", path.string()}}));
  return content.str();
}

void check_parses(const std::string& name, const std::string& text) {
  mustache::mustache parsed(text);
  if (!parsed.is_valid()) {
    throw HokError(message("error.template.unusable", {{"name", name}, {"detail", parsed.error_message()}}));
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
    throw HokError(message("error.templates.no_folder", {{"folder", folder.string()}}));
  }
  std::vector<std::string> known;
  for (const auto& [name, text] : files_) known.push_back(name);
  for (const std::string& language : catalogue_languages()) known.push_back(language + ".json");
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    std::string name = entry.path().filename().string();
    const auto& languages = catalogue_languages();
    if (name.ends_with(".json") &&
        std::find(languages.begin(), languages.end(), name.substr(0, name.size() - 5)) != languages.end()) {
      // Words, not a file: its texts replace hok's one by one, so a folder made for one hok keeps
      // working when a later one adds texts.
      const std::string language = name.substr(0, name.size() - 5);
      Catalogue replaced = *builtin_catalogue(language);
      overlay_catalogue(replaced, parse_catalogue(language, read_file(entry.path()), "--templates " + entry.path().string()),
                        replaceable_catalogue_namespaces(), "--templates " + entry.path().string());
      catalogues_.insert_or_assign(language, std::move(replaced));
      continue;
    }
    if (!files_.contains(name)) {
      if (auto near = nearest_match(name, known)) {
        throw HokError(message("error.templates.unknown_file_suggest",
                               {{"folder", folder.string()}, {"name", name}, {"suggestion", *near}}));
      }
      throw HokError(message("error.templates.unknown_file", {{"folder", folder.string()}, {"name", name}}));
    }
    files_[name] = read_file(entry.path());
    if (is_template(name)) {
      check_parses(name, files_[name]);
      partials_.insert_or_assign(name, as_partial(files_[name]));
    }
  }
}

const std::string& TemplateStore::file(const std::string& name) const {
  auto it = files_.find(name);
  // Internal: hok asks only for the files built into it, so stays English.
  if (it == files_.end()) throw HokError(fmt::format("hok has no digest file named '{}'", name));
  return it->second;
}

bool TemplateStore::has(const std::string& name) const { return files_.contains(name); }

const Catalogue& TemplateStore::catalogue(const std::string& language) const {
  if (auto replaced = catalogues_.find(language); replaced != catalogues_.end()) return replaced->second;
  const Catalogue* builtin = builtin_catalogue(language);
  if (!builtin) {
    throw HokError(message("error.no_texts", {{"language", language}, {"languages", list_or(literals(catalogue_languages()))}}));
  }
  return *builtin;
}

const std::vector<std::string>& replaceable_catalogue_namespaces() {
  static const std::vector<std::string> spaces{"page", "label", "report"};
  return spaces;
}

std::string TemplateStore::render(const std::string& name, const mustache::data& data,
                                  const std::optional<mustache::mustache::escape_handler>& escape) const {
  return TemplateRenderer(*this).render(name, data, escape);
}

namespace {

bool has_comment_or_delimiters(const std::string& text) {
  return text.find("{{!") != std::string::npos || text.find("{{=") != std::string::npos;
}

// kainjow parses a partial's text afresh every time it renders `{{> name}}`: the follow-ups list
// of a national registry (4,200 rows) parsed the cell and inline templates some 40,000 times,
// half of the digest's time. kainjow renders a partial's parts into the including template's
// lines exactly as if they stood there, so a partial is the same as its text in place of the
// tag, and is put there once, before parsing. Kept as tags: a partial that includes itself (the
// organisation chart) from its second level on, and every partial of a template with comments
// or set-delimiter tags, where a tag's text could mean something else.
std::string inline_partials(const std::string& text, const std::map<std::string, mustache::data>& partials,
                            std::vector<std::string>& stack) {
  if (has_comment_or_delimiters(text)) return text;
  std::string result;
  std::size_t done = 0;
  for (std::size_t open = text.find("{{>"); open != std::string::npos; open = text.find("{{>", done)) {
    std::size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    std::string name = text.substr(open + 3, close - open - 3);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    result.append(text, done, open - done);
    done = close + 2;
    auto partial = partials.find(name + ".mustache");
    const bool recursive = std::find(stack.begin(), stack.end(), name) != stack.end();
    if (partial == partials.end() || !partial->second.is_string() || recursive ||
        has_comment_or_delimiters(partial->second.string_value())) {
      result.append(text, open, done - open);  // the tag as it was
      continue;
    }
    stack.push_back(name);
    result += inline_partials(partial->second.string_value(), partials, stack);
    stack.pop_back();
  }
  result.append(text, done, std::string::npos);
  return result;
}

}  // namespace

std::string TemplateRenderer::render(const std::string& name, const mustache::data& data,
                                     const std::optional<mustache::mustache::escape_handler>& escape,
                                     const mustache::data* shared) {
  std::unique_ptr<mustache::mustache>& parsed = parsed_[name];
  if (!parsed) {
    std::vector<std::string> stack{name.ends_with(".mustache") ? name.substr(0, name.size() - 9) : name};
    parsed = std::make_unique<mustache::mustache>(inline_partials(store_.file(name), store_.partials(), stack));
    if (!parsed->is_valid()) {
      std::string error = parsed->error_message();
      parsed.reset();
      throw HokError(message("error.template.unusable", {{"name", name}, {"detail", error}}));
    }
  }
  // Mustache's own HTML escaping unless the caller gives another; set on every call, because the
  // parsed template is kept from one call to the next.
  parsed->set_custom_escape(escape ? *escape : mustache::mustache::escape_handler(mustache::html_escape<std::string>));
  StoreContext context(&data, shared, store_.partials());
  std::string result = parsed->render(context);
  if (!parsed->is_valid()) {
    std::string error = parsed->error_message();
    parsed.reset();  // the error sticks to the object: parse afresh next time
    throw HokError(message("error.template.failed", {{"name", name}, {"detail", error}}));
  }
  return result;
}

// kainjow gives no mutable access to a member or an item, so a cheap placeholder goes in by copy
// and is then replaced by moving; the object is not const, so casting away the const of the
// library's read-only accessor is well defined.
void set_moved(mustache::data& object, const std::string& name, mustache::data&& value) {
  object.set(name, mustache::data(false));
  if (const mustache::data* slot = object.get(name)) *const_cast<mustache::data*>(slot) = std::move(value);
}

void push_moved(mustache::data& list, mustache::data&& value) {
  if (!list.is_list()) return;
  auto& items = const_cast<std::remove_cvref_t<decltype(list.list_value())>&>(list.list_value());
  if (items.size() == items.capacity()) {
    // kainjow's move constructor is not noexcept, so std::vector would copy every item, deeply,
    // each time it grows: grow it by moving instead.
    std::remove_cvref_t<decltype(items)> grown;
    grown.reserve(std::max<std::size_t>(8, items.size() * 2));
    for (mustache::data& item : items) grown.push_back(std::move(item));
    items.swap(grown);
  }
  items.push_back(std::move(value));
}

}  // namespace hok
