// The yaml-cpp 0.7 traps of docs/spec parsing-traps.md, each closed by hok::read_source: what the
// editor is told (code, line, column) and what the rest of hok gets to see (the typed JSON).
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "load/yaml_reader.hpp"

namespace {

using nlohmann::json;

struct ReadResult {
  std::shared_ptr<hok::SourceFile> file;
  std::vector<hok::Finding> findings;

  std::vector<hok::Finding> with_code(const std::string& code) const {
    std::vector<hok::Finding> matching;
    for (const hok::Finding& finding : findings) {
      if (finding.code == code) matching.push_back(finding);
    }
    return matching;
  }
  const json& data() const {
    REQUIRE(file->data.has_value());
    return *file->data;
  }
  const hok::NodePosition& position(const std::string& pointer) const {
    const hok::NodePosition* found = file->positions.find(pointer);
    INFO("pointer " << pointer);
    REQUIRE(found != nullptr);
    return *found;
  }
};

ReadResult read(const std::string& text, const hok::ReadLimits& limits = {}) {
  ReadResult result;
  hok::FindingSink sink;
  result.file = hok::read_source("groups/trap.yaml", "groups", text, sink, limits);
  result.findings = sink.findings();
  return result;
}

// The single finding with `code`; fails the test if there is not exactly one.
hok::Finding only(const ReadResult& result, const std::string& code) {
  std::vector<hok::Finding> matching = result.with_code(code);
  std::string all;
  for (const hok::Finding& finding : result.findings) {
    all += finding.code + " " + std::to_string(finding.location.line) + ":" +
           std::to_string(finding.location.column) + " " + finding.message + "\n";
  }
  INFO("expected one " << code << " among:\n" << all);
  REQUIRE(matching.size() == 1);
  return matching.front();
}

bool mentions(const hok::Finding& finding, const std::string& word) {
  return finding.message.find(word) != std::string::npos ||
         (finding.hint && finding.hint->find(word) != std::string::npos);
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The classic "billion laughs": nine levels, each a list of nine aliases of the level before.
std::string alias_bomb() {
  std::string text = "lol0: &a0 [\"lol\"]\n";
  for (int level = 1; level <= 9; ++level) {
    text += "lol" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
    for (int i = 0; i < 9; ++i) text += (i ? ", *a" : "*a") + std::to_string(level - 1);
    text += "]\n";
  }
  return text;
}

}  // namespace

// --- Duplicate keys (yaml-cpp keeps both, node["name"] returns the first) -------------------

TEST_CASE("a duplicate key is reported at the second key and the first value is kept", "[load][E002]") {
  ReadResult result = read("id: trap\nname: first\nname: second\ntype: local\n");
  hok::Finding finding = only(result, "E002");
  CHECK(finding.location.line == 3);
  CHECK(finding.location.column == 1);
  CHECK(finding.location.length == 4);
  CHECK(mentions(finding, "first on line 2"));
  CHECK(result.data()["name"] == "first");
  CHECK(result.data()["type"] == "local");
}

TEST_CASE("a duplicate key in a nested mapping is reported at its own line", "[load][E002]") {
  ReadResult result = read("id: trap\nmandate:\n  adopted: true\n  adopted: false\n");
  hok::Finding finding = only(result, "E002");
  CHECK(finding.location.line == 4);
  CHECK(finding.location.column == 3);
  CHECK(result.data()["mandate"]["adopted"] == true);
}

TEST_CASE("a duplicate key whose value is a nested list is skipped whole", "[load][E002]") {
  ReadResult result = read("id: trap\nname: first\nname: [1, [2, {a: 3}]]\ntype: local\n");
  only(result, "E002");
  CHECK(result.data() == json{{"id", "trap"}, {"name", "first"}, {"type", "local"}});
}

// --- Unclosed quotes (yaml-cpp swallows the rest of the file when it ends in a newline) -----

TEST_CASE("an unclosed double quote is reported at the quote", "[load][E001]") {
  ReadResult result = read("id: trap\nname: \"oops\nid2: 1\n");
  hok::Finding finding = only(result, "E001");
  CHECK(finding.location.line == 2);
  CHECK(finding.location.column == 7);
  CHECK(mentions(finding, "never closed"));
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("an unclosed single quote is reported at the quote", "[load][E001]") {
  ReadResult result = read("id: trap\nname: 'oops\ntype: local\n");
  hok::Finding finding = only(result, "E001");
  CHECK(finding.location.line == 2);
  CHECK(finding.location.column == 7);
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("an unclosed quote in a file without a final newline is still an error", "[load][E001]") {
  ReadResult result = read("id: trap\nname: \"oops");
  CHECK(result.with_code("E001").size() == 1);
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("escaped and doubled quotes and multi-line quoted values are not taken for unclosed quotes",
          "[load]") {
  ReadResult result = read("a: \"say \\\"hi\\\"\"\nb: 'it''s'\nc: \"two\n  lines\"\nd: x\n");
  CHECK(result.findings.empty());
  CHECK(result.data()["a"] == "say \"hi\"");
  CHECK(result.data()["b"] == "it's");
  CHECK(result.data()["c"] == "two lines");
  CHECK(result.data()["d"] == "x");
}

// --- Anchors, aliases, merge keys, tags, non-string keys: one E001 each, never expanded -----

// Anchors and aliases: one finding for the first anchor and one for the first alias, however many
// there are (both places must be edited), never one per use.
namespace {

std::vector<std::pair<int, int>> places(const std::vector<hok::Finding>& findings) {
  std::vector<std::pair<int, int>> result;
  for (const hok::Finding& finding : findings) result.emplace_back(finding.location.line, finding.location.column);
  return result;
}

}  // namespace

TEST_CASE("an anchor and its alias give one finding each, and the alias is not expanded", "[load][E001]") {
  ReadResult result = read("id: trap\nname: &x Åsa\nshort_name: *x\n");
  std::vector<hok::Finding> syntax = result.with_code("E001");
  REQUIRE(syntax.size() == 2);
  CHECK(places(syntax) == std::vector<std::pair<int, int>>{{2, 7}, {3, 13}});
  CHECK(mentions(syntax[0], "anchor"));
  CHECK(mentions(syntax[1], "alias"));
  CHECK(result.findings.size() == 2);
  // The alias's stand-in is null, and the schema is told not to report it again.
  CHECK(result.data()["short_name"].is_null());
  CHECK(result.file->reported_pointers == std::vector<std::string>{"/short_name"});
  CHECK(result.data()["name"] == "Åsa");
}

TEST_CASE("an alias without an anchor is a finding", "[load][E001]") {
  ReadResult result = read("id: trap\nname: *nowhere\n");
  CHECK(only(result, "E001").location.line == 2);
}

TEST_CASE("a self-referencing alias gives one anchor and one alias finding and no crash", "[load][E001]") {
  ReadResult result = read("a: &x [1, *x]\n");
  std::vector<hok::Finding> syntax = result.with_code("E001");
  CHECK(places(syntax) == std::vector<std::pair<int, int>>{{1, 4}, {1, 11}});
  CHECK(result.data() == json{{"a", json::array({1, nullptr})}});
}

TEST_CASE("an alias bomb gives one anchor and one alias finding, fast", "[load][E001]") {
  auto start = std::chrono::steady_clock::now();
  ReadResult result = read(alias_bomb());
  CHECK(seconds_since(start) < 2.0);
  std::vector<hok::Finding> syntax = result.with_code("E001");
  // 10 anchors and 81 aliases: the first of each.
  CHECK(places(syntax) == std::vector<std::pair<int, int>>{{1, 7}, {2, 12}});
  CHECK(result.findings.size() == 2);
  // Nothing expanded: each level holds nine placeholders at most.
  CHECK(result.data().dump().size() < 1000);
}

TEST_CASE("a merge key is a finding and its fields are not merged", "[load][E001]") {
  ReadResult result = read("id: trap\n<<: {name: merged}\ntype: local\n");
  hok::Finding finding = only(result, "E001");
  CHECK(finding.location.line == 2);
  CHECK(finding.location.column == 1);
  CHECK(mentions(finding, "merge"));
  CHECK_FALSE(result.data().contains("<<"));
  CHECK_FALSE(result.data().contains("name"));
  CHECK(result.data()["type"] == "local");
}

TEST_CASE("a quoted \"<<\" key is ordinary text, not a merge", "[load]") {
  ReadResult result = read("\"<<\": x\n");
  CHECK(result.findings.empty());
  CHECK(result.data()["<<"] == "x");
}

TEST_CASE("a !!binary tag is a finding", "[load][E001]") {
  ReadResult result = read("id: trap\nname: !!binary aGVsbG8=\n");
  hok::Finding finding = only(result, "E001");
  CHECK(finding.location.line == 2);
  CHECK(finding.location.column == 7);
  CHECK(mentions(finding, "!!binary"));
}

TEST_CASE("a custom tag is a finding", "[load][E001]") {
  ReadResult result = read("id: trap\nname: !custom x\n");
  hok::Finding finding = only(result, "E001");
  CHECK(finding.location.line == 2);
  CHECK(mentions(finding, "!custom"));
}

TEST_CASE("a tag on a mapping is a finding", "[load][E001]") {
  ReadResult result = read("id: trap\nmandate: !!map {a: 1}\n");
  CHECK(result.with_code("E001").size() == 1);
}

TEST_CASE("a list used as a key is a finding", "[load][E001]") {
  ReadResult result = read("? [a, b]\n: x\n");
  hok::Finding finding = only(result, "E001");
  CHECK(finding.location.line == 1);
  CHECK(finding.location.column == 3);
  CHECK(mentions(finding, "key"));
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("a null key is a finding", "[load][E001]") {
  ReadResult result = read("id: trap\n~: x\n");
  hok::Finding finding = only(result, "E001");
  CHECK(finding.location.line == 2);
  CHECK(finding.location.column == 1);
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("an empty explicit key is a finding", "[load][E001]") {
  ReadResult result = read("id: trap\n? \n: x\n");
  CHECK(result.with_code("E001").size() == 1);
  CHECK_FALSE(result.file->data.has_value());
}

// --- Documents -------------------------------------------------------------------------------

TEST_CASE("two documents in one file are a finding", "[load][E001]") {
  ReadResult result = read("id: a\n---\nid: b\n");
  hok::Finding finding = only(result, "E001");
  CHECK(mentions(finding, "more than one YAML document"));
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("a broken second document is a finding, not ignored", "[load][E001]") {
  ReadResult result = read("id: a\n---\nid: [b\n");
  CHECK(result.with_code("E001").size() == 1);
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("one document with an explicit start marker is read", "[load]") {
  ReadResult result = read("---\nid: a\n");
  CHECK(result.findings.empty());
  CHECK(result.data()["id"] == "a");
  CHECK(result.position("/id").line == 2);
}

TEST_CASE("a file holding only a comma terminates with a finding", "[load][E001]") {
  auto start = std::chrono::steady_clock::now();
  ReadResult result = read(",");
  CHECK(seconds_since(start) < 2.0);
  CHECK(result.with_code("E001").size() == 1);
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("an empty file is a finding", "[load][E004]") {
  ReadResult result = read("");
  CHECK(result.with_code("E004").size() == 1);
  CHECK_FALSE(result.file->data.has_value());
}

// --- Nesting and size limits -----------------------------------------------------------------

TEST_CASE("100000 nested brackets are refused without a crash", "[load][E001]") {
  auto start = std::chrono::steady_clock::now();
  ReadResult result = read("id: " + std::string(100000, '[') + "\n");
  CHECK(seconds_since(start) < 2.0);
  hok::Finding finding = only(result, "E001");
  CHECK(mentions(finding, "nested deeper"));
  CHECK(finding.location.line == 1);
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("an unclosed nested bracket is reported as unclosed, not as a key", "[load][E001]") {
  ReadResult result = read("id: trap\nmembers: [[a, b\n");
  hok::Finding finding = only(result, "E001");
  CHECK(mentions(finding, "not closed"));
  CHECK_FALSE(mentions(finding, "key is a list"));
}

TEST_CASE("nesting just under the cap is read", "[load]") {
  const int depth = hok::ReadLimits{}.max_depth;
  ReadResult result = read(std::string(depth, '[') + "1" + std::string(depth, ']') + "\n");
  CHECK(result.findings.empty());
  const json* innermost = &result.data();
  for (int level = 1; level < depth; ++level) innermost = &(*innermost)[0];
  CHECK(*innermost == json::array({1}));
}

TEST_CASE("nesting one level over the cap is refused", "[load][E001]") {
  const int depth = hok::ReadLimits{}.max_depth + 1;
  ReadResult result = read(std::string(depth, '[') + "1" + std::string(depth, ']') + "\n");
  hok::Finding finding = only(result, "E001");
  CHECK(mentions(finding, "nested deeper"));
  CHECK(finding.location.column == depth);
}

TEST_CASE("a 20000-character value is refused at its line and not passed on", "[load][E004]") {
  ReadResult result = read("id: trap\nname: " + std::string(20000, 'x') + "\ntype: local\n");
  hok::Finding finding = only(result, "E004");
  CHECK(finding.location.line == 2);
  CHECK(finding.location.column == 7);
  CHECK(mentions(finding, "20000 characters"));
  CHECK(result.data()["name"].is_null());
  CHECK(result.data()["type"] == "local");
  CHECK(result.file->reported_pointers == std::vector<std::string>{"/name"});
}

TEST_CASE("a value at the length limit is read", "[load]") {
  const std::size_t limit = hok::ReadLimits{}.max_scalar_bytes;
  ReadResult result = read("name: " + std::string(limit, 'x') + "\n");
  CHECK(result.findings.empty());
  CHECK(result.data()["name"].get<std::string>().size() == limit);
}

TEST_CASE("an over-long implicit key is a syntax error", "[load][E001]") {
  // yaml-cpp allows implicit keys of at most 1024 characters.
  ReadResult result = read(std::string(20000, 'k') + ": x\n");
  CHECK(result.with_code("E001").size() == 1);
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("an over-long explicit key is refused", "[load][E004]") {
  ReadResult result = read("? " + std::string(20000, 'k') + "\n: x\n");
  CHECK(only(result, "E004").location.column == 3);
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("a file over the size limit is refused before parsing", "[load][E003]") {
  hok::ReadLimits limits;
  limits.max_file_bytes = 100;
  ReadResult result = read("name: " + std::string(200, 'x') + "\n", limits);
  CHECK(result.with_code("E003").size() == 1);
  CHECK_FALSE(result.file->data.has_value());
}

// --- Typing by the YAML 1.2 core schema, never by yaml-cpp's as<> ----------------------------

TEST_CASE("plain scalars are typed by the YAML 1.2 core schema", "[load][typing]") {
  ReadResult result = read(
      "octal_looking: 0114\n"
      "quoted: \"0114\"\n"
      "hex: 0x1F\n"
      "octal: 0o17\n"
      "yes_word: yes\n"
      "no_word: no\n"
      "on_word: on\n"
      "truth: true\n"
      "falsity: False\n"
      "tilde: ~\n"
      "null_word: null\n"
      "empty:\n"
      "float: 1.5\n"
      "exponent: 1e3\n"
      "negative: -7\n"
      "huge: 123456789012345678901234567890\n"
      "date: 2024-02-29\n"
      "infinity: .inf\n");
  CHECK(result.findings.empty());
  const json& data = result.data();
  CHECK(data["octal_looking"].is_number_integer());
  CHECK(data["octal_looking"] == 114);
  CHECK(data["quoted"] == "0114");
  CHECK(data["hex"] == 31);
  CHECK(data["octal"] == 15);
  CHECK(data["yes_word"] == "yes");
  CHECK(data["no_word"] == "no");
  CHECK(data["on_word"] == "on");
  CHECK(data["truth"] == true);
  CHECK(data["falsity"] == false);
  CHECK(data["tilde"].is_null());
  CHECK(data["null_word"].is_null());
  CHECK(data["empty"].is_null());
  CHECK(data["float"].is_number_float());
  CHECK(data["float"] == 1.5);
  CHECK(data["exponent"] == 1000.0);
  CHECK(data["negative"] == -7);
  CHECK(data["huge"].is_number());
  CHECK(data["huge"].get<double>() == Approx(1.2345678901234568e29));
  CHECK(data["date"] == "2024-02-29");
  CHECK(data["infinity"].is_number());
}

TEST_CASE("quoted scalars stay text whatever they look like", "[load][typing]") {
  ReadResult result = read("a: \"true\"\nb: '~'\nc: \"1.5\"\nd: ''\n");
  CHECK(result.data() == json{{"a", "true"}, {"b", "~"}, {"c", "1.5"}, {"d", ""}});
}

TEST_CASE("literal and folded block scalars are text", "[load][typing]") {
  ReadResult result = read("literal: |\n  0114\n  true\nfolded: >\n  one\n  two\nkept: |-\n  123\n");
  CHECK(result.findings.empty());
  CHECK(result.data()["literal"] == "0114\ntrue\n");
  CHECK(result.data()["folded"] == "one two\n");
  CHECK(result.data()["kept"] == "123");
  CHECK_FALSE(result.position("/literal").plain);
}

// --- Positions: 1-based lines, columns in characters ----------------------------------------

TEST_CASE("lines and columns are 1-based", "[load][marks]") {
  ReadResult result = read("id: trap\nmandate:\n  purposes:\n    - first\n    - second\n");
  CHECK(result.position("/id").line == 1);
  CHECK(result.position("/id").column == 5);
  CHECK(result.position("/id").key_line == 1);
  CHECK(result.position("/id").key_column == 1);
  CHECK(result.position("/mandate/purposes").key_line == 3);
  CHECK(result.position("/mandate/purposes").key_column == 3);
  CHECK(result.position("/mandate/purposes/1").line == 5);
  CHECK(result.position("/mandate/purposes/1").column == 7);
  CHECK(result.position("/mandate/purposes/1").length == 6);
}

TEST_CASE("columns count characters, not bytes, after å, ä and ö", "[load][marks]") {
  // "namn: [Åsa, Östen, Ärla]": Östen begins at character 13 (byte 14), Ärla at 20 (byte 22).
  ReadResult result = read("id: trap\nnamn: [Åsa, Östen, Ärla]\nort: {län: Gävle, kommun: Täby}\n");
  CHECK(result.findings.empty());
  CHECK(result.position("/namn/1").line == 2);
  CHECK(result.position("/namn/1").column == 13);
  CHECK(result.position("/namn/1").length == 5);
  CHECK(result.position("/namn/2").column == 20);
  // "ort: {län: Gävle, kommun: Täby}": kommun at 19, Täby at 27.
  CHECK(result.position("/ort/kommun").key_column == 19);
  CHECK(result.position("/ort/kommun").column == 27);
  CHECK(result.position("/ort/kommun").length == 4);
}

TEST_CASE("a flow list of 100,000 entries on one line is read in linear time", "[load][marks]") {
  // Counting each value's column from the line's start made this quadratic: 48 s of CPU.
  std::string text = "id: trap\nparties: [";
  for (int i = 0; i < 100000; ++i) text += (i ? ", " : "") + std::string(i % 2 ? "ö" : "m") + std::to_string(i % 1000);
  text += "]\n";
  auto start = std::chrono::steady_clock::now();
  ReadResult result = read(text);
  CHECK(seconds_since(start) < 10.0);
  CHECK(result.findings.empty());
  REQUIRE(result.data()["parties"].size() == 100000);
  // "parties: [m0, ö1, m2, ": the third entry begins at character 19 (byte 20).
  CHECK(result.position("/parties/2").column == 19);
  CHECK(result.position("/parties/2").length == 2);
  CHECK(result.position("/parties/99999").line == 2);
  const std::size_t last = text.rfind(", ") + 2;
  int characters = 0;
  for (std::size_t k = text.find('\n') + 1; k < last; ++k) characters += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
  CHECK(result.position("/parties/99999").column == characters + 1);
  CHECK(result.position("/parties/99999").length == 4);  // ö999
}

TEST_CASE("a finding after å, ä and ö is placed in characters", "[load][marks]") {
  ReadResult result = read("namn: Åsa\nnamn: Östen\n");
  CHECK(only(result, "E002").location.column == 1);
  ReadResult tagged = read("ö: [ä, !!binary x]\n");
  // "ö: [ä, !!binary x]": the tag begins at character 8 (byte 10).
  CHECK(only(tagged, "E001").location.column == 8);
}

TEST_CASE("an empty value is placed at its key", "[load][marks]") {
  ReadResult result = read("id: trap\nempty:\nnext: x\n");
  const hok::NodePosition& empty = result.position("/empty");
  CHECK(result.data()["empty"].is_null());
  CHECK(empty.line == 2);
  CHECK(empty.column == 1);
  CHECK(empty.key_line == 2);
}

TEST_CASE("CRLF line endings give the same data and lines as LF", "[load][marks]") {
  const std::string lf = "id: trap\nname: \"Åsa\"\nmembers:\n  - a\n  - b\nempty:\n";
  std::string crlf;
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  ReadResult unix_file = read(lf);
  ReadResult windows_file = read(crlf);
  CHECK(windows_file.findings.empty());
  CHECK(windows_file.data() == unix_file.data());
  for (const char* pointer : {"/id", "/name", "/members", "/members/1", "/empty"}) {
    INFO(pointer);
    CHECK(windows_file.position(pointer).line == unix_file.position(pointer).line);
    CHECK(windows_file.position(pointer).column == unix_file.position(pointer).column);
    CHECK(windows_file.position(pointer).key_line == unix_file.position(pointer).key_line);
  }
  CHECK(windows_file.file->line_text(2) == "name: \"Åsa\"");
}

// --- Bytes: scanned before yaml-cpp sees them ------------------------------------------------

TEST_CASE("a byte-order mark is a warning and the file is still read", "[load][E003]") {
  ReadResult result = read("\xEF\xBB\xBFid: trap\nname: x\n");
  hok::Finding finding = only(result, "E003");
  CHECK(finding.severity == hok::Severity::Warning);
  CHECK(result.data()["id"] == "trap");
  CHECK(result.position("/id").key_column == 1);
  CHECK(result.position("/id").column == 5);
}

TEST_CASE("invalid UTF-8 is an error and the file is not parsed", "[load][E003]") {
  ReadResult result = read("id: trap\nname: " + std::string(9, '\x80') + "\n");
  hok::Finding finding = only(result, "E003");
  CHECK(finding.severity == hok::Severity::Error);
  CHECK(finding.location.line == 2);
  CHECK(finding.location.column == 7);
  CHECK(mentions(finding, "UTF-8"));
  CHECK(result.findings.size() == 1);
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("Latin-1 text is invalid UTF-8", "[load][E003]") {
  ReadResult result = read("name: \xC5sa\n");  // Å in Latin-1
  CHECK(only(result, "E003").location.column == 7);
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("a NUL byte inside a plain scalar is an error, not an escape", "[load][E003]") {
  ReadResult result = read(std::string("a: a\0b\n", 7));
  hok::Finding finding = only(result, "E003");
  CHECK(finding.location.line == 1);
  CHECK(finding.location.column == 5);
  CHECK(mentions(finding, "NUL"));
  CHECK(result.findings.size() == 1);
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("three leading NUL bytes are an error, not UTF-32", "[load][E003]") {
  ReadResult result = read(std::string("\0\0\0id: trap\n", 12));
  hok::Finding finding = only(result, "E003");
  CHECK(finding.location.line == 1);
  CHECK(finding.location.column == 1);
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("a lone control character is an error", "[load][E003]") {
  ReadResult result = read("id: trap\nname: bell\x07here\n");
  hok::Finding finding = only(result, "E003");
  CHECK(finding.severity == hok::Severity::Error);
  CHECK(finding.location.line == 2);
  CHECK(finding.location.column == 11);
  CHECK(mentions(finding, "U+0007"));
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("a tab used for indentation is a syntax error that says so", "[load][E001]") {
  ReadResult result = read("id: trap\nmembers:\n\t- a\n");
  hok::Finding finding = only(result, "E001");
  CHECK(finding.location.line == 3);
  CHECK(mentions(finding, "tab"));
  CHECK_FALSE(mentions(finding, "illegal"));
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("a tab indenting a mapping is a syntax error that says so", "[load][E001]") {
  ReadResult result = read("id: trap\nmandate:\n\tadopted: true\n");
  hok::Finding finding = only(result, "E001");
  CHECK(finding.location.line == 3);
  CHECK(mentions(finding, "tab"));
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("a tab inside a value is text, not an error", "[load]") {
  ReadResult result = read("name: \"a\tb\"\nnote: c\td\n");
  CHECK(result.findings.empty());
  CHECK(result.data()["name"] == "a\tb");
  CHECK(result.data()["note"] == "c\td");
}

TEST_CASE("lone CR line endings are a syntax error that says so", "[load][E001]") {
  ReadResult result = read("id: trap\rname: x\rtype: local\r");
  hok::Finding finding = only(result, "E001");
  CHECK(mentions(finding, "carriage return"));
  CHECK(finding.location.line == 1);
  CHECK_FALSE(result.file->data.has_value());
}

TEST_CASE("deep nesting past yaml-cpp's own limit is not reported as 'bad file'", "[load][E001]") {
  hok::ReadLimits limits;
  limits.max_depth = 100000;  // let yaml-cpp hit its own cap of 500
  ReadResult result = read(std::string(2000, '[') + std::string(2000, ']') + "\n", limits);
  hok::Finding finding = only(result, "E001");
  CHECK_FALSE(finding.message == "bad file");
  CHECK(mentions(finding, "nested"));
}
