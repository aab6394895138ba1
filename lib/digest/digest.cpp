#include "digest/digest.hpp"

#include "digest/message_catalog.hpp"
#include "digest/site_builder.hpp"
#include "digest/site_writer.hpp"
#include "digest/template_store.hpp"
#include "gaps/gap_report.hpp"

namespace hok {

DigestSummary write_digest(const Registry& registry, const DigestOptions& options) {
  TemplateStore templates = options.templates ? TemplateStore(*options.templates) : TemplateStore();
  MessageCatalog catalog(templates, options.language.value_or(registry.settings.language));
  GapOptions gap_options;
  gap_options.as_of = options.as_of;
  GapReport gaps = compute_gaps(registry, gap_options);
  Site site = build_site(registry, gaps, catalog);
  std::vector<SiteFile> files = render_site(site, options.format, templates, catalog);
  write_site(options.out, files);
  return {site.pages.size(), files.size()};
}

}  // namespace hok
