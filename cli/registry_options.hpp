#pragma once
// The options every command that reads a registry shares: where it is, and at which revision.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "app/validation.hpp"
#include "core/dates.hpp"
#include "load/registry_source.hpp"
#include "model/registry.hpp"

namespace hok::cli {

struct RegistryArgs {
  std::string path;       // empty: "." (or -C's folder)
  std::string directory;
  std::string revision;  // --rev: read the registry as it stands in this commit
};

// Adds `path`, `-C/--directory` and `--rev` to `command`.
void add_registry_options(CLI::App* command, RegistryArgs& args);

// Adds `--lang sv|en`: the language of finding messages (default: hok.yaml's `language`).
// `what_key` and `default_key` are catalogue keys (help.lang.…) of the option's description.
void add_language_option(CLI::App* command, std::string& language,
                         const std::string& what_key = "help.lang.messages",
                         const std::string& default_key = "help.lang.default");

// The folder or file the registry is looked for from: -C's folder, else the path, else ".".
std::string registry_start(const RegistryArgs& args);

// The working tree, or the revision named by --rev. Throws HokError when there is no registry,
// and when a path and -C name two different folders (hok would have to pick one silently).
std::unique_ptr<RegistrySource> open_registry(const RegistryArgs& args);

// The folder holding hok.yaml at or above `start` (the working tree); throws HokError when
// `start` does not exist or no hok.yaml is found (E012's wording).
std::filesystem::path registry_root_of(const std::filesystem::path& start);

// Before a command refuses its options (`hok mv --resume --abort`, `hok gaps --rule G999`): the
// run speaks the language of the registry the arguments lead to, when they lead to one (unless
// --lang chose). Quiet when there is none: the refusal is then in the environment's language.
void speak_registry_language(const RegistryArgs& args);

// A CLI11 check that refuses an empty value ("", as `--rev ''` gives) with what to give instead:
// `instead_key` is the catalogue key (cli namespace) of the text completing "give …", e.g.
// "error.empty.as_of" → "a date as YYYY-MM-DD, or leave --as-of out for the default date".
CLI::Validator not_empty(const std::string& instead_key);

// The date of `--as-of`, or `fallback` when the option was not given (`text` empty). Throws
// HokError for a text that is not a date, or a date outside the years hok reckons with
// (1900–9999, as `--year`).
Date as_of_date(const std::string& text, const Date& fallback);

// Adds `--as-of` (with its empty-value check) to `command`; `help_key` is the catalogue key
// (help.…) of the option's description, as for add_language_option.
void add_as_of_option(CLI::App* command, std::string& as_of, const std::string& help_key);

// "validate, count the errors, refuse": validates the registry and throws HokError when it has
// errors. `consequence` completes "the registry has N validation errors; …" ("a report over a
// broken registry would mislead VIS"); `validate_command` is what to run to see them.
ValidationResult validate_or_refuse(const RegistrySource& source, const LoadOptions& options,
                                    const std::string& consequence, const std::string& validate_command);

// Output selection for commands with `--format` and `--output FILE`: with an output file, the
// chosen format goes to the file (atomically) and the terminal gets the text; without one, the
// chosen format goes to the terminal. `render(format, color)` renders one format.
void write_selected_output(const std::string& output, const std::string& format,
                           const std::function<std::string(const std::string& format, bool color)>& render);

// `text` to the file `output` (atomically), or to standard output when `output` is empty.
void write_to_output(const std::string& output, const std::string& text);

// Hands the registry over to the end of the process instead of freeing it: a command that is done
// with it is about to exit, and the operating system takes the memory back at once, while
// freeing a national registry one small allocation at a time took some 25 ms of `hok validate`'s
// 0.52 s on 10,000 files (docs/performance.md). The registry stays reachable from a global, so
// LeakSanitizer does not count it as a leak. Call it after the last use of the registry.
void keep_until_exit(std::unique_ptr<Registry> registry);

}  // namespace hok::cli
