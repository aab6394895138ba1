#!/usr/bin/python3
"""Writes a synthetic, valid hok registry at a chosen scale, for benchmarks.

One region is shaped like Stockholm County: 26 municipalities (the first with 13 districts), four
sub-regions, the VIS bodies and the joint secretariat, five consultation groups, sub-regional and
local collaboration groups, legacy forums and working groups, 20 agreements, a KSA and a GSA for
every local area, ten years of yearly follow-ups for every agreement and two action plans with
goals. `--regions 21` repeats this for every Swedish region (about 10,000 files, 3 MB of YAML).
Every id starts with its region's slug, so ids stay unique across regions; SCB codes are
<region number><municipality number>.

    bench/generate_registry.py --regions 5 --out /tmp/hok-bench/r5

The tree is deterministic (same arguments, same bytes) and `hok validate` reports no findings on
it; `hok gaps --as-of 2026-06-30` finds no gaps either. Debian's python3, standard library only.
"""
import argparse
import os
import shutil
import sys

REGIONS = [
    ("stockholm", "Stockholm"), ("uppsala", "Uppsala"), ("sormland", "Sörmland"),
    ("ostergotland", "Östergötland"), ("jonkoping", "Jönköping"), ("kronoberg", "Kronoberg"),
    ("kalmar", "Kalmar"), ("gotland", "Gotland"), ("blekinge", "Blekinge"), ("skane", "Skåne"),
    ("halland", "Halland"), ("vastra-gotaland", "Västra Götaland"), ("varmland", "Värmland"),
    ("orebro", "Örebro"), ("vastmanland", "Västmanland"), ("dalarna", "Dalarna"),
    ("gavleborg", "Gävleborg"), ("vasternorrland", "Västernorrland"),
    ("jamtland-harjedalen", "Jämtland Härjedalen"), ("vasterbotten", "Västerbotten"),
    ("norrbotten", "Norrbotten"),
]
MUNICIPALITIES = 26
DISTRICTS = 13  # in the region's first municipality, like Stockholm city
SUBREGIONS = [("staden", "Staden"), ("norra", "Norra länet"), ("sodra", "Södra länet"),
              ("nordvastra", "Nordvästra länet")]
FIELDS = [("aldre", "Äldres hälsa"), ("barn", "Barn och ungas hälsa"),
          ("psykisk-halsa", "Psykisk hälsa"), ("funktionsnedsattning", "Funktionsnedsättning"),
          ("nara-vard", "God och nära vård")]
PURPOSES = "[manage-agreements, development-issues, knowledge-governance, close-care]"
AGREEMENTS = [
    "utskrivning-sluten-vard", "barn-unga-utanfor-hemmet", "missbruk-beroende",
    "vuxna-psykisk-sjukdom", "aldre-psykisk-sjukdom", "demenssjukdom", "hjalpmedel",
    "uppsokande-tandvard", "fardtjanst", "ungdomsmottagningar", "praktisk-hjalp-egenvard",
    "omhandertagande-av-avlidna", "logopedi-fotvard-apodos", "patientnamnd", "spel-om-pengar",
    "aldre-sammanhallen-vard",
]
FOLLOWUP_YEARS = range(2016, 2026)  # ten yearly follow-ups, the last one dated in 2026
PLAN_PERIODS = [(2017, 2023), (2024, 2030)]
METHODS = ["dialogue", "survey", "indicators", "audit", "other"]
RESULTS = ["fulfilled", "partly", "fulfilled", "not-assessed"]


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Region:
    def __init__(self, number, slug, name):
        self.number = number
        self.slug = slug
        self.name = name
        self.files = {}  # relative path -> text
        self.person_count = 0

    # --- ids -------------------------------------------------------------------------------
    def id(self, *parts):
        return "-".join((self.slug,) + parts)

    def municipality(self, m):
        return self.id("kommun", f"{m + 1:02d}")

    def district(self, d):
        return self.id("kommun", "01", "sdo", f"{d + 1:02d}")

    def subregion_of(self, m):
        return SUBREGIONS[0][0] if m == 0 else SUBREGIONS[1 + (m - 1) % 3][0]

    def areas(self):
        """(area id, municipality index, district index or None) for every local area."""
        result = [(self.district(d), 0, d) for d in range(DISTRICTS)]
        result += [(self.municipality(m), m, None) for m in range(1, MUNICIPALITIES)]
        return result

    def add(self, kind, record_id, text, folder=""):
        assert len(record_id) <= 64 and text.startswith(f"id: {record_id}\n"), record_id
        path = os.path.join(kind, folder, record_id + ".yaml") if folder else os.path.join(kind, record_id + ".yaml")
        assert path not in self.files, path
        self.files[path] = text

    def person(self, organisation, title):
        self.person_count += 1
        person_id = self.id("person", f"{self.person_count:03d}")
        self.add("people", person_id, (
            f"id: {person_id}\n"
            f"name: {quote(f'Person {self.person_count} i {self.name}')}\n"
            f"organisation: {organisation}\n"
            f"title: {quote(title)}\n"
            f"email: {quote(f'person{self.person_count}@{self.slug}.example')}\n"))
        return person_id

    # --- records ---------------------------------------------------------------------------
    def build(self):
        self.subregions()
        self.municipalities()
        self.organisations()
        self.groups()
        self.agreements()
        self.functions()
        self.followups()
        self.plans()
        return self.files

    def subregions(self):
        for slug, name in SUBREGIONS:
            sid = self.id(slug)
            self.add("subregions", sid, f"id: {sid}\nname: {quote(f'{name} i {self.name}')}\n"
                     f"description: {quote('Delregion för samverkan mellan närliggande kommuner.')}\n")

    def municipalities(self):
        for m in range(MUNICIPALITIES):
            mid = self.municipality(m)
            text = (f"id: {mid}\n"
                    f"name: {quote(f'{self.name} kommun {m + 1}')}\n"
                    f'code: "{self.number:02d}{m + 1:02d}"\n'
                    f"subregion: {self.id(self.subregion_of(m))}\n")
            if m == 1:
                text += f"coordination_by: {self.id('kommunalforbund')}\n"
            text += f'website: "https://www.kommun{m + 1}.{self.slug}.example/"\n'
            if m == 0:
                text += ("description: |\n"
                         f"  Kommunen har {DISTRICTS} stadsdelsområden. De är de lokala områdena;\n"
                         "  kommunen själv är det inte.\n")
            self.add("municipalities", mid, text)
        for d in range(DISTRICTS):
            did = self.district(d)
            self.add("districts", did, f"id: {did}\nname: {quote(f'Stadsdelsområde {d + 1}')}\n"
                     f"municipality: {self.municipality(0)}\n")

    def organisation(self, oid, name, kind, side, extra=""):
        self.add("organisations", oid, f"id: {oid}\nname: {quote(name)}\ntype: {kind}\nside: {side}\n{extra}")

    def organisations(self):
        region, hsf, provider = self.id("region"), self.id("hsf"), self.id("vardgivare")
        self.organisation(region, f"Region {self.name}", "region", "region",
                          f'website: "https://www.region{self.slug}.example/"\n')
        self.organisation(hsf, f"Hälso- och sjukvårdsförvaltningen, Region {self.name}", "administration",
                          "region", f"short_name: HSF\nparent: {region}\n")
        self.organisation(provider, f"Sjukvårdsområdet i {self.name}", "care-provider", "region",
                          f"parent: {region}\ndescription: {quote('Stödjer vårdcentralerna med GSA.')}\n")
        self.organisation(self.id("kommunforbund"), f"Kommunförbundet {self.name}", "municipal-association",
                          "municipal", f'website: "https://www.kommunforbund.{self.slug}.example/"\n')
        self.organisation(self.id("kommunalforbund"), f"Kommunalförbundet Sjukvård och omsorg i {self.name}",
                          "joint-authority", "joint", f"municipality: {self.municipality(1)}\n")
        for area, m, d in self.areas():
            self.organisation(f"{area}-vc", f"Vårdcentralen {area}", "care-centre", "region",
                              f"parent: {provider}\nmunicipality: {self.municipality(m)}\n")
            if d is not None:
                self.organisation(f"{area}-sdf", f"Stadsdelsförvaltning {d + 1}", "municipal-unit", "municipal",
                                  f"parent: {self.municipality(0)}\nmunicipality: {self.municipality(0)}\n")

    def seat_lines(self, seats):
        lines = ""
        for org, person, role in seats:
            parts = [f"org: {org}"]
            if person:
                parts.append(f"person: {person}")
            if role:
                parts.append(f"role: {quote(role)}")
            lines += "  - {" + ", ".join(parts) + "}\n"
        return lines

    def group(self, gid, name, kind, extra, folder=""):
        self.add("groups", gid, f"id: {gid}\nname: {quote(name)}\ntype: {kind}\nstatus: active\n{extra}", folder)

    def groups(self):
        region, hsf, association = self.id("region"), self.id("hsf"), self.id("kommunforbund")
        political, official, secretariat = self.id("vis-politisk"), self.id("vis-tjanstestyrgrupp"), \
            self.id("vis-processledning")
        all_municipalities = [(self.municipality(m), None, "kommunalråd") for m in range(MUNICIPALITIES)]
        self.group(political, f"Vård i samverkan {self.name} – politisk styrgrupp", "political-steering",
                   "short_name: VIS\nestablished: 2022-09-01\nchair:\n"
                   + self.seat_lines([(region, None, "ordförande"), (association, None, "vice ordförande")])
                   + "members:\n" + self.seat_lines([(region, None, "regionråd")] + all_municipalities)
                   + "meetings_per_year: 4\n")
        self.group(official, f"VIS tjänstestyrgrupp {self.name}", "official-steering",
                   f"reports_to: {political}\nestablished: 2022-09-01\nmembers:\n"
                   + self.seat_lines([(hsf, None, "hälso- och sjukvårdsdirektör"), (association, None, "direktör")]
                                     + [(self.municipality(m), None, "socialchef") for m in range(0, MUNICIPALITIES, 5)])
                   + "meetings_per_year: 8\n")
        core = [(hsf, self.person(hsf, "Processledare"), "processledare"),
                (hsf, self.person(hsf, "Utvecklingsledare"), "utvecklingsledare"),
                (association, self.person(association, "Processledare"), "processledare"),
                (association, self.person(association, "Utvecklingsledare"), "utvecklingsledare")]
        self.group(secretariat, f"VIS processledning {self.name}", "secretariat",
                   f"short_name: Processledningen\nreports_to: {official}\nestablished: 2023-01-01\ncore:\n"
                   + self.seat_lines(core) + "meetings_per_year: 20\n")
        for f, (field, label) in enumerate(FIELDS):
            gid = self.id("samrad", field)
            node = self.person(hsf if f % 2 == 0 else association, "Nodperson")
            plans = "".join(f"  - {{year: {year}, adopted: {year - 1}-12-10}}\n" for year in range(2017, 2027))
            members = [(hsf, None, "enhetschef"), (self.id("vardgivare"), None, "verksamhetschef")] + \
                [(self.municipality(m), None, None) for m in range(f, MUNICIPALITIES, 5)]
            self.group(gid, f"Samrådsgrupp {label}", "consultation-group",
                       f"short_name: {quote(label)}\nreports_to: {official}\nestablished: 2023-03-15\n"
                       f"mandate:\n  adopted: 2023-03-15\n"
                       f'  document: "https://www.kommunforbund.{self.slug}.example/samrad/{field}/uppdrag.pdf"\n'
                       f"  purposes: {PURPOSES}\n"
                       f"target_group: {quote(f'Invånare som behöver insatser inom {label.lower()}.')}\n"
                       "chair:\n" + self.seat_lines([(self.municipality(f), None, "ordförande")])
                       + "process_lead:\n" + self.seat_lines([(association, None, None)])
                       + "members:\n" + self.seat_lines(members)
                       + "secretariat_nodes:\n" + self.seat_lines([(hsf if f % 2 == 0 else association, node, "nodperson")])
                       + "meetings_per_year: 6\nannual_plans:\n" + plans
                       + "description: |\n  Samrådsgruppen förvaltar länets överenskommelser inom området\n"
                         "  och följer upp dem varje år.\n", folder="samrad")
        for slug, name in SUBREGIONS:
            members = [(self.municipality(m), None, None) for m in range(MUNICIPALITIES) if self.subregion_of(m) == slug]
            self.group(self.id("delregional", slug), f"Delregional samverkan {name}, {self.name}", "subregional",
                       f"reports_to: {official}\nsubregion: {self.id(slug)}\nmembers:\n"
                       + self.seat_lines(members + [(self.id("vardgivare"), None, None)])
                       + "meetings_per_year: 4\n", folder="delregional")
        for area, m, d in self.areas():
            local_org = f"{area}-sdf" if d is not None else self.municipality(m)
            self.group(f"{area}-lokal", f"Lokal samverkan {area}", "local",
                       f"reports_to: {self.id('delregional', self.subregion_of(m))}\narea: {area}\nmembers:\n"
                       + self.seat_lines([(local_org, None, None), (f"{area}-vc", None, None)])
                       + "meetings_per_year: 6\n", folder="lokal")
        for n, (field, label) in enumerate(FIELDS[:3]):
            legacy = self.id("forum", field)
            self.add("groups", legacy, (
                f"id: {legacy}\nname: {quote(f'Äldre forum för {label.lower()}')}\ntype: legacy-forum\n"
                f"status: decommissioned\nreports_to: {official}\nestablished: 2012-02-01\n"
                f"decommissioned: 2024-06-30\nsuccessor: {self.id('samrad', field)}\n"
                f"responsibilities:\n"
                f"  - name: {quote('Förvaltning av överenskommelsen')}\n"
                f"    agreement: {self.id(AGREEMENTS[n])}\n"
                f"    taken_over_by: {self.id('samrad', field)}\n"
                f"  - name: {quote('Kunskapsutbyte')}\n"
                f"    taken_over_by: {self.id('samrad', field)}\n"), "legacy")
            work = self.id("arbetsgrupp", field)
            self.group(work, f"Arbetsgrupp {label.lower()}", "working-group",
                       f"reports_to: {self.id('samrad', field)}\nestablished: 2025-02-01\nmembers:\n"
                       + self.seat_lines([(self.id("vardgivare"), None, None), (self.municipality(n), None, None)]))

    def agreement_text(self, aid, title, kind, owner, parties, extra=""):
        adoption = ""
        if len(parties) > 2:  # signed by every municipality: each one adopts it
            adoption = "adoption:\n  required: true\n  decisions:\n" + "".join(
                f"    - {{party: {p}, date: 2023-12-{4 + i % 20:02d}}}\n" for i, p in enumerate(parties))
        return (f"id: {aid}\ntitle: {quote(title)}\ntype: {kind}\nstatus: in-force\n"
                f"parties: [{', '.join(parties)}]\n"
                + (f"owner: {owner}\n" if owner else "")
                + extra
                + f"valid_from: 2024-01-01\nvalid_to: 2031-12-31\n"
                  f"review: {{interval_months: 24, last: 2025-06-16, next: 2027-06-30}}\n"
                  "follow_up:\n  interval_months: 12\n"
                  f"  criteria: [{quote('Andel kommuner som följer överenskommelsen')}]\n"
                  f"  deviations: {quote('Avvikelser rapporteras till samrådsgruppen.')}\n"
                + adoption
                + f"documents:\n  - {{title: {quote(title)}, url: \"https://www.kommunforbund.{self.slug}.example/{aid}.pdf\"}}\n")

    def agreements(self):
        parties = [self.id("region")] + [self.municipality(m) for m in range(MUNICIPALITIES)]
        # Most county-wide agreements are signed by the region and the municipalities' association.
        signed = [self.id("region"), self.id("kommunforbund")]
        hok = self.id("hok")
        self.add("agreements", hok, self.agreement_text(
            hok, f"Huvudöverenskommelse om samverkan inom hälsa, vård och omsorg i {self.name}",
            "main-agreement", None, parties,
            f"short_name: HÖK\nrelated_groups: [{self.id('vis-tjanstestyrgrupp')}, {self.id('vis-processledning')}]\n"
            f"decided: {{by: {self.id('vis-politisk')}, date: 2022-03-10}}\n"))
        guideline = self.id("riktlinje")
        self.add("agreements", guideline, self.agreement_text(
            guideline, f"Riktlinje för samverkan i {self.name}", "guideline", None,
            [self.id("region"), self.id("kommunforbund")],
            f"decided: {{by: {self.id('vis-tjanstestyrgrupp')}, date: 2022-06-20}}\n"))
        for n, name in enumerate(AGREEMENTS):
            aid = self.id(name)
            field = FIELDS[n % len(FIELDS)][0]
            self.add("agreements", aid, self.agreement_text(
                aid, f"Överenskommelse om {name.replace('-', ' ')} i {self.name}", "agreement",
                self.id("samrad", field), parties if n % 4 == 0 else signed,
                f"related_groups: [{self.id('samrad', FIELDS[(n + 1) % len(FIELDS)][0])}]\n"
                f"target_group: {quote('Personer som behöver insatser från både region och kommun.')}\n"
                f"legal_basis: [{quote('Hälso- och sjukvårdslagen (2017:30) 16 kap. 4 §')}]\n"
                f"decided: {{by: {self.id('vis-tjanstestyrgrupp')}, date: 2023-11-20}}\n"), field)
        for n in range(2):
            aid = self.id(AGREEMENTS[n], "tillagg")
            field = FIELDS[n % len(FIELDS)][0]
            self.add("agreements", aid, self.agreement_text(
                aid, f"Tilläggsöverenskommelse {n + 1} i {self.name}", "supplement",
                self.id("samrad", field), [self.id("region"), self.municipality(0)],
                f"supplements: {self.id(AGREEMENTS[n])}\n"), field)

    def functions(self):
        for area, m, d in self.areas():
            contact = self.person(self.municipality(m), "Samordnare")
            if m == 1:  # the joint authority holds the whole coordination responsibility
                fid = f"{area}-samordning"
                self.add("functions", fid, (
                    f"id: {fid}\nroles: [ksa, gsa]\narea: {area}\nholder: {self.id('kommunalforbund')}\n"
                    f"status: active\ncontact: {contact}\nappointed: 2022-09-01\nreview_by: 2028-09-01\n"
                    f"description: {quote('Kommunalförbundet har hela det lokala samordningsansvaret.')}\n"))
                continue
            ksa_holder = f"{area}-sdf" if d is not None else self.municipality(m)
            for role, holder, support in (("ksa", ksa_holder, self.id("kommunforbund")),
                                          ("gsa", f"{area}-vc", self.id("vardgivare"))):
                fid = f"{area}-{role}"
                self.add("functions", fid, (
                    f"id: {fid}\nroles: [{role}]\narea: {area}\nholder: {holder}\nstatus: active\n"
                    f"contact: {contact}\nappointed: 2022-10-01\nreview_by: 2027-10-01\nsupported_by: {support}\n"))

    def followups(self):
        subjects = [self.id("hok"), self.id("riktlinje")] + [self.id(name) for name in AGREEMENTS] \
            + [self.id(AGREEMENTS[n], "tillagg") for n in range(2)]
        for s, subject in enumerate(subjects):
            owner = self.id("samrad", FIELDS[s % len(FIELDS)][0])
            for year in FOLLOWUP_YEARS:
                fid = f"{subject}-{year}"
                text = (f"id: {fid}\nsubject: {subject}\nyear: {year}\ndate: {year + 1}-03-{10 + s % 15:02d}\n"
                        f"method: {METHODS[(s + year) % len(METHODS)]}\nresult: {RESULTS[(s + year) % len(RESULTS)]}\n"
                        f"summary: {quote(f'Årlig uppföljning {year} enligt kriterierna.')}\n")
                if (s + year) % 3 == 0:
                    text += ("deviations:\n"
                             f"  - description: {quote('Rutinen tillämpas inte i alla lokala områden.')}\n"
                             f"    severity: {['low', 'medium', 'high'][year % 3]}\n"
                             f"    action: {quote('Samrådsgruppen stödjer områdena.')}\n"
                             f"    responsible: {owner}\n"
                             f"    due: {year + 1}-12-31\n"
                             f"    closed: {year + 1}-11-30\n")
                text += f"reported_to: {self.id('vis-tjanstestyrgrupp')}\nreported: {year + 1}-05-20\n"
                self.add("followups", fid, text, str(year))

    def plans(self):
        for start, end in PLAN_PERIODS:
            pid = self.id("handlingsplan", str(start), str(end))
            goals = ""
            for year in range(start, end + 1):
                for g, (field, label) in enumerate(FIELDS[:3]):
                    done = year < 2026
                    goals += (f"  - id: mal-{year}-{field}\n    year: {year}\n"
                              f"    title: {quote(f'Mål {year} för {label.lower()}')}\n"
                              f"    owner: {self.id('samrad', field)}\n"
                              f"    status: {'done' if done else ('ongoing' if year == 2026 else 'not-started')}\n"
                              f"    indicator: {quote('Andel lokala områden som når målet')}\n"
                              f"    activities: [{quote('Kartlägga läget')}, {quote('Stödja områdena')}]\n")
            self.add("plans", pid, (
                f"id: {pid}\ntitle: {quote(f'Handlingsplan för god och nära vård i {self.name} {start}–{end}')}\n"
                f"period: {{from: {start}, to: {end}}}\n"
                f"decided: {{by: {self.id('vis-politisk')}, date: {start - 1}-12-14}}\n"
                f'document: "https://www.kommunforbund.{self.slug}.example/handlingsplan-{start}.pdf"\n'
                f"goals:\n{goals}"))


def registry_settings(regions):
    first = regions[0]
    waivers = ""
    for region in regions:
        for aid in (region.id("hok"), region.id("riktlinje")):
            waivers += (f"  - rule: G001\n    subject: {aid}\n"
                        f"    reason: {quote('Förvaltas av VIS tjänstestyrgrupp, inte av en samrådsgrupp.')}\n"
                        "    until: 2030-12-31\n")
    return ("# Synthetic registry written by bench/generate_registry.py: for benchmarks only.\n"
            "hok: 1\n"
            f"name: {quote(f'Vård i samverkan – {len(regions)} syntetiska regioner')}\n"
            "language: sv\n"
            f"secretariat: {first.id('vis-processledning')}\n"
            "publish_contacts: false\n"
            "waivers:\n" + waivers)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--regions", type=int, default=1, help=f"number of regions, 1–{len(REGIONS)}")
    parser.add_argument("--out", required=True, help="directory to write (replaced if it holds a hok.yaml)")
    args = parser.parse_args()
    if not 1 <= args.regions <= len(REGIONS):
        parser.error(f"--regions must be between 1 and {len(REGIONS)}")
    if os.path.exists(args.out):
        if not os.path.exists(os.path.join(args.out, "hok.yaml")):
            sys.exit(f"generate_registry: {args.out} exists and is not a registry; not replacing it")
        shutil.rmtree(args.out)
    regions = [Region(n + 1, *REGIONS[n]) for n in range(args.regions)]
    files = {"hok.yaml": registry_settings(regions)}
    for region in regions:
        for path, text in region.build().items():
            assert path not in files, path
            files[path] = text
    total = 0
    for path, text in files.items():
        full = os.path.join(args.out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        data = text.encode("utf-8")
        total += len(data)
        with open(full, "wb") as out:
            out.write(data)
    print(f"{args.out}: {args.regions} region(s), {len(files)} files, {total} bytes of YAML")


if __name__ == "__main__":
    main()
