#include "digest/digest.hpp"

#include "document/message_catalog.hpp"
#include "digest/site_builder.hpp"
#include "digest/site_writer.hpp"
#include "document/template_store.hpp"
#include "gaps/gap_report.hpp"

namespace hok {

DigestSummary write_digest(const Registry& registry, const DigestOptions& options) {
  TemplateStore templates = options.templates ? TemplateStore(*options.templates) : TemplateStore();
  MessageCatalog catalog(templates, options.language.value_or(registry.settings.language));
  GapOptions gap_options;
  gap_options.as_of = options.as_of;
  GapReport gaps = compute_gaps(registry, gap_options);
  Site site = build_site(registry, gaps, catalog);
  // Each page is written as soon as it is rendered and then let go: a national digest is some
  // 60 MB of HTML, which need not all be in memory at once.
  const std::vector<std::string> paths = site_paths(site, options.format);
  SiteWriter writer(options.out, paths);
  render_site(site, options.format, templates, catalog,
              [&](std::size_t, SiteFile&& file) { writer.write(file); });
  writer.finish();
  return {site.pages.size(), paths.size()};
}

}  // namespace hok
