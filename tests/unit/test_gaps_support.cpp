#include "test_gaps_support.hpp"

#include "test_support.hpp"

namespace hok::test {

Files gaps_base() {
  return {
      {"hok.yaml", "hok: 1\nname: Test\nsecretariat: processledning\n"},
      {"subregions/sodra.yaml", "id: sodra\nname: Södra\n"},
      {"municipalities/borg.yaml", "id: borg\nname: Borg\ncode: \"0101\"\nsubregion: sodra\n"},
      {"municipalities/dal.yaml", "id: dal\nname: Dal\ncode: \"0102\"\nsubregion: sodra\n"},
      {"municipalities/norr.yaml",
       "id: norr\nname: Norr\ncode: \"0103\"\nsubregion: sodra\ncoordination_by: kson\n"},
      {"districts/hamnen.yaml", "id: hamnen\nname: Hamnen\nmunicipality: borg\n"},
      {"organisations/region.yaml", "id: region\nname: Regionen\ntype: region\nside: region\n"},
      {"organisations/hsf.yaml",
       "id: hsf\nname: Hälso- och sjukvårdsförvaltningen\nshort_name: HSF\ntype: administration\n"
       "side: region\nparent: region\n"},
      {"organisations/storsthlm.yaml",
       "id: storsthlm\nname: Storsthlm\ntype: municipal-association\nside: municipal\n"},
      {"organisations/kson.yaml",
       "id: kson\nname: Kommunalförbundet i Norr\nshort_name: KSON\ntype: joint-authority\n"
       "side: joint\nmunicipality: norr\n"},
      {"organisations/vc-hamnen.yaml",
       "id: vc-hamnen\nname: Vårdcentral Hamnen\ntype: care-centre\nside: region\n"
       "municipality: borg\n"},
      {"organisations/vc-dal.yaml",
       "id: vc-dal\nname: Vårdcentral Dal\ntype: care-centre\nside: region\nmunicipality: dal\n"},
      {"functions/ksa-hamnen.yaml",
       "id: ksa-hamnen\nroles: [ksa]\narea: hamnen\nholder: borg\nstatus: active\n"},
      {"functions/gsa-hamnen.yaml",
       "id: gsa-hamnen\nroles: [gsa]\narea: hamnen\nholder: vc-hamnen\nstatus: active\n"},
      {"functions/ksa-dal.yaml", "id: ksa-dal\nroles: [ksa]\narea: dal\nholder: dal\nstatus: active\n"},
      {"functions/gsa-dal.yaml",
       "id: gsa-dal\nroles: [gsa]\narea: dal\nholder: vc-dal\nstatus: active\n"},
      {"functions/kson-norr.yaml",
       "id: kson-norr\nroles: [ksa, gsa]\narea: norr\nholder: kson\nstatus: active\n"},
      {"groups/vis.yaml",
       "id: vis\nname: VIS politisk styrgrupp\nshort_name: VIS\ntype: political-steering\n"
       "status: active\nmembers:\n  - org: region\n  - org: storsthlm\n  - org: borg\n"
       "  - org: dal\n  - org: norr\n"},
      {"groups/tjanstestyrgrupp.yaml",
       "id: tjanstestyrgrupp\nname: VIS tjänstestyrgrupp\ntype: official-steering\n"
       "status: active\nreports_to: vis\n"},
      {"groups/processledning.yaml",
       "id: processledning\nname: VIS processledning\ntype: secretariat\nstatus: active\n"
       "reports_to: tjanstestyrgrupp\ncore:\n  - org: hsf\n    count: 2\n"
       "  - org: storsthlm\n    count: 2\n"},
      {"groups/samrad-barn.yaml",
       "id: samrad-barn\nname: Samverkan om barn och ungas hälsa\nshort_name: Barn och unga\n"
       "type: consultation-group\nstatus: active\nreports_to: tjanstestyrgrupp\n"
       "mandate:\n  adopted: 2023-05-01\nchair:\n  - org: hsf\nprocess_lead:\n  - org: storsthlm\n"
       "members:\n  - org: dal\nsecretariat_nodes:\n  - org: hsf\n"
       "annual_plans:\n  - year: 2025\n    adopted: 2025-01-20\n"},
      {"agreements/bus.yaml",
       "id: bus\ntitle: Överenskommelse om barn och unga\nshort_name: BUS\ntype: agreement\n"
       "status: in-force\nparties: [region, borg, dal, norr]\nowner: samrad-barn\n"},
      {"followups/bus-2025.yaml", "id: bus-2025\nsubject: bus\nyear: 2025\ndate: 2025-03-01\n"},
  };
}

Files gaps_base_with(const std::string& path, const std::string& text) {
  Files files = gaps_base();
  files[path] = text;
  return files;
}

GapReport gaps_report(const Files& files, const GapOptions& options) {
  TempRegistry tree(files);
  LoadResult loaded = tree.load();
  return compute_gaps(*loaded.registry, options);
}

std::vector<Finding> gaps_with(const Files& files, const std::string& code, Date as_of,
                               int expiring_days) {
  GapOptions options;
  options.as_of = as_of;
  options.expiring_days = expiring_days;
  std::vector<Finding> matching;
  for (Finding& finding : gaps_report(files, options).findings) {
    if (finding.code == code) matching.push_back(std::move(finding));
  }
  return matching;
}

}  // namespace hok::test
