#include <iostream>

#include "command_registry.hpp"
#include "core/spelling.hpp"
#include "help_text.hpp"
#include "load/registry_loader.hpp"
#include "schema/embedded_schemas.hpp"

namespace hok::cli {

namespace {

struct SchemaOptions {
  std::string kind;
};

CLI::App* add_schema(CLI::App& app, SchemaOptions& options) {
  CLI::App* command = app.add_subcommand(
      "schema", help_text("help.schema"));
  command->add_option("kind", options.kind, help_text("help.schema.kind"));
  return command;
}

int run_schema(const SchemaOptions& options) {
  const auto& schemas = embedded_schemas();
  if (options.kind.empty()) {
    for (const EmbeddedSchema& schema : schemas) std::cout << schema.name << "\n";
    return 0;
  }
  std::vector<std::string> names;
  for (const EmbeddedSchema& schema : schemas) {
    if (schema.name == options.kind) {
      std::cout << schema.text;
      if (!schema.text.empty() && schema.text.back() != '\n') std::cout << "\n";
      return 0;
    }
    names.push_back(schema.name);
  }
  if (auto near = nearest_match(options.kind, names)) {
    throw HokError(message("error.schema.no_kind_suggest", {{"kind", options.kind}, {"suggestion", *near}}));
  }
  throw HokError(message("error.schema.no_kind", {{"kind", options.kind}}));
}

const CommandRegistration schema_registration{{"schema", [](CLI::App& app) -> std::function<int()> {
  auto options = std::make_shared<SchemaOptions>();
  add_schema(app, *options);
  return [options] { return run_schema(*options); };
}}};

}  // namespace

}  // namespace hok::cli
