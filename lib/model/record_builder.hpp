#pragma once
// JSON → typed records. The JSON may still hold schema errors (already reported as E004), so a
// field is read only when it has the expected type; anything else is left empty. Never throws.
#include <optional>
#include <string>
#include <vector>

#include "core/source_file.hpp"
#include "model/registry.hpp"

namespace hok {

// Fills `registry.settings` from hok.yaml; keeps the defaults for whatever is absent or mistyped.
void read_settings(Registry& registry, const SourceFilePtr& file);

// Records built on several threads at once, each straight into its place in the registry: one
// slot per file, in the order of the files, so that no record is copied, moved or held twice.
// The loader builds each file's record on the worker thread that parsed it, and can free the
// file's JSON right there.
class RecordSlots {
 public:
  // `kinds[i]` is file i's kind directory ("groups"); files of other directories get no slot.
  RecordSlots(Registry& registry, const std::vector<std::string>& kinds);

  // Builds the record that file i holds into its slot. May run for different i on several
  // threads at once. False when the file holds no record (no data, or no kind directory). A
  // missing or non-text `id` falls back to the file's stem; a file whose top level is not a
  // mapping (E004) still gives a record with that id, so that references to it are not reported
  // a second time as unresolved.
  bool build(std::size_t i, const SourceFilePtr& file);

  // Removes the slots of files that held no record. Once, after every build.
  void finish();

 private:
  struct Slot {
    std::optional<Kind> kind;
    std::size_t index = 0;  // into the kind's vector
  };
  Registry& registry_;
  std::vector<Slot> slots_;
  std::vector<char> filled_;  // char, not bool: threads write neighbouring elements
};

// Appends the record that `file` holds to the vector of its kind; does nothing when it holds none.
void add_record(Registry& registry, const SourceFilePtr& file);

}  // namespace hok
