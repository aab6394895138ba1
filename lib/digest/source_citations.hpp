#pragma once
// A description's citations of its sources, taken out of the running text so the page can list
// them once, by the documents' names, under "Källor". A citation is a bracketed part of the text
// that names a document of hok.yaml's `sources` by one of its `cited_as` words, perhaps followed
// by a section: "(rapporten om samrådsgrupper och sekretariat, avsnitt 2.2)". Internal to lib/digest.
#include <string>
#include <vector>

#include "model/records.hpp"

namespace hok {

// A source cited in a text, with the places cited in it ("avsnitt 2.2"), each once, in the order met.
struct CitedSource {
  const SourceDocument* document = nullptr;
  std::vector<std::string> places;
};

struct CitedText {
  std::string text;                  // the text without its citations
  std::vector<CitedSource> sources;  // in the order first cited
};

// Takes the citations out of `text`. In a bracket, the parts (separated by ";" or ",") that cite a
// source go, with the sections that follow them ("avsnitt 3"); what else it holds stays in the
// bracket ("(lagrummet anges inte)"); a bracket left empty goes with the space before it. A
// bracket that cites nothing, one right after "]" (a Markdown link's address) and one holding
// another bracket are left as written.
CitedText gather_citations(const std::string& text, const std::vector<SourceDocument>& sources);

}  // namespace hok
