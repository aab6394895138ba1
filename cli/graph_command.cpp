#include <iostream>

#include "app/governance_graph.hpp"
#include "command_registry.hpp"
#include "core/atomic_write.hpp"
#include "help_text.hpp"
#include "load/registry_loader.hpp"
#include "registry_options.hpp"
#include "render/graph_renderer.hpp"

namespace hok::cli {

namespace {

struct GraphCommandOptions {
  RegistryArgs registry;
  std::string format = "dot";
  std::string labels = "name";
  std::string output;
  std::string language;
};

CLI::App* add_graph(CLI::App& app, GraphCommandOptions& options) {
  CLI::App* command = app.add_subcommand("graph", help_text("help.graph"));
  add_registry_options(command, options.registry);
  command->add_option("--format", options.format, help_text("help.graph.format"))->check(CLI::IsMember({"dot", "mermaid"}));
  command->add_option("--labels", options.labels, help_text("help.graph.labels"))
      ->check(CLI::IsMember({"name", "short"}));
  command->add_option("--output", options.output, help_text("help.graph.output"));
  add_language_option(command, options.language, "help.lang.graph");
  return command;
}

int run_graph(const GraphCommandOptions& options) {
  LoadResult load = load_registry(*open_registry(options.registry));
  GovernanceGraph graph = governance_graph(*load.registry, GraphOptions{options.labels == "short"});
  std::string text = options.format == "mermaid" ? render_graph_mermaid(graph, run_catalog())
                                                 : render_graph_dot(graph, run_catalog());
  write_to_output(options.output, text);
  return 0;
}

const CommandRegistration graph_registration{{"graph", [](CLI::App& app) -> std::function<int()> {
  auto options = std::make_shared<GraphCommandOptions>();
  add_graph(app, *options);
  return [options] { return run_graph(*options); };
}}};

}  // namespace

}  // namespace hok::cli
