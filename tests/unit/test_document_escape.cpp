// Output traps (docs/spec parsing-traps.md, "Output"): a registry's keys, values and file names
// reach diagnostics raw, so a key holding "\n::error file=…" must not become a CI workflow
// command, nor break a JSON string.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "document/escape.hpp"
#include "render/finding_renderer.hpp"
#include "test_support.hpp"

namespace {

using hok::test::TempRegistry;

const std::string kInjected = "x\n::error file=README.md::pwned";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

struct Rendered {
  std::string text;
  std::string json;
  std::string github;
  std::vector<hok::Finding> findings;
};

// Loads `files` and renders the loader's findings in every format.
Rendered render_all(const hok::test::Files& files) {
  TempRegistry tree(files);
  hok::LoadResult result = tree.load();
  Rendered rendered;
  rendered.findings = result.findings.findings();
  hok::sort_findings(rendered.findings);
  hok::RenderContext context;
  for (const hok::SourceFilePtr& file : result.registry->files) context.files[file->path] = file;
  context.file_count = result.file_count;
  rendered.text = hok::render_text(rendered.findings, context);
  rendered.json = hok::render_json(rendered.findings);
  rendered.github = hok::render_github(rendered.findings, context);
  return rendered;
}

// Every workflow command names the YAML file hok read, and nothing else starts a line with "::".
void check_github_commands(const std::string& github, const std::string& own_file) {
  INFO(github);
  int commands = 0;
  for (const std::string& line : lines_of(github)) {
    CHECK_FALSE(starts_with(line, "::error file=README.md"));
    CHECK(line.find('\r') == std::string::npos);
    if (starts_with(line, "::")) {
      ++commands;
      bool own = starts_with(line, "::error file=" + own_file + ",") ||
                 starts_with(line, "::warning file=" + own_file + ",") ||
                 starts_with(line, "::notice file=" + own_file + ",");
      CHECK(own);
    }
  }
  CHECK(commands > 0);
}

void check_no_line_starts_a_command(const std::string& output) {
  INFO(output);
  for (const std::string& line : lines_of(output)) CHECK_FALSE(starts_with(line, "::"));
}

}  // namespace

TEST_CASE("a duplicated key holding a workflow command prints no command of its own", "[render][escape]") {
  const std::string key = "\"x\\n::error file=README.md::pwned\"";
  Rendered rendered = render_all({{"groups/ond.yaml", "id: ond\nname: Ond\ntype: political-steering\n"
                                                      "status: active\n" +
                                                          key + ": 1\n" + key + ": 2\n"}});
  bool duplicate = false;
  for (const hok::Finding& finding : rendered.findings) {
    if (finding.code == "E002") duplicate = finding.message.find(kInjected) != std::string::npos;
  }
  REQUIRE(duplicate);  // the finding itself carries the key as it is
  check_github_commands(rendered.github, "groups/ond.yaml");
  check_no_line_starts_a_command(rendered.text);
  check_no_line_starts_a_command(rendered.json);
}

TEST_CASE("an unknown field holding a workflow command prints no command of its own", "[render][escape]") {
  Rendered rendered = render_all({{"groups/ond.yaml", "id: ond\nname: Ond\ntype: political-steering\n"
                                                      "status: active\n\"x\\n::error file=README.md::pwned\": 1\n"}});
  bool unknown = false;
  for (const hok::Finding& finding : rendered.findings) {
    if (finding.code == "E004" && finding.message.find(kInjected) != std::string::npos) unknown = true;
  }
  REQUIRE(unknown);
  check_github_commands(rendered.github, "groups/ond.yaml");
  check_no_line_starts_a_command(rendered.text);
}

TEST_CASE("JSON output keeps a newline in a key as an escape inside its string", "[render][escape]") {
  Rendered rendered = render_all({{"groups/ond.yaml", "id: ond\nname: Ond\ntype: political-steering\n"
                                                      "status: active\n\"x\\n::error file=README.md::pwned\": 1\n"}});
  check_no_line_starts_a_command(rendered.json);
  // Every line of the output is a whole JSON token sequence: no string runs over a line break.
  for (const std::string& line : lines_of(rendered.json)) {
    std::size_t quotes = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\\') ++i;
      else if (line[i] == '"') ++quotes;
    }
    INFO(line);
    CHECK(quotes % 2 == 0);
  }
  nlohmann::json parsed = nlohmann::json::parse(rendered.json);
  bool found = false;
  for (const nlohmann::json& finding : parsed) {
    if (finding["message"].get<std::string>().find(kInjected) != std::string::npos) found = true;
  }
  CHECK(found);  // machines get the exact text back
}

TEST_CASE("a file name holding a newline and a workflow command prints no command of its own",
          "[render][escape]") {
  Rendered rendered = render_all({{"groups/x\n::error file=README.md::pwned.yaml", "id: x\nname: [\n"}});
  REQUIRE_FALSE(rendered.findings.empty());
  INFO(rendered.github);
  for (const std::string& line : lines_of(rendered.github)) {
    CHECK_FALSE(starts_with(line, "::error file=README.md"));
  }
  check_no_line_starts_a_command(rendered.text);
  check_no_line_starts_a_command(rendered.json);
}

TEST_CASE("a file name with ':', ',' and '%' is encoded in the file property", "[render][escape]") {
  Rendered rendered = render_all({{"groups/a:b,c%d.yaml", "id: [\n"}});
  INFO(rendered.github);
  CHECK(rendered.github.find("::error file=groups/a%3Ab%2Cc%25d.yaml,line=") != std::string::npos);
}

TEST_CASE("a control character in a value is shown escaped in the source line", "[render][escape]") {
  // The byte scan refuses the file; the text output must still not carry the raw escape.
  Rendered rendered = render_all({{"groups/esc.yaml", "id: esc\nname: \x1b[2J\n"}});
  CHECK(rendered.text.find('\x1b') == std::string::npos);
  CHECK(rendered.github.find('\x1b') == std::string::npos);
}

TEST_CASE("workflow messages encode percent signs and never hold a raw CR or LF", "[render][escape]") {
  CHECK(hok::escape_workflow_message("100% done") == "100%25 done");
  CHECK(hok::escape_workflow_message("%0A::error") == "%250A::error");
  std::string escaped = hok::escape_workflow_message("a\r\nb\nc\rd");
  CHECK(escaped.find('\n') == std::string::npos);
  CHECK(escaped.find('\r') == std::string::npos);
  CHECK(escaped == "a\\r\\nb\\nc\\rd");
}

TEST_CASE("workflow properties also encode ':' and ','", "[render][escape]") {
  CHECK(hok::escape_workflow_property("groups/a:b,c.yaml") == "groups/a%3Ab%2Cc.yaml");
  CHECK(hok::escape_workflow_property("50%") == "50%25");
  CHECK(hok::escape_workflow_property("E004 schema") == "E004 schema");
  std::string escaped = hok::escape_workflow_property("x\n::error file=README.md::pwned");
  CHECK(escaped.find('\n') == std::string::npos);
  CHECK(escaped.find("::") == std::string::npos);
}

TEST_CASE("control characters are made visible", "[render][escape]") {
  CHECK(hok::escape_control("a\nb") == "a\\nb");
  CHECK(hok::escape_control("\t") == "\\t");
  CHECK(hok::escape_control("\x1b[31m") == "\\x1b[31m");
  CHECK(hok::escape_control("\x7f") == "\\x7f");
  CHECK(hok::escape_control("Åsa") == "Åsa");
}
