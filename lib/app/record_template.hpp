#pragma once
// `hok new KIND ID` as a library call: a new record file written from the kind's JSON Schema —
// the required fields, each under a comment taken from the schema's description, with the
// values given by `--set field=value` filled in and quoted as YAML needs.
#include <filesystem>
#include <string>
#include <vector>

#include "model/registry.hpp"

namespace hok {

// One `--set` argument: a field path ("name", "period.from") and its value as typed.
struct FieldSetting {
  std::string path;
  std::string value;
};

// Parses "field=value" (the value may itself hold `=`). Throws HokError without a `=`.
FieldSetting parse_field_setting(const std::string& text);

// The YAML text of a new record of `kind` ("groups") with `id`. Written: `id`, the required
// fields (and those the settings make required, e.g. `area` for `type=local`), the set fields;
// each with a `#` comment from the schema in `language` ("sv" or "en"). A required field without
// a value is left empty, for `hok validate` to point at. Throws HokError for an unknown kind or
// field, and for a value that cannot fit its field (not a whole number, not one of the choices).
std::string record_template(const std::string& kind, const std::string& id,
                            const std::vector<FieldSetting>& settings, const std::string& language = "sv");

// Who asks for a template: `hok new` (the header names the command and `hok validate`) or the
// portal's "Fix" link, which opens the git host's new-file page with the template in it (the
// header tells the editor there to fill in the empty fields and save).
enum class TemplateOrigin { Command, Portal };

struct TemplateOptions {
  TemplateOrigin origin = TemplateOrigin::Command;
  // Top-level fields written empty, under their comment, besides the required ones: what the
  // editor must fill in for the record to do its job (a follow-up's `date`, without which it
  // does not count). Each must be a field of the kind, or HokError.
  std::vector<std::string> to_fill;
};

// As above, with `options`.
std::string record_template(const std::string& kind, const std::string& id, const std::vector<FieldSetting>& settings,
                            const std::string& language, const TemplateOptions& options);

// Where a new record goes: `<root>/<kind>/<id>.yaml`, and that path relative to the root.
struct NewRecordPlace {
  std::filesystem::path file;
  std::string relative_path;
};

// Checks that `id` is a valid id not used anywhere in `registry` and that its file does not exist,
// then writes the template there atomically, never replacing a file. Throws HokError otherwise.
NewRecordPlace create_record(const Registry& registry, const std::string& kind, const std::string& id,
                             const std::vector<FieldSetting>& settings);

}  // namespace hok
