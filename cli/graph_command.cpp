#include <iostream>

#include "app/governance_graph.hpp"
#include "command_registry.hpp"
#include "core/atomic_write.hpp"
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
  CLI::App* command = app.add_subcommand(
      "graph",
      "The governance structure: which group reports to which (reports_to) and which group owns each "
      "agreement (owner), as Graphviz DOT or Mermaid.\nExample: hok graph data --format dot | dot -Tsvg > "
      "governance.svg");
  add_registry_options(command, options.registry);
  command->add_option("--format", options.format, "dot or mermaid")->check(CLI::IsMember({"dot", "mermaid"}));
  command->add_option("--labels", options.labels, "name (default) or short: the short name where there is one")
      ->check(CLI::IsMember({"name", "short"}));
  command->add_option("--output", options.output, "write to this file instead of the terminal");
  add_language_option(command, options.language, "language of the edges' words");
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
