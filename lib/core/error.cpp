#include "core/error.hpp"

#include "core/finding_catalog.hpp"

namespace hok {

HokError::HokError(Message words)
    : std::runtime_error(FindingCatalog::english().render(words)), words_(std::move(words)) {}

}  // namespace hok
