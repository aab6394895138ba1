#include <catch2/catch.hpp>

#include "render/completion_script.hpp"

namespace {

hok::CompletionModel model() {
  hok::CompletionModel model;
  model.global_options = {{{"-h", "--help"}, "Print this help message and exit", false, hok::ValueKind::None, {}},
                          {{"--version"}, "Display program version information and exit", false,
                           hok::ValueKind::None, {}}};
  hok::CompletionCommand validate{"validate", "Check every record: YAML syntax.\nExample: …", {}, {}};
  validate.options = {
      {{"--format"}, "text, json, github or sarif", true, hok::ValueKind::Words, {"text", "json", "github", "sarif"}},
      {{"-C", "--directory"}, "the registry's folder", true, hok::ValueKind::Directory, {}},
      {{"--output"}, "write to this file", true, hok::ValueKind::File, {}}};
  validate.positionals = {{"path", hok::ValueKind::File, {}}};
  hok::CompletionCommand create{"new", "Create a record file", {}, {}};
  create.options = {{{"--set"}, "field=value", true, hok::ValueKind::None, {}}};
  create.positionals = {{"kind", hok::ValueKind::Words, {"groups", "agreements"}}, {"id", hok::ValueKind::None, {}}};
  model.commands = {validate, create};
  return model;
}

}  // namespace

TEST_CASE("bash completion knows commands, option values and positionals", "[render][completion_script]") {
  std::string script = hok::render_bash_completion(model());
  CHECK(script.find("compgen -W \"validate new -h --help --version\"") != std::string::npos);
  CHECK(script.find("--format) COMPREPLY=($(compgen -W \"text json github sarif\" -- \"$cur\")); return ;;") !=
        std::string::npos);
  CHECK(script.find("-C|--directory) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;") != std::string::npos);
  CHECK(script.find("0) COMPREPLY=($(compgen -W \"groups agreements\" -- \"$cur\")) ;;") != std::string::npos);
  CHECK(script.find("new) valued=\" --set \" ;;") != std::string::npos);
  CHECK(script.find("complete -o bashdefault -o default -F _hok hok\n") != std::string::npos);
}

TEST_CASE("zsh completion describes commands and options", "[render][completion_script]") {
  std::string script = hok::render_zsh_completion(model());
  CHECK(script.rfind("#compdef hok\n", 0) == 0);
  CHECK(script.find("'validate:Check every record'") != std::string::npos);
  CHECK(script.find("'--format[text, json, github or sarif]:format:(text json github sarif)'") != std::string::npos);
  CHECK(script.find("'(-C --directory)'{-C,--directory}'[the registrys folder]:directory:_files -/'") !=
        std::string::npos);
  CHECK(script.find("'1:kind:(groups agreements)'") != std::string::npos);
  CHECK(script.find("compdef _hok hok") != std::string::npos);
}

TEST_CASE("fish completion lists commands, then options per command", "[render][completion_script]") {
  std::string script = hok::render_fish_completion(model());
  CHECK(script.find("complete -c hok -n __fish_use_subcommand -a validate -d 'Check every record'\n") !=
        std::string::npos);
  CHECK(script.find("complete -c hok -n '__fish_seen_subcommand_from validate' -l format -x -a 'text json github "
                    "sarif'") != std::string::npos);
  CHECK(script.find("-s C -l directory -x -a '(__fish_complete_directories)'") != std::string::npos);
  CHECK(script.find("complete -c hok -n '__fish_seen_subcommand_from new; and test (count (commandline -opc)) -eq 2' "
                    "-a 'groups agreements'\n") != std::string::npos);
}

TEST_CASE("a menu line ends before an example, not inside its abbreviation", "[render][completion_script]") {
  hok::CompletionModel examples;
  hok::CompletionCommand report{"report", "Den årliga uppföljningsrapporten till VIS: nyckeltal", {}, {}};
  report.options = {{{"--year"}, "the year to report on, e.g. 2025", true, hok::ValueKind::None, {}},
                    {{"--rule"}, "bara den här regeln (kan upprepas), t.ex. --rule G002", true, hok::ValueKind::None, {}}};
  examples.commands = {report};
  std::string script = hok::render_zsh_completion(examples);
  CHECK(script.find("'report:Den årliga uppföljningsrapporten till VIS'") != std::string::npos);
  CHECK(script.find("'--year[the year to report on]:year: '") != std::string::npos);
  CHECK(script.find("'--rule[bara den här regeln]:rule: '") != std::string::npos);
}
