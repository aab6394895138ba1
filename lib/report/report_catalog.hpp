#pragma once
// Every fixed text of the annual report in one language: the namespace `report` of hok's catalogue
// (messages/<language>.json), and the names of values and kinds from its namespace `label`, which
// the portal uses too, so both call a thing by the same name. Through a TemplateStore, so a
// `--templates DIR` can replace single texts.
#include <string>

#include "document/message_catalog.hpp"

namespace hok {

class ReportCatalog : public MessageCatalog {
 public:
  // Throws HokError for a language hok has no catalogue for.
  ReportCatalog(const TemplateStore& store, const std::string& language)
      : MessageCatalog(store, language, "report") {}
};

}  // namespace hok
