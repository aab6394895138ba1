#include "schema/schema_set.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <stdexcept>

#include <fmt/format.h>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "core/dates.hpp"
#include "core/invisible.hpp"
#include "core/spelling.hpp"
#include "core/byte_scan.hpp"
#include "core/scalar_typing.hpp"
#include "schema/embedded_schemas.hpp"
#include "schema/schema_walk.hpp"
#include "schema/suggestions.hpp"

namespace hok {

namespace {

using nlohmann::json;

// A top-level `if`/`then`/`else` block. hok evaluates these itself: valijson reports a failed
// conditional only as "Failed to validate against a conditional schema", which tells an editor
// nothing. The `if` part is still evaluated by valijson.
struct Conditional {
  json if_json;
  std::unique_ptr<valijson::Schema> if_schema;
  json then_json;
  json else_json;
};

// Removes every `format` and `uniqueItems` keyword: hok checks both itself (check_node), so the
// copy of a schema that valijson sees carries neither. valijson 1.0 compiles a std::regex for each
// `format: date` value it checks, which was most of the loading time; and it checks `uniqueItems`
// by comparing every entry with every other, quadratic in time and memory (a list of 5,000 entries
// took 17.5 s and 2.6 GB, one of 10,000 ended in bad_alloc).
void remove_formats(json& node) {
  if (node.is_object()) {
    auto format = node.find("format");
    if (format != node.end() && format->is_string()) node.erase(format);
    auto unique = node.find("uniqueItems");
    if (unique != node.end() && unique->is_boolean()) node.erase(unique);
    for (auto& [key, child] : node.items()) remove_formats(child);
  } else if (node.is_array()) {
    for (json& child : node) remove_formats(child);
  }
}

std::unique_ptr<valijson::Schema> compile(const json& schema_json) {
  auto schema = std::make_unique<valijson::Schema>();
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter adapter(schema_json);
  parser.populateSchema(adapter, *schema);
  return schema;
}

bool satisfies(const valijson::Schema& schema, const json& instance) {
  valijson::Validator validator;
  valijson::adapters::NlohmannJsonAdapter adapter(instance);
  try {
    return validator.validate(schema, adapter, nullptr);
  } catch (const std::exception&) {
    return false;
  }
}

// What an `if` tests: "type is 'supplement'" from {"properties": {"type": {"const": "supplement"}}};
// `unless` for an `if` of the form {"not": …}.
struct Condition {
  std::vector<Message> parts;
  bool unless = false;
  // For an `if` of the form {"properties": {"lacks": {"contains": {"const": "chair"}}}}: the
  // list and the value it holds. Its `then` forbids the field the list says is missing, and the
  // finding says exactly that.
  std::string list_field;
  std::string list_value;
};

Condition describe_condition(const json& condition) {
  if (condition.contains("not") && condition["not"].is_object()) {
    Condition inner = describe_condition(condition["not"]);
    inner.unless = !inner.unless;
    return inner;
  }
  Condition result;
  if (condition.contains("properties") && condition["properties"].is_object()) {
    for (const auto& [field, rule] : condition["properties"].items()) {
      if (rule.contains("const")) {
        const json& value = rule["const"];
        result.parts.push_back(message("E004.condition.is", {{"field", field},
                                                             {"value", value.is_string() ? value.get<std::string>() : value.dump()}}));
      } else if (rule.contains("contains") && rule["contains"].is_object() && rule["contains"].contains("const") &&
                 rule["contains"]["const"].is_string()) {
        result.list_field = field;
        result.list_value = rule["contains"]["const"].get<std::string>();
        result.parts.push_back(message("E004.condition.includes", {{"field", field}, {"value", result.list_value}}));
      } else if (rule.contains("enum") && rule["enum"].is_array()) {
        std::vector<std::string> values;
        for (const auto& value : rule["enum"]) values.push_back(value.is_string() ? value.get<std::string>() : value.dump());
        result.parts.push_back(message("E004.condition.one_of", {{"field", field}, {"values", fmt::format("{}", fmt::join(values, ", "))}}));
      }
    }
  }
  return result;
}

// "when type is 'supplement'", or with `negated` "unless type is 'supplement'".
Message condition_phrase(const Condition& condition, bool negated) {
  if (condition.parts.empty()) return message("E004.condition.always");
  return message(condition.unless != negated ? "E004.condition.unless" : "E004.condition.when",
                 {{"conditions", list_and(condition.parts)}});
}

// The field path ("members[2].org"), or "the record" for the record itself.
Message field_phrase(const std::string& label) { return label.empty() ? message("E004.the_record") : literal(label); }

std::string value_text(const json& value) {
  std::string text = value.is_string() ? value.get<std::string>() : value.dump();
  if (text.size() > 60) text = text.substr(0, 57) + "...";
  return text;
}

// valijson's context (["<root>", "[members]", "[2]", "[org]"]) → JSON pointer, using the
// instance to tell array indices from keys.
std::string context_to_pointer(const std::vector<std::string>& context, const json& instance) {
  std::string pointer;
  const json* current = &instance;
  for (std::size_t i = 1; i < context.size(); ++i) {
    const std::string& part = context[i];
    if (part.size() < 2 || part.front() != '[' || part.back() != ']') continue;
    std::string token = part.substr(1, part.size() - 2);
    if (current && current->is_array()) {
      pointer = pointer_append(pointer, token);
      std::size_t index = std::strtoul(token.c_str(), nullptr, 10);
      current = index < current->size() ? &(*current)[index] : nullptr;
    } else {
      pointer = pointer_append(pointer, token);
      current = (current && current->is_object() && current->contains(token)) ? &(*current)[token] : nullptr;
    }
  }
  return pointer;
}

std::string quoted_list(const json& values) {
  std::vector<std::string> items;
  for (const auto& value : values) items.push_back(value_text(value));
  return fmt::format("{}", fmt::join(items, ", "));
}

std::vector<std::string> string_list(const json& values) {
  std::vector<std::string> items;
  for (const auto& value : values) {
    if (value.is_string()) items.push_back(value.get<std::string>());
  }
  return items;
}

Message pattern_message(const std::string& field, const std::string& value, const std::string& pattern) {
  auto with = [&](const char* key, std::initializer_list<MessageArg> more = {}) {
    std::vector<MessageArg> args{{"field", field}, {"value", value}};
    args.insert(args.end(), more);
    return message(key, std::move(args));
  };
  if (pattern == "^[a-z0-9]+(-[a-z0-9]+)*$") return with("E004.pattern.id");
  if (pattern == "^[0-9]{4}-[0-9]{2}-[0-9]{2}$") return with("E004.pattern.date");
  if (pattern == "^[0-9]{4}$") return with("E004.pattern.code");
  if (pattern.rfind("^https", 0) == 0 || pattern.rfind("^(https", 0) == 0) {
    return with("E004.pattern.url", {{"prefix", message(pattern.find("s?") != std::string::npos ? "E004.pattern.http_or_https"
                                                                                                : "E004.pattern.https")}});
  }
  if (pattern.rfind("^[EG]", 0) == 0 || pattern.rfind("^G", 0) == 0) {
    return with("E004.pattern.rule", {{"example", pattern.rfind("^G", 0) == 0 ? "G002" : "E007"}});
  }
  return with("E004.pattern.other", {{"pattern", pattern}});
}

}  // namespace

struct CompiledSchema {
  json document;
  std::unique_ptr<valijson::Schema> schema;  // without the top-level conditionals
  std::vector<Conditional> conditionals;
};

SchemaSet::SchemaSet() {
  for (const EmbeddedSchema& embedded : embedded_schemas()) {
    auto compiled = std::make_unique<CompiledSchema>();
    compiled->document = json::parse(embedded.text);
    json without_conditionals = compiled->document;
    if (without_conditionals.contains("allOf") && without_conditionals["allOf"].is_array()) {
      json kept = json::array();
      for (const json& part : without_conditionals["allOf"]) {
        if (part.is_object() && part.contains("if")) {
          Conditional conditional;
          conditional.if_json = part["if"];
          conditional.if_schema = compile(part["if"]);
          conditional.then_json = part.value("then", json::object());
          conditional.else_json = part.value("else", json::object());
          compiled->conditionals.push_back(std::move(conditional));
        } else {
          kept.push_back(part);
        }
      }
      if (kept.empty()) without_conditionals.erase("allOf");
      else without_conditionals["allOf"] = kept;
    }
    remove_formats(without_conditionals);
    compiled->schema = compile(without_conditionals);
    schemas_[embedded.name] = std::move(compiled);
  }
}

SchemaSet::~SchemaSet() = default;

const SchemaSet& SchemaSet::instance() {
  static const SchemaSet set;
  return set;
}

const nlohmann::json* SchemaSet::schema_json(const std::string& name) const {
  auto it = schemas_.find(name);
  return it == schemas_.end() ? nullptr : &it->second->document;
}

namespace {

class FileValidation {
 public:
  FileValidation(SourceFile& file, FindingSink& sink, const CompiledSchema& schema)
      : file_(file), sink_(sink), schema_(schema) {
    for (const std::string& pointer : file.reported_pointers) reported_.insert(pointer);
  }

  void run() {
    json& data = *file_.data;
    if (!data.is_object()) {
      report_at_value("", message("E004.message.not_a_record"));
      file_.data.reset();
      return;
    }
    // 1. Types, calendar dates and YAML 1.1 look-alikes, by hok's own walk over the schema.
    std::vector<std::string> wrong_types;
    walk_schema(schema_.document, schema_.document, data, "",
                [&](const json& node, const json& value, const std::string& pointer) {
                  check_node(node, value, pointer, wrong_types);
                });
    for (auto it = wrong_types.rbegin(); it != wrong_types.rend(); ++it) erase_pointer(data, *it);
    check_reserved_id(data);
    // 2. Everything else the schema says, by valijson (no wrong types left to make it throw). One
    // validator per thread: it keeps the `pattern` regexes compiled from one file to the next.
    thread_local valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter adapter(data);
    try {
      validator.validate(*schema_.schema, adapter, &results);
    } catch (const std::exception& error) {
      report_at_value("", message("E004.message.schema_failed", {{"error", error.what()}}));
      return;
    }
    valijson::ValidationResults::Error error;
    while (results.popError(error)) translate(error, data);
    // 3. Conditional requirements, evaluated here to name the field and the condition.
    for (const Conditional& conditional : schema_.conditionals) check_conditional(conditional, data);
  }

 private:
  void check_node(const json& node, const json& value, const std::string& pointer,
                  std::vector<std::string>& wrong_types) {
    if (node.contains("type") && !json_type_matches(node["type"], value)) {
      if (!reported_.count(pointer)) report_type(node["type"], value, pointer);
      wrong_types.push_back(pointer);
      return;
    }
    if (value.is_string() && node.contains("pattern") && pattern_too_long(node, value, pointer)) {
      wrong_types.push_back(pointer);  // reported; kept away from valijson's regex
      return;
    }
    if (value.is_array() && node.value("uniqueItems", false)) check_unique(value, pointer);
    if (value.is_string() && check_invisible(node, value.get_ref<const std::string&>(), pointer)) {
      wrong_types.push_back(pointer);  // an id or reference with one is refused: kept from the later checks
      return;
    }
    if (value.is_string() && node.value("format", "") == "date") {
      const std::string& text = value.get_ref<const std::string&>();
      if (text.size() == 10 && text[4] == '-' && text[7] == '-' && !parse_date(text)) {
        report_at_value(pointer, message("E004.message.calendar", {{"field", field_label(pointer)}, {"value", text}}),
                        message("E004.hint.calendar"));
      }
    }
    const NodePosition* position = file_.positions.find(pointer);
    // A word the schema itself lists (`severity: {G013: off}`) is plainly meant as that word.
    bool listed = node.contains("enum") && node["enum"].is_array() &&
                  std::find(node["enum"].begin(), node["enum"].end(), value) != node["enum"].end();
    if (value.is_string() && position && position->plain && !listed &&
        is_yaml11_ambiguous(value.get_ref<const std::string&>()) && !reported_.count(pointer)) {
      const std::string& text = value.get_ref<const std::string&>();
      report_at_value(pointer,
                      message("E004.message.yaml11_boolean", {{"field", field_label(pointer)}, {"value", text}}),
                      message("E004.hint.yaml11_boolean", {{"value", text}}));
    }
  }

  // Ids that name something hok itself writes, or that a file system cannot hold. `hok digest`
  // writes each kind's list page as <kind>/index beside the record pages <kind>/<id> (lib/digest/
  // site_builder.cpp): a record `index` would overwrite it. Windows reserves the device names
  // con, prn, aux, nul, com1–com9 and lpt1–lpt9 with any extension: such a record file cannot be
  // checked out there, nor its page written.
  void check_reserved_id(const json& data) {
    if (file_.kind == "registry" || !data.contains("id") || !data["id"].is_string()) return;
    const std::string& id = data["id"].get_ref<const std::string&>();
    if (reported_.count("/id")) return;
    std::optional<std::string> reason;
    if (id == "index") {
      reason = "E004.reserved_id.index";
    } else if (id == "con" || id == "prn" || id == "aux" || id == "nul" ||
               (id.size() == 4 && (id.rfind("com", 0) == 0 || id.rfind("lpt", 0) == 0) && id[3] >= '1' && id[3] <= '9')) {
      reason = "E004.reserved_id.windows";
    }
    if (!reason) return;
    report_at_value("/id", message("E004.message.reserved_id", {{"id", id}, {"reason", message(*reason, {{"id", id}})}}),
                    message("E004.hint.reserved_id", {{"id", id}}));
  }

  // A zero-width or bidirectional-control character (core/invisible.hpp) in a value. In a field
  // with a pattern — ids, references, codes — it is refused (an error, and the value is dropped like
  // one of a wrong type: returns true); elsewhere — names, descriptions — it is a warning, and the
  // value is kept.
  bool check_invisible(const json& node, const std::string& text, const std::string& pointer) {
    std::optional<InvisibleCharacter> found = find_invisible(text);
    if (!found || reported_.count(pointer)) return false;
    std::string character = invisible_label(found->code_point);
    if (node.contains("pattern")) {
      report_at_value(pointer, message("E004.message.invisible_id", {{"field", field_label(pointer)}, {"character", character}}),
                      message("E004.hint.invisible_id"));
      return true;
    }
    Finding finding = make_finding("E004", file_.value_location(pointer),
                                   message("E004.message.invisible", {{"field", field_label(pointer)}, {"character", character}}),
                                   message("E004.hint.invisible"), subject());
    finding.severity = Severity::Warning;
    sink_.add(std::move(finding));
    return false;
  }

  // `uniqueItems`, in one pass over the list with a hash map from each entry (as JSON text) to
  // where it first appears. Each repeated entry is reported once, at its second place, naming the
  // line of the first; after kMaxRepeatsReported repeated entries in one list, one more finding
  // counts the rest, so that a pasted block of thousands of lines gives a screenful, not thousands.
  static constexpr std::size_t kMaxRepeatsReported = 10;
  void check_unique(const json& list, const std::string& pointer) {
    if (list.size() < 2 || reported_.count(pointer)) return;
    std::unordered_map<std::string, std::size_t> first_place;
    first_place.reserve(list.size());
    std::unordered_map<std::string, bool> reported_entry;
    std::size_t repeats = 0;
    std::size_t more = 0;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const json& entry = list[i];
      std::string key = entry.is_string() ? "s" + entry.get_ref<const std::string&>() : "j" + entry.dump();
      auto [place, inserted] = first_place.emplace(std::move(key), i);
      if (inserted) continue;
      auto [seen, first_repeat] = reported_entry.emplace(place->first, true);
      if (!first_repeat) continue;
      if (repeats == kMaxRepeatsReported) {
        ++more;
        continue;
      }
      ++repeats;
      std::string first_pointer = pointer_append(pointer, std::to_string(place->second));
      std::string second_pointer = pointer_append(pointer, std::to_string(i));
      report_at_value(second_pointer,
                      message("E004.message.repeated", {{"field", field_label(pointer)},
                                                        {"value", value_text(entry)},
                                                        {"first", file_.value_location(first_pointer).line},
                                                        {"second", file_.value_location(second_pointer).line}}),
                      message("E004.hint.unique"));
    }
    if (more > 0) {
      report_at_value(pointer, message("E004.message.repeated_more", {{"field", field_label(pointer)}, {"count", more}}),
                      message("E004.hint.unique"));
    }
    reported_.insert(pointer);
  }

  // valijson matches `pattern` with std::regex, which recurses once per character of the value: a
  // long value overflows the stack (a 10,000-character id did, in the AddressSanitizer build, where
  // frames are larger). So a value longer than its field's maxLength — or than kPatternLengthCap
  // where the schema sets none (URLs, e-mail addresses) — is reported here, as valijson's
  // maxLength would, and never reaches the regex.
  static constexpr std::size_t kPatternLengthCap = 2048;
  bool pattern_too_long(const json& node, const json& value, const std::string& pointer) {
    const std::string& text = value.get_ref<const std::string&>();
    std::size_t limit = kPatternLengthCap;
    if (node.contains("maxLength") && node["maxLength"].is_number_unsigned()) {
      limit = std::min(limit, node["maxLength"].get<std::size_t>());
    }
    // Characters, as JSON Schema counts them: UTF-8 continuation bytes are not counted.
    std::size_t characters = std::count_if(text.begin(), text.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    if (characters <= limit) return false;
    if (!reported_.count(pointer)) {
      report_at_value(pointer, message("E004.message.max_length", {{"field", field_label(pointer)}, {"limit", limit}}));
    }
    return true;
  }

  static Message type_noun(const json& expected) {
    if (expected.is_array()) {
      std::vector<Message> nouns;
      for (const json& one : expected) nouns.push_back(type_noun(one));
      return list_or(std::move(nouns));
    }
    std::string type = expected.is_string() ? expected.get<std::string>() : "";
    for (const char* known : {"string", "integer", "number", "boolean", "object", "array"}) {
      if (type == known) return message(std::string("E004.type.") + known);
    }
    return literal(type);
  }

  // True when `expected` is `type` or a list of types holding it.
  static bool expects(const json& expected, const char* type) {
    if (expected.is_array()) return std::find(expected.begin(), expected.end(), type) != expected.end();
    return expected.is_string() && expected.get<std::string>() == type;
  }

  static Message value_noun(const json& value) {
    if (value.is_null()) return message("E004.value.null");
    if (value.is_boolean()) return message("E004.value.boolean");
    if (value.is_number_integer()) return message("E004.value.integer");
    if (value.is_number()) return message("E004.value.number");
    if (value.is_string()) return message("E004.value.string");
    if (value.is_array()) return message("E004.value.array");
    return message("E004.value.object");
  }

  void report_type(const json& expected, const json& value, const std::string& pointer) {
    const std::string field = field_label(pointer);
    Message text = message("E004.message.type", {{"field", field}, {"expected", type_noun(expected)}, {"actual", value_noun(value)}});
    std::optional<Message> hint;
    const NodePosition* position = file_.positions.find(pointer);
    if (position && position->plain && expects(expected, "string") && (value.is_number() || value.is_boolean() || value.is_null())) {
      std::string raw = raw_text(*position);
      if (value.is_null()) {
        text = message("E004.message.empty", {{"field", field}});
        hint = raw.empty() ? message("E004.hint.empty") : message("E004.hint.null_word", {{"raw", raw}});
      } else {
        bool octal = raw.size() > 1 && raw[0] == '0' && value.is_number_integer();
        text = message(octal ? "E004.message.unquoted_octal" : "E004.message.unquoted",
                       {{"field", field}, {"raw", raw}, {"read_as", message(value.is_boolean() ? "E004.value.boolean" : "E004.value.number")}});
        hint = message("E004.hint.quote", {{"raw", raw}});
      }
    } else if (value.is_string() && expected == "integer" && position && !position->plain) {
      hint = message("E004.hint.number_unquoted");
    } else if (value.is_string() && expected == "boolean") {
      hint = message("E004.hint.boolean_unquoted");
    } else if (value.is_null()) {
      text = message("E004.message.empty", {{"field", field}});
      hint = message("E004.hint.empty");
    } else if (expects(expected, "array") && !expects(expected, "string") && (value.is_string() || value.is_number())) {
      // `roles: KSA` → `roles: [ksa]`: the line as the schema wants it, from what was written.
      const std::string key = last_key(pointer);
      const json* schema = schema_at(pointer);
      std::string written = value.is_string() ? value.get<std::string>() : (position ? raw_text(*position) : value.dump());
      if (!key.empty() && schema) {
        hint = message("E004.hint.write_as", {{"line", key + ": " + as_flow_list(schema_.document, *schema, written)}});
      }
    }
    report_at_value(pointer, std::move(text), std::move(hint));
  }

  // The field's own name when `pointer` ends in one ("/mandate/purposes" → "purposes"); empty for
  // a list entry.
  static std::string last_key(const std::string& pointer) {
    const std::string token = unescape_token(pointer.substr(pointer.rfind('/') + 1));
    if (token.empty() || token.find_first_not_of("0123456789") == std::string::npos) return "";
    return token;
  }

  // The value's source text as written (for hints such as "write "0114" in quotes"): its `length`
  // characters from its place, at most 40 bytes. The place is counted on from the previous
  // lookup's when it lies further along, as the reader's line table does: a flow list of 40,000
  // numbers on one line, each a finding, costs the line's length once, not once per value.
  std::string raw_text(const NodePosition& position) const {
    const std::string& text = file_.text;
    auto next_character = [&](std::size_t byte) {
      ++byte;
      while (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) ++byte;
      return byte;
    };
    if (position.line < cursor_.line || (position.line == cursor_.line && position.column < cursor_.column)) {
      cursor_ = Cursor{};
    }
    while (cursor_.line < position.line) {
      const std::size_t end = text.find('\n', cursor_.byte);
      if (end == std::string::npos) return {};
      cursor_ = Cursor{cursor_.line + 1, 1, end + 1};
    }
    while (cursor_.column < position.column && cursor_.byte < text.size() && text[cursor_.byte] != '\n') {
      cursor_.byte = next_character(cursor_.byte);
      ++cursor_.column;
    }
    std::size_t end = cursor_.byte;
    for (int taken = 0; taken < position.length && end < text.size() && text[end] != '\n' && text[end] != '\r';
         ++taken) {
      end = next_character(end);
    }
    std::string raw = text.substr(cursor_.byte, end - cursor_.byte);
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t')) raw.pop_back();
    return raw.substr(0, 40);
  }

  void translate(const valijson::ValidationResults::Error& error, const json& data) {
    const std::string& text = error.description;
    std::string pointer = context_to_pointer(error.context, data);
    const json* node = schema_at(pointer);
    if (text.rfind("Missing required property '", 0) == 0) {
      std::string field = text.substr(27, text.size() - 27 - 2);
      std::string missing = pointer_append(pointer, field);
      if (reported_.count(missing) || written_under_other_name(data, pointer, field)) return;
      reported_.insert(missing);
      Message where = pointer.empty() ? message("E004.this_record") : literal(field_label(pointer));
      report_at_key(pointer, message("E004.message.required", {{"where", std::move(where)}, {"field", field}}),
                    message("E004.hint.required", {{"field", field}}), missing);
      return;
    }
    if (text.rfind("Object contains a property that could not be validated", 0) == 0) {
      std::size_t open = text.find(": '");
      std::string first = open == std::string::npos ? "" : text.substr(open + 3, text.size() - open - 3 - 2);
      std::vector<std::string> known;
      if (node && node->contains("properties")) {
        for (const auto& [name, ignored] : (*node)["properties"].items()) known.push_back(name);
      }
      // valijson names only the first unknown field of an object; an editor who mends it would
      // meet the next one on the following run. Every key the schema does not list is reported.
      std::vector<std::string> fields{first};
      const json* object = value_at(data, pointer);
      if (object && object->is_object() && node && node->contains("properties") && !node->contains("patternProperties")) {
        fields.clear();
        for (const auto& [name, ignored] : object->items()) {
          if (std::find(known.begin(), known.end(), name) == known.end()) fields.push_back(name);
        }
      }
      for (const std::string& field : fields) {
        std::string unknown = pointer_append(pointer, field);
        if (reported_.count(unknown)) continue;
        reported_.insert(unknown);
        // A field of the level above, indented under the field before it (`target_group` under
        // `mandate:`); else the field by the portal's word for it (`ägare` → owner), else by a
        // typo, else the list.
        std::optional<Message> hint = indented_too_far(data, pointer, field);
        if (hint) {
          report_at_key(unknown, message("E004.message.misplaced_field", {{"field", field}, {"holder", last_key(pointer)}}), hint,
                        unknown);
          continue;
        }
        if (node) hint = named_suggestion(field, labelled_fields(*node));
        if (!hint) {
          if (auto near = nearest_match(field, known)) hint = message("hint.did_you_mean", {{"suggestion", *near}});
          else if (!known.empty()) hint = message("E004.hint.known_fields", {{"fields", fmt::format("{}", fmt::join(known, ", "))}});
        }
        report_at_key(unknown, message("E004.message.unknown_field", {{"field", field}}), hint, unknown);
      }
      return;
    }
    if (reported_.count(pointer)) return;
    const json* value = value_at(data, pointer);
    std::string label = field_label(pointer);
    if (text == "Failed to match against any enum values." && node && node->contains("enum")) {
      std::optional<Message> hint;
      if (value && value->is_string()) hint = named_suggestion(value->get<std::string>(), labelled_values((*node)["enum"]));
      if (value && value->is_string() && !hint) {
        if (auto near = nearest_match(value->get<std::string>(), string_list((*node)["enum"]))) {
          hint = message("hint.did_you_mean", {{"suggestion", *near}});
        }
      }
      report_at_value(pointer, message("E004.message.enum", {{"field", label},
                                                            {"value", value ? value_text(*value) : ""},
                                                            {"allowed", quoted_list((*node)["enum"])}}),
                      hint);
    } else if (text.rfind("Failed to match expected value set by 'const'", 0) == 0 && node) {
      report_at_value(pointer, message("E004.message.const", {{"field", label}, {"value", value_text((*node)["const"])}}));
    } else if (text.rfind("Failed to match regex", 0) == 0 && node && value && value->is_string()) {
      const std::string pattern = node->value("pattern", "");
      // A reference that is not an id names no record either: E007 reports it once, with the
      // record it most likely means (looked up among the records' names, which only the whole
      // registry knows).
      if (node->contains("x-hok-ref") && pattern == "^[a-z0-9]+(-[a-z0-9]+)*$") return;
      std::optional<Message> hint;
      const std::string key = last_key(pointer);
      if (pattern == "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" && !key.empty()) {
        if (auto date = as_iso_date(value->get<std::string>())) hint = message("E004.hint.write_as", {{"line", key + ": " + *date}});
      }
      report_at_value(pointer, pattern_message(label, value_text(*value), pattern), hint);
    } else if (text.rfind("String should be no fewer than", 0) == 0) {
      report_at_value(pointer, message("E004.message.empty", {{"field", label}}), message("E004.hint.empty_text"));
    } else if (text.rfind("String should be no more than", 0) == 0 && node) {
      report_at_value(pointer, message("E004.message.max_length", {{"field", label}, {"limit", node->value("maxLength", 0)}}));
    } else if (text.rfind("Array should contain no fewer than", 0) == 0 && node) {
      int minimum = node->value("minItems", 0);
      report_at_value(pointer, plural("E004.message.min_items", minimum, {{"field", label}}));
    } else if (text.rfind("Array should contain no more than", 0) == 0 && node) {
      report_at_value(pointer, message("E004.message.max_items", {{"field", label}, {"limit", node->value("maxItems", 0)}}));
    } else if (text.find("violate uniqueness constraint") != std::string::npos) {
      report_at_value(pointer, message("E004.message.unique", {{"field", label}}), message("E004.hint.unique"));
    } else if (text.rfind("Expected number greater than or equal to", 0) == 0 && node) {
      report_at_value(pointer, message("E004.message.minimum", {{"field", label}, {"limit", (*node)["minimum"].dump()}}));
    } else if (text.rfind("Expected number less than or equal to", 0) == 0 && node) {
      report_at_value(pointer, message("E004.message.maximum", {{"field", label}, {"limit", (*node)["maximum"].dump()}}));
    } else if (text.rfind("Failed to validate", 0) == 0 || text.rfind("String should be a valid", 0) == 0 ||
               text.rfind("Value type not permitted", 0) == 0 || text.rfind("Target should not", 0) == 0) {
      // Wrappers around an error reported on its own, or checked by hok itself (types, dates).
    } else {
      report_at_value(pointer, message("E004.message.schema_other", {{"field", field_phrase(label)}, {"detail", text}}));
    }
  }

  // "target_group belongs on the same level as mandate …" when `field`, unknown in the object at
  // `pointer`, is a field of the object that holds it and is not written there already.
  std::optional<Message> indented_too_far(const json& data, const std::string& pointer, const std::string& field) const {
    const std::string holder = last_key(pointer);
    if (holder.empty()) return std::nullopt;
    const std::string parent = pointer.substr(0, pointer.rfind('/'));
    const json* parent_node = schema_at(parent);
    const json* parent_object = value_at(data, parent);
    if (!parent_node || !parent_node->contains("properties") || !(*parent_node)["properties"].contains(field)) return std::nullopt;
    if (!parent_object || !parent_object->is_object() || parent_object->contains(field)) return std::nullopt;
    return message("E004.hint.indent_out", {{"field", field}, {"holder", holder}});
  }

  // True when the object at `pointer` has a key its schema does not list that means `field`
  // (`namn:` for name, `ower:` for owner): that key's finding names the field, so a missing
  // `field` is the same mistake and is not reported again.
  bool written_under_other_name(const json& data, const std::string& pointer, const std::string& field) const {
    const json* object = value_at(data, pointer);
    const json* node = schema_at(pointer);
    if (!object || !object->is_object() || !node || !node->contains("properties")) return false;
    const json& properties = (*node)["properties"];
    const std::vector<NamedValue> fields = labelled_fields(*node);
    for (const auto& [key, ignored] : object->items()) {
      if (properties.contains(key)) continue;
      auto match = match_by_name(key, fields);
      if (match && fields[match->index].value == field) return true;
    }
    return false;
  }

  void check_conditional(const Conditional& conditional, const json& data) {
    bool condition = satisfies(*conditional.if_schema, data);
    const json& branch = condition ? conditional.then_json : conditional.else_json;
    const Condition tested = describe_condition(conditional.if_json);
    if (branch.contains("required") && branch["required"].is_array()) {
      for (const json& field : branch["required"]) {
        if (!field.is_string() || data.contains(field.get<std::string>())) continue;
        if (written_under_other_name(data, "", field.get<std::string>())) continue;
        std::string missing = pointer_append("", field.get<std::string>());
        if (reported_.count(missing)) continue;
        reported_.insert(missing);
        report_at_key(condition_field(conditional.if_json, data),
                      message("E004.message.required_when", {{"field", field.get<std::string>()},
                                                             {"condition", condition_phrase(tested, !condition)}}),
                      message("E004.hint.required", {{"field", field.get<std::string>()}}), missing);
      }
    }
    if (branch.contains("not") && branch["not"].contains("required") && branch["not"]["required"].is_array()) {
      for (const json& field : branch["not"]["required"]) {
        if (!field.is_string() || !data.contains(field.get<std::string>())) continue;
        std::string present = pointer_append("", field.get<std::string>());
        if (reported_.count(present)) continue;
        reported_.insert(present);
        if (condition && !tested.unless && !tested.list_field.empty()) {
          report_at_key(present,
                        message("E004.message.listed_as_lacking",
                                {{"field", field.get<std::string>()}, {"list", tested.list_field}}),
                        message("E004.hint.listed_as_lacking", {{"field", field.get<std::string>()},
                                                                {"list", tested.list_field},
                                                                {"value", tested.list_value}}),
                        present);
          continue;
        }
        report_at_key(present, message("E004.message.only_allowed", {{"field", field.get<std::string>()},
                                                                     {"condition", condition_phrase(tested, condition)}}),
                      std::nullopt, present);
      }
    }
  }

  // The pointer of the field a condition tests (`/type`), if the record has it: a conditional
  // requirement is reported there, where the reason for it is written.
  static std::string condition_field(const json& condition, const json& data) {
    if (condition.contains("properties") && condition["properties"].is_object()) {
      for (const auto& [field, rule] : condition["properties"].items()) {
        if (data.contains(field)) return pointer_append("", field);
      }
    }
    return "";
  }

  // The schema node that governs `pointer`, following properties, items and local $refs.
  const json* schema_at(const std::string& pointer) const {
    const json* node = resolve_ref(schema_.document, schema_.document);
    std::size_t position = 1;
    while (node && position <= pointer.size() && !pointer.empty()) {
      std::size_t next = pointer.find('/', position);
      std::string token = pointer.substr(position, next == std::string::npos ? std::string::npos : next - position);
      token = unescape_token(token);
      if (node->contains("properties") && (*node)["properties"].contains(token)) {
        node = &(*node)["properties"][token];
      } else if (node->contains("items") && (*node)["items"].is_object()) {
        node = &(*node)["items"];
      } else if (node->contains("additionalProperties") && (*node)["additionalProperties"].is_object()) {
        node = &(*node)["additionalProperties"];
      } else {
        return nullptr;
      }
      node = resolve_ref(schema_.document, *node);
      if (next == std::string::npos) break;
      position = next + 1;
    }
    return node;
  }

  void report_at_value(const std::string& pointer, Message text, std::optional<Message> hint = std::nullopt) {
    reported_.insert(pointer);
    sink_.add("E004", file_.value_location(pointer), std::move(text), std::move(hint), subject());
  }

  void report_at_key(const std::string& pointer, Message text, std::optional<Message> hint,
                     const std::string& reported_pointer) {
    reported_.insert(reported_pointer);
    Location where = pointer.empty() ? first_key_location() : file_.key_location(pointer);
    sink_.add("E004", where, std::move(text), std::move(hint), subject());
  }

  // A field missing from the record itself is reported at the `id:` line (or the first key).
  Location first_key_location() const {
    if (const NodePosition* id = file_.positions.find("/id")) {
      return Location{file_.path, id->key_line, id->key_column, id->key_length};
    }
    return Location{file_.path, 1, 1, 0};
  }

  std::optional<std::string> subject() const {
    if (file_.kind == "registry") return std::nullopt;
    if (file_.data && file_.data->is_object() && file_.data->contains("id") && (*file_.data)["id"].is_string()) {
      return (*file_.data)["id"].get<std::string>();
    }
    return file_.stem;
  }

  static const json* value_at(const json& data, const std::string& pointer) {
    try {
      const json& value = data.at(json::json_pointer(pointer));
      return &value;
    } catch (const std::exception&) {
      return nullptr;
    }
  }

  static void erase_pointer(json& data, const std::string& pointer) {
    if (pointer.empty()) return;
    try {
      json::json_pointer path(pointer);
      json& parent = data.at(path.parent_pointer());
      if (parent.is_object()) parent.erase(path.back());
      else if (parent.is_array()) parent[std::stoul(path.back())] = nullptr;
    } catch (const std::exception&) {
    }
  }

  SourceFile& file_;
  FindingSink& sink_;
  const CompiledSchema& schema_;
  std::set<std::string> reported_;
  // Where raw_text last stopped: a 1-based line and character column, and its byte offset.
  struct Cursor {
    int line = 1;
    int column = 1;
    std::size_t byte = 0;
  };
  mutable Cursor cursor_;
};

}  // namespace

void SchemaSet::validate(SourceFile& file, FindingSink& sink) const {
  if (!file.data) return;
  auto it = schemas_.find(file.kind == "registry" ? "hok" : file.kind);
  if (it == schemas_.end()) return;
  FileValidation(file, sink, *it->second).run();
}

}  // namespace hok
