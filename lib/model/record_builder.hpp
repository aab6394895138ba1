#pragma once
// JSON → typed records. The JSON may still hold schema errors (already reported as E004), so a
// field is read only when it has the expected type; anything else is left empty. Never throws.
#include "load/source_file.hpp"
#include "model/registry.hpp"

namespace hok {

// Fills `registry.settings` from hok.yaml; keeps the defaults for whatever is absent or mistyped.
void read_settings(Registry& registry, const SourceFilePtr& file);

// Makes room for `count` records of `kind`, so that adding them one by one does not grow the
// vector by doubling (and hold the old and the new buffer at once).
void reserve_records(Registry& registry, Kind kind, std::size_t count);

// Appends the record that `file` holds to the vector of its kind (`file->kind` is the kind's
// directory name); does nothing when the file has no data or the kind is unknown. A missing or
// non-text `id` falls back to the file's stem.
void add_record(Registry& registry, const SourceFilePtr& file);

}  // namespace hok
