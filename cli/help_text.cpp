#include "help_text.hpp"

#include <regex>

#include "core/byte_scan.hpp"
#include "core/finding_catalog.hpp"

namespace hok::cli {

std::string help_text(const std::string& key) { return run_catalog().render(message(key)); }

namespace {

// CLI11 2.1 prints its headings through get_label(), except the options' group name ("Options",
// the default group every option is declared in) and the value types inside an option's line
// ("TEXT:{en,sv}", "INT:1900–9999", "UINT", "REQUIRED"). Those two are translated here; values
// in braces are what is typed and stay as they are.
class CatalogueFormatter : public CLI::Formatter {
 public:
  CatalogueFormatter() {
    label("Usage", help_text("help.label.usage"));
    label("OPTIONS", help_text("help.label.options_placeholder"));
    label("SUBCOMMAND", help_text("help.label.subcommand"));
    label("SUBCOMMANDS", help_text("help.label.subcommands_placeholder"));
    label("Positionals", help_text("help.label.positionals"));
    label("Options", help_text("help.label.options"));
    label("REQUIRED", help_text("help.label.required"));
    label("TEXT", help_text("help.type.text"));
    label("INT", help_text("help.type.number"));
    label("UINT", help_text("help.type.unsigned"));
  }

  std::string make_group(std::string group, bool is_positional,
                         std::vector<const CLI::Option*> opts) const override {
    return CLI::Formatter::make_group(get_label(group), is_positional, std::move(opts));
  }

  // CLI11 pads the left column by bytes; "KRÄVS" and "ÅÅÅÅ" would pull the description left. The
  // same layout (CLI11's detail::format_help), padded by characters.
  std::string make_option(const CLI::Option* option, bool is_positional) const override {
    const std::string name = "  " + make_option_name(option, is_positional) + make_option_opts(option);
    const std::string description = make_option_desc(option);
    const std::size_t width = get_column_width();
    const std::size_t shown = static_cast<std::size_t>(utf8_length(name));
    std::string out = name;
    if (shown >= width && !description.empty())
      out += "\n" + std::string(width, ' ');
    else if (shown < width)
      out += std::string(width - shown, ' ');
    for (char c : description) {
      out += c;
      if (c == '\n') out += std::string(width, ' ');
    }
    return out + "\n";
  }

  std::string make_option_opts(const CLI::Option* option) const override {
    const std::string line = CLI::Formatter::make_option_opts(option);
    // Whole upper-case words only: "TEXT:{text,json}" keeps its lower-case values.
    static const std::regex word("\\b(TEXT|UINT|INT|REQUIRED)\\b");
    std::string out;
    auto end = std::sregex_iterator();
    std::size_t last = 0;
    for (auto it = std::sregex_iterator(line.begin(), line.end(), word); it != end; ++it) {
      out += line.substr(last, it->position() - last) + get_label(it->str());
      last = it->position() + it->length();
    }
    return out + line.substr(last);
  }
};

}  // namespace

std::shared_ptr<CLI::Formatter> help_formatter() { return std::make_shared<CatalogueFormatter>(); }

}  // namespace hok::cli
