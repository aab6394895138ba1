#pragma once
// Finds every reference in a record by the schema's `x-hok-ref` annotations: which fields hold
// ids, and which kinds each may point to, is said once, in schemas/.
#include <vector>

#include "model/registry.hpp"
#include "schema/schema_set.hpp"

namespace hok {

// The references held by `file` (a record, or hok.yaml), in document order.
std::vector<Reference> collect_references(const SchemaSet& schemas, const SourceFilePtr& file);

}  // namespace hok
