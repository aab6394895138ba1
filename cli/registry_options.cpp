#include "registry_options.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <vector>

#include "command_registry.hpp"
#include "core/atomic_write.hpp"
#include "core/finding_catalog.hpp"
#include "git/revision_source.hpp"
#include "help_text.hpp"
#include "load/registry_loader.hpp"

namespace hok::cli {

void add_registry_options(CLI::App* command, RegistryArgs& args) {
  command->add_option("path", args.path, help_text("help.path"))
      ->check(not_empty("error.empty.folder_path"));
  command->add_option("-C,--directory", args.directory, help_text("help.directory"))
      ->check(not_empty("error.empty.folder_c"));
  command->add_option("--rev", args.revision, help_text("help.rev"))
      ->check(not_empty("error.empty.rev"));
}

CLI::Validator not_empty(const std::string& instead_key) {
  return CLI::Validator(
      [instead_key](std::string& value) -> std::string {
        if (!value.empty()) return "";
        // In the run's language: main() chose it from --lang before the line was parsed.
        return run_catalog().render(message("error.empty", {{"instead", message(instead_key)}}));
      },
      "");
}

Date as_of_date(const std::string& text, const Date& fallback) {
  if (text.empty()) return fallback;
  std::optional<Date> date = parse_date(text);
  if (!date) throw HokError(message("error.as_of_not_date", {{"value", text}}));
  if (date->year < 1900) {
    throw HokError(message("error.as_of_before_1900", {{"value", text}}));
  }
  return *date;
}

void add_as_of_option(CLI::App* command, std::string& as_of, const std::string& help_key) {
  command->add_option("--as-of", as_of, help_text(help_key))
      ->check(not_empty("error.empty.as_of"));
}

ValidationResult validate_or_refuse(const RegistrySource& source, const LoadOptions& options,
                                    const std::string& consequence, const std::string& validate_command) {
  ValidationResult validation = validate_registry(source, options);
  std::size_t errors = std::count_if(validation.findings.begin(), validation.findings.end(),
                                     [](const Finding& finding) { return finding.severity == Severity::Error; });
  if (errors > 0) {
    throw HokError(plural("error.refuse_broken", static_cast<long long>(errors),
                          {{"consequence", message(consequence)}, {"command", validate_command}}));
  }
  return validation;
}

void write_selected_output(const std::string& output, const std::string& format,
                           const std::function<std::string(const std::string& format, bool color)>& render) {
  if (!output.empty()) {
    write_file_atomically(output, render(format, false));
    std::cout << render("text", use_color());
  } else {
    std::cout << render(format, format == "text" && use_color());
  }
  std::cout.flush();
}

void write_to_output(const std::string& output, const std::string& text) {
  if (output.empty()) {
    std::cout << text;
    std::cout.flush();
  } else {
    write_file_atomically(output, text);
  }
}

std::string registry_start(const RegistryArgs& args) {
  if (!args.directory.empty()) return args.directory;
  return args.path.empty() ? "." : args.path;
}

void add_language_option(CLI::App* command, std::string& language, const std::string& what_key,
                         const std::string& default_key) {
  // The languages are the message catalogues hok is built with (messages/*.json): the one list.
  std::vector<std::string> languages = message_languages();
  const std::string choices = fmt::format("{}", fmt::join(languages, fmt::format(" {} ", help_text("help.lang.or"))));
  const Message description = message("help.lang", {{"what", message(what_key)}, {"languages", choices},
                                                     {"default", message(default_key)}});
  command->add_option("--lang", language, run_catalog().render(description))
      ->check(CLI::IsMember(languages))
      ->each([](const std::string& chosen) { choose_run_language(chosen, true); });
}

std::unique_ptr<RegistrySource> open_registry(const RegistryArgs& args) {
  std::error_code same_error;
  if (!args.directory.empty() && !args.path.empty() &&
      std::filesystem::weakly_canonical(args.directory, same_error) !=
          std::filesystem::weakly_canonical(args.path, same_error)) {
    throw HokError(message("error.path_and_directory", {{"path", args.path}, {"directory", args.directory}}));
  }
  std::filesystem::path start = registry_start(args);
  if (!args.revision.empty()) return revision_source(start, args.revision);
  return working_tree_source(registry_root_of(start));
}

std::filesystem::path registry_root_of(const std::filesystem::path& start) {
  std::error_code error;
  if (!std::filesystem::exists(start, error)) {
    throw HokError(message("error.no_such_path", {{"path", start.string()}}));
  }
  std::optional<std::filesystem::path> root = find_registry_root(start);
  if (!root) {
    throw HokError(message("error.no_registry", {{"path", start.string()}}));
  }
  // From here on the run speaks the registry's language (unless --lang chose), its refusals too.
  if (auto language = registry_language(*root)) choose_run_language(*language, false);
  return *root;
}

void speak_registry_language(const RegistryArgs& args) {
  std::error_code error;
  const std::filesystem::path start = registry_start(args);
  if (!std::filesystem::exists(start, error)) return;
  if (std::optional<std::filesystem::path> root = find_registry_root(start)) {
    if (auto language = registry_language(*root)) choose_run_language(*language, false);
  }
}

void keep_until_exit(std::unique_ptr<Registry> registry) {
  static auto* kept = new std::vector<std::unique_ptr<Registry>>();  // never destroyed, on purpose
  kept->push_back(std::move(registry));
}

}  // namespace hok::cli
