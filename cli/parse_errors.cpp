#include "parse_errors.hpp"

#include <iostream>
#include <regex>

#include "core/finding_catalog.hpp"
#include "core/spelling.hpp"

namespace hok::cli {

namespace {

// The parts of CLI11's English text (CLI11 2.x, CLI/Error.hpp and CLI/Validators.hpp). A text in
// none of these forms keeps CLI11's words.
std::optional<Message> required(const std::string& what) {
  if (what == "A subcommand is required") return message("error.cli.subcommand_required");
  std::smatch match;
  static const std::regex named("^(\\S+) is required$");
  if (std::regex_match(what, match, named)) return message("error.cli.required", {{"name", match[1].str()}});
  return std::nullopt;
}

std::optional<Message> extras(const std::string& what) {
  static const std::string one = "The following argument was not expected: ";
  static const std::string many = "The following arguments were not expected: ";
  if (what.rfind(one, 0) == 0) return message("error.cli.extra.one", {{"arguments", what.substr(one.size())}});
  if (what.rfind(many, 0) == 0) return message("error.cli.extra.other", {{"arguments", what.substr(many.size())}});
  return std::nullopt;
}

std::optional<Message> validation(const std::string& what) {
  std::smatch match;
  // IsMember: "NAME: VALUE not in {a,b}"; Range: "NAME: Value V not in range A to B".
  static const std::regex range("^(\\S+): Value (.*) not in range (\\S+) to (\\S+)$");
  if (std::regex_match(what, match, range)) {
    return message("error.cli.not_in_range",
                   {{"name", match[1].str()}, {"value", match[2].str()}, {"min", match[3].str()}, {"max", match[4].str()}});
  }
  static const std::regex member("^(\\S+): (.*) not in (\\{.*\\})$");
  if (std::regex_match(what, match, member)) {
    return message("error.cli.not_in_set", {{"name", match[1].str()}, {"value", match[2].str()}, {"set", match[3].str()}});
  }
  return std::nullopt;
}

std::optional<Message> conversion(const std::string& what) {
  std::smatch match;
  static const std::regex convert("^Could not convert: (\\S+) = (.*)$");
  if (std::regex_match(what, match, convert)) {
    return message("error.cli.not_converted", {{"name", match[1].str()}, {"value", match[2].str()}});
  }
  static const std::regex allowed("^The value (.*) is not an allowed value for (\\S+)$");
  if (std::regex_match(what, match, allowed)) {
    return message("error.cli.not_converted", {{"name", match[2].str()}, {"value", match[1].str()}});
  }
  return std::nullopt;
}

std::optional<Message> mismatch(const std::string& what) {
  std::smatch match;
  static const std::regex missing("^(\\S+): ([0-9]+) required (\\S+) missing$");
  if (std::regex_match(what, match, missing)) {
    return plural("error.cli.values_missing", std::stoll(match[2].str()), {{"name", match[1].str()}});
  }
  static const std::regex exactly("^Expected exactly ([0-9]+) arguments to (\\S+), got ([0-9]+)$");
  if (std::regex_match(what, match, exactly)) {
    return plural("error.cli.values_exactly", std::stoll(match[1].str()),
                  {{"name", match[2].str()}, {"received", match[3].str()}});
  }
  // An option given more often than it may be (`--as-of A --as-of B`): "NAME: At Most 1 required
  // but received 2". CLI11's "At least N required but received M" form needs an option that takes
  // several values, which hok has none of; its requires/excludes and option-group forms need
  // needs()/excludes()/option groups, which hok does not use either.
  static const std::regex at_most("^(\\S+): At Most ([0-9]+) required but received ([0-9]+)$");
  if (std::regex_match(what, match, at_most)) {
    return plural("error.cli.given_at_most", std::stoll(match[2].str()),
                  {{"name", match[1].str()}, {"received", match[3].str()}});
  }
  static const std::regex at_least("^Expected at least ([0-9]+) arguments to (\\S+), got ([0-9]+)$");
  if (std::regex_match(what, match, at_least)) {
    return plural("error.cli.values_at_least", std::stoll(match[1].str()),
                  {{"name", match[2].str()}, {"received", match[3].str()}});
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> language_on_line(int argc, char** argv) {
  std::optional<std::string> language;
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    if (argument == "--") break;
    if (argument == "--lang" && i + 1 < argc) language = argv[++i];
    else if (argument.rfind("--lang=", 0) == 0) language = argument.substr(7);
  }
  return language;
}

std::optional<Message> parse_error_message(const CLI::ParseError& error) {
  const std::string what = error.what();
  if (dynamic_cast<const CLI::RequiredError*>(&error)) return required(what);
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) return extras(what);
  if (dynamic_cast<const CLI::ValidationError*>(&error)) return validation(what);
  if (dynamic_cast<const CLI::ConversionError*>(&error)) return conversion(what);
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) return mismatch(what);
  return std::nullopt;
}

int report_parse_error(CLI::App& app, const CLI::ParseError& error) {
  std::optional<Message> words = parse_error_message(error);
  if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success) || !words) {
    // --help, --version, and the kinds hok does not word itself: CLI11's own output. The line
    // after the error is in the run's language all the same.
    if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(error) == 0 ? 0 : 2;
    std::cerr << error.what() << "\n" << run_catalog().render(message("error.cli.more_help")) << "\n";
    return 2;
  }
  std::cerr << run_catalog().render(*words) << "\n" << run_catalog().render(message("error.cli.more_help")) << "\n";
  return 2;
}

void report_unknown_command(const std::string& name, const std::vector<std::string>& commands) {
  const FindingCatalog& catalog = run_catalog();
  std::optional<std::string> near = nearest_match(name, commands);
  std::cerr << "hok: error: "
            << catalog.render(near ? message("error.cli.unknown_command_suggest", {{"name", name}, {"suggestion", *near}})
                                   : message("error.cli.unknown_command", {{"name", name}}))
            << "\n"
            << catalog.render(message("error.cli.commands_help")) << "\n";
}

}  // namespace hok::cli
