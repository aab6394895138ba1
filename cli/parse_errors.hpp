#pragma once
// CLI11's own parse errors ("The following argument was not expected: --dry-run", "kind is
// required", "--format: md not in {text,json}") in the run's language. The words come from the
// catalogues' cli namespace (`error.cli.…`); the language is `--lang` when the line gives it
// (read before the line is parsed), else LC_ALL/LC_MESSAGES/LANG: the registry's hok.yaml is not
// read before the line is parsed. See docs/messages.md.
#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/message.hpp"

namespace hok::cli {

// The value of `--lang` (`--lang sv` or `--lang=sv`) on the command line, if any.
std::optional<std::string> language_on_line(int argc, char** argv);

// The error as a catalogue message, for the kinds hok words itself: a required option or argument
// (RequiredError), arguments not expected (ExtrasError), a value not in the allowed set or out of
// range (ValidationError), a value that does not convert (ConversionError) and a wrong number of
// values (ArgumentMismatch). Nothing for other kinds and forms: they keep CLI11's text.
std::optional<Message> parse_error_message(const CLI::ParseError& error);

// Prints a parse error the way CLI11 does (the error, then where to read more) in the run's
// language, and returns hok's exit code for it (0 for --help and --version, else 2).
int report_parse_error(CLI::App& app, const CLI::ParseError& error);

// "unknown command 'x'; did you mean 'y'?" and the line after it, in the run's language.
void report_unknown_command(const std::string& name, const std::vector<std::string>& commands);

}  // namespace hok::cli
