#pragma once
// `hok --help` and `hok <command> --help` in the run's language. Every description, the help and
// version flags' lines and CLI11's headings ("Usage", "Options", "REQUIRED", the value types) are
// `help.…` keys of the catalogues' cli namespace. main() chooses the language (--lang on the line,
// else the environment's, as for parse errors: cli/parse_errors.hpp) before the commands declare
// their options, so the texts are rendered once, when they are declared. See docs/messages.md.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>

namespace hok::cli {

// The text of `key` (cli namespace, `help.…`) in the run's language.
std::string help_text(const std::string& key);

// A CLI11 formatter whose headings, group names and value types come from the catalogue. Set it
// on the app before the subcommands are added: they inherit it.
std::shared_ptr<CLI::Formatter> help_formatter();

}  // namespace hok::cli
