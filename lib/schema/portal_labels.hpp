#pragma once
// The words the portal shows for fields and values, in every language hok has (Swedish first),
// read from hok's catalogues (core/catalogue.hpp: the `page` texts `field_<name>` and the `label`
// namespace): editors see these words and write them, so "did you mean" matches them too. A
// read-only view, built once and shared by every thread.
#include <map>
#include <string>
#include <vector>

namespace hok {

class PortalLabels {
 public:
  static const PortalLabels& instance();

  // The labels of field `name` ("owner" → "Ägare", "Owner"), from the catalogues' `field_<name>`;
  // empty when the portal shows none.
  const std::vector<std::string>& field(const std::string& name) const;

  // The labels of `value` ("in-force" → "Gällande", "In force") in the smallest label group
  // (catalogue `labels.<group>`) that has a label for every one of `values` (an enumeration's
  // values); empty when no group covers them.
  std::vector<std::string> value(const std::vector<std::string>& values, const std::string& value) const;

 private:
  PortalLabels();

  std::map<std::string, std::vector<std::string>> fields_;
  // group → value → its labels (Swedish first)
  std::map<std::string, std::map<std::string, std::vector<std::string>>> groups_;
};

}  // namespace hok
