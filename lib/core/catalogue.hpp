#pragma once
// Every word hok prints, one catalogue per language: messages/<language>.json, compiled into the
// binary. A catalogue is split into namespaces, each a JSON object in the file:
//   finding  a finding's message and hint ("E007.message"), rendered by FindingCatalog
//   cli      the lines commands print around findings (summaries, `hok show`, `hok mv`)
//   page     the portal's texts (`{{t.key}}` in the templates)
//   label    the names of values by group ("agreement_status" → "in-force" → "Gällande"),
//            shared by the portal, the report and "did you mean"
//   report   the annual report's texts (`{{msg.key}}` in its templates)
// The list of languages is the list of these files: adding messages/de.json adds German to every
// `--lang` (tests/unit/test_core_catalogue.cpp fails on a key one language has and another lacks).
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace hok {

struct Catalogue {
  std::string language;
  // namespace → key → text, for every namespace but `label`
  std::map<std::string, std::map<std::string, std::string>> texts;
  // group → value → label (the `label` namespace)
  std::map<std::string, std::map<std::string, std::string>> labels;

  // The text of `key` in namespace `space`; nullptr when the catalogue lacks it.
  const std::string* find(const std::string& space, const std::string& key) const;
  // The texts of one namespace (empty when the catalogue has none).
  const std::map<std::string, std::string>& space(const std::string& name) const;
};

// The namespaces a catalogue may hold, in the order the files list them.
const std::vector<std::string>& catalogue_namespaces();

// Reads a catalogue from JSON text. `origin` names it in errors ("messages/sv.json"). Keys
// beginning with "//" are comments for the translator, at any level. Throws HokError for text
// that is not such an object, an unknown namespace or a value that is not a string.
Catalogue parse_catalogue(std::string language, std::string_view json_text, const std::string& origin);

// Replaces, key by key, the texts of `base` with those of `overlay` (a partial catalogue, such as
// one in `--templates DIR`). Only namespaces in `spaces` may be overlaid; a namespace outside
// them or a key `base` does not have throws HokError naming `origin` (with "did you mean"), so a
// misspelt key is never silently ignored.
void overlay_catalogue(Catalogue& base, const Catalogue& overlay, const std::vector<std::string>& spaces,
                       const std::string& origin);

// The catalogue compiled into hok for `language`; nullptr when hok has none.
const Catalogue* builtin_catalogue(std::string_view language);

// The languages hok has catalogues for, sorted ("en", "sv"): the one list every `--lang` offers.
const std::vector<std::string>& catalogue_languages();

}  // namespace hok
