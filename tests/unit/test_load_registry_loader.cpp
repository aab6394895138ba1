// Loading a whole registry: the same records, references and findings whether or not each file's
// JSON is kept after its record is built.
#include <catch2/catch.hpp>

#include "app/validation.hpp"
#include "load/registry_loader.hpp"

TEST_CASE("without keep_data the JSON is freed and the records, references and findings are the same",
          "[load][registry_loader]") {
  const std::string root = HOK_SOURCE_DIR "/examples/minimal";
  hok::ValidationResult kept = hok::validate_registry(root, hok::LoadOptions{1, true});
  hok::ValidationResult freed = hok::validate_registry(root, hok::LoadOptions{1, false});
  const hok::Registry& a = *kept.load.registry;
  const hok::Registry& b = *freed.load.registry;

  REQUIRE(a.files.size() == b.files.size());
  REQUIRE(a.files.size() > 1);
  CHECK(a.settings.source->data.has_value());  // hok.yaml's settings are always kept
  CHECK(b.settings.source->data.has_value());
  for (std::size_t i = 1; i < a.files.size(); ++i) {
    CAPTURE(a.files[i]->path);
    CHECK(a.files[i]->data.has_value());
    CHECK_FALSE(b.files[i]->data.has_value());
    CHECK(a.files[i]->text == b.files[i]->text);
    CHECK(b.files[i]->value_location("/id").line == a.files[i]->value_location("/id").line);
  }
  CHECK(a.groups.size() == b.groups.size());
  CHECK(a.agreements.size() == b.agreements.size());
  CHECK(a.municipalities.size() == b.municipalities.size());
  REQUIRE(a.references.size() == b.references.size());
  REQUIRE_FALSE(a.references.empty());
  for (std::size_t i = 0; i < a.references.size(); ++i) {
    CHECK(a.references[i].pointer == b.references[i].pointer);
    CHECK(a.references[i].target == b.references[i].target);
  }
  REQUIRE(kept.findings.size() == freed.findings.size());
  for (std::size_t i = 0; i < kept.findings.size(); ++i) CHECK(kept.findings[i].message == freed.findings[i].message);
}
