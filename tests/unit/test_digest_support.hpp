#pragma once
// The portal built from examples/minimal as of 2026-11-26, shared by the digest's unit tests.
#include <string>

#include "app/validation.hpp"
#include "digest/site_builder.hpp"
#include "document/message_catalog.hpp"
#include "document/template_store.hpp"

namespace hok::test {

struct MinimalSite {
  ValidationResult validation = validate_registry(HOK_SOURCE_DIR "/examples/minimal");
  TemplateStore templates;

  Registry& registry() { return *validation.load.registry; }

  Site build(const std::string& language = "sv") {
    MessageCatalog catalog(templates, language);
    GapOptions options;
    options.as_of = {2026, 11, 26};
    GapReport gaps = compute_gaps(registry(), options);
    return build_site(registry(), gaps, catalog);
  }
};

}  // namespace hok::test
