#!/usr/bin/env python3
"""Shape of the real registry in data/ (issue 3).

Run by CTest as: python3 tests/e2e/test_data_shape.py <hok-binary> <source-dir>

Reads <source-dir>/data with python3-yaml and checks that it holds what
the spec (real-data.md) requires: the 26 municipalities with their SCB codes, Stockholm's 13
district areas, the four sub-regions, the governance, the five consultation groups, the six
legacy forums, the HÖK and the county-wide agreements of 003 §3.1, KSON in Norrtälje and the
action plan 2024–2030. Issue 21: only what the sources say — the Norrtälje function, the owners
of the HÖK and its guideline, the answers no source gives left out (the youth-clinic agreement's
owner, who took over from two forums), the legacy forums' chairs, the secretariat's contact; and
every value no seed states is marked `ARBETSANTAGANDE` in a comment (a working assignment that
real-data.md allows, for the secretariat to confirm). The test lists those comments and fails on
one it does not expect, or on a reasoned guess ("BEDÖMNING") left in data/. It also checks the basics every record must meet (id = file stem, id
pattern, unique ids, references that resolve to the right kind), so that a broken data/ is
reported here in plain words even before `hok validate` can run. It does not forbid what the
secretariat will add later (coordinating functions, follow-ups, plan goals, more agreements).

The hok binary is accepted for CTest's uniform calling convention but not needed: this test
checks the data, not the tool. Exits 0 when every check passes, 1 with one line per failure
otherwise, 2 when it cannot run at all.
"""
import datetime
import pathlib
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover - environment problem, not a data problem
    print("test_data_shape: python3-yaml is not installed (apt-get install python3-yaml)",
          file=sys.stderr)
    sys.exit(2)

# --- What data/ must hold (real-data.md, seeds 000-004) -------------------------------------

SCB_CODES = {
    "0114": "Upplands Väsby", "0115": "Vallentuna", "0117": "Österåker", "0120": "Värmdö",
    "0123": "Järfälla", "0125": "Ekerö", "0126": "Huddinge", "0127": "Botkyrka",
    "0128": "Salem", "0136": "Haninge", "0138": "Tyresö", "0139": "Upplands-Bro",
    "0140": "Nykvarn", "0160": "Täby", "0162": "Danderyd", "0163": "Sollentuna",
    "0180": "Stockholm", "0181": "Södertälje", "0182": "Nacka", "0183": "Sundbyberg",
    "0184": "Solna", "0186": "Lidingö", "0187": "Vaxholm", "0188": "Norrtälje",
    "0191": "Sigtuna", "0192": "Nynäshamn",
}

DISTRICT_NAMES = {
    "Bromma", "Enskede-Årsta-Vantör", "Farsta", "Hägersten-Älvsjö", "Hässelby-Vällingby",
    "Kungsholmen", "Norrmalm", "Rinkeby-Kista", "Skarpnäck", "Skärholmen", "Spånga-Tensta",
    "Södermalm", "Östermalm",
}

SUBREGIONS = {"sodra-lanet", "nordvastra-lanet", "nordostra-lanet", "stockholms-stad"}

ORGANISATIONS = {  # id -> type
    "region-stockholm": "region", "hsf": "administration", "slso": "care-provider",
    "storsthlm": "municipal-association", "kson": "joint-authority",
    "wemind": "care-provider", "npsh": "user-organisation", "kriminalvarden": "state-agency",
}

GOVERNANCE = {  # id -> type
    "vis-politisk-styrgrupp": "political-steering",
    "vis-tjanstestyrgrupp": "official-steering",
    "vis-processledning": "secretariat",
}

CONSULTATION_GROUPS = {
    "samrad-barn-unga", "samrad-aldre", "samrad-psykisk-ohalsa", "samrad-digitalisering",
    "samrad-funktionsnedsattning",
}

LEGACY_FORUMS = {
    "bussam", "regionala-samradet", "styrgrupp-uph", "styrgrupp-ungdomsmottagningar",
    "styrgrupp-digital-samordning", "styrgrupp-rss",
}

# The seventeen county-wide agreements of 003 §3.1: id -> (type, main agreement if supplement).
AGREEMENTS_003_3_1 = {
    "fardtjanst": ("contract", None),
    "logopedinsatser-fotvard-apodos": ("agreement", None),
    "omhandertagande-av-avlidna": ("agreement", None),
    "missbruk-beroende": ("agreement", None),
    "spel-om-pengar": ("supplement", "missbruk-beroende"),
    "vuxna-psykisk-sjukdom": ("agreement", None),
    "aldre-psykisk-sjukdom": ("supplement", "vuxna-psykisk-sjukdom"),
    "patientnamndsverksamhet": ("agreement", None),
    "bus": ("agreement", None),
    "barn-unga-utanfor-hemmet": ("agreement", None),
    "praktisk-hjalp-egenvard": ("agreement", None),
    "utskrivning-sluten-vard": ("agreement", None),
    "ungdomsmottagningar": ("agreement", None),
    "uppsokande-tandvard": ("agreement", None),
    "demenssjukdom-kognitiv-svikt": ("agreement", None),
    "aldre-sammanhallen": ("agreement", None),
    "hjalpmedel-kostnadsansvar": ("agreement", None),
}

# Owners that real-data.md / 003 §2.2 establish (via the legacy forum that held the agreement).
KNOWN_OWNERS = {
    "bus": "samrad-barn-unga",
    "barn-unga-utanfor-hemmet": "samrad-barn-unga",
    "missbruk-beroende": "samrad-psykisk-ohalsa",
    "spel-om-pengar": "samrad-psykisk-ohalsa",
    "vuxna-psykisk-sjukdom": "samrad-psykisk-ohalsa",
    "aldre-psykisk-sjukdom": "samrad-psykisk-ohalsa",
}

# Working assignments (real-data.md) marked `ARBETSANTAGANDE` in a comment, besides the
# sub-region of each of the 26 municipalities: file -> what is assumed. Anything else marked, or a
# file here without its mark, fails the test: a new assumption is added here on purpose.
WORKING_ASSIGNMENTS = {
    **{f"subregions/{s}.yaml": "which municipalities belong to the sub-region" for s in SUBREGIONS},
    **{f"agreements/{a}.yaml": f"owner {o}: the consultation group that took over the forum"
       for a, o in KNOWN_OWNERS.items()},
    "groups/bussam.yaml": "taken_over_by: which consultation group took over the forum",
    "groups/regionala-samradet.yaml": "taken_over_by: which consultation group took over the forum",
    "groups/styrgrupp-rss.yaml": "reports_to, which the format requires and no source gives",
    "agreements/hok.yaml": "valid_from's day (the source gives September 2022)",
}
WORKING_MARK = "ARBETSANTAGANDE"
GUESS_MARK = "BEDÖMNING"

# Answers no source gives, left out so that `hok gaps` shows them (issue 21).
NO_OWNER = {"ungdomsmottagningar"}
NOT_TAKEN_OVER = {  # forum -> names (prefix) of responsibilities without taken_over_by
    "styrgrupp-ungdomsmottagningar": "Överenskommelse - Samverkan och uppdrag ungdomsmottagningar",
    "styrgrupp-digital-samordning": "Principer för samverkan",
}
# The legacy forums' chairs that 003 §2.2 names.
CHAIRS = {
    "bussam": {"hsf", "storsthlm"},
    "regionala-samradet": {"hsf", "storsthlm"},
    "styrgrupp-uph": {"hsf", "storsthlm"},
    "styrgrupp-rss": {"storsthlm"},
    "styrgrupp-ungdomsmottagningar": {"slso"},
}

KIND_DIRS = ["municipalities", "districts", "subregions", "organisations", "people", "groups",
             "agreements", "functions", "followups", "plans"]
KIND_OF_DIR = {
    "municipalities": "municipality", "districts": "district", "subregions": "subregion",
    "organisations": "organisation", "people": "person", "groups": "group",
    "agreements": "agreement", "functions": "function", "followups": "followup",
    "plans": "plan",
}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Checker:
    def __init__(self):
        self.failures = []

    def check(self, condition, message):
        if not condition:
            self.failures.append(message)
        return condition


def as_text(value):
    """Dates come back from PyYAML (YAML 1.1) as date objects; compare them as ISO text."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def load_tree(data_dir, c):
    """Returns {id: (kind, record, relative path)} for every record file."""
    records = {}
    for kind_dir in KIND_DIRS:
        base = data_dir / kind_dir
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if path.is_dir():
                continue
            rel = path.relative_to(data_dir)
            if not c.check(path.suffix == ".yaml", f"{rel}: record files must end in .yaml"):
                continue
            try:
                record = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (yaml.YAMLError, UnicodeDecodeError) as e:
                c.check(False, f"{rel}: does not parse: {e}")
                continue
            if not c.check(isinstance(record, dict), f"{rel}: is not a mapping"):
                continue
            rid = record.get("id")
            c.check(rid == path.stem, f"{rel}: id {rid!r} differs from the file name {path.stem!r}")
            c.check(isinstance(rid, str) and ID_RE.match(rid) and len(rid) <= 64,
                    f"{rel}: id {rid!r} is not a lowercase ASCII slug")
            if rid in records:
                c.check(False, f"{rel}: id {rid!r} is also used by {records[rid][2]}")
                continue
            records[rid] = (KIND_OF_DIR[kind_dir], record, rel)
    return records


def check_references(records, c):
    """Every reference names an existing record of an allowed kind."""
    def ref(rel, field, value, kinds):
        if value is None:
            return
        target = records.get(value)
        if c.check(target is not None, f"{rel}: {field} '{value}' names no record"):
            c.check(target[0] in kinds,
                    f"{rel}: {field} '{value}' is a {target[0]}, expected {' or '.join(kinds)}")

    orgish = ("organisation", "municipality")
    for rid, (kind, r, rel) in records.items():
        if kind == "municipality":
            ref(rel, "subregion", r.get("subregion"), ("subregion",))
            ref(rel, "coordination_by", r.get("coordination_by"), ("organisation",))
        elif kind == "district":
            ref(rel, "municipality", r.get("municipality"), ("municipality",))
        elif kind == "organisation":
            ref(rel, "parent", r.get("parent"), orgish)
            ref(rel, "municipality", r.get("municipality"), ("municipality",))
        elif kind == "group":
            ref(rel, "reports_to", r.get("reports_to"), ("group",))
            ref(rel, "successor", r.get("successor"), ("group",))
            ref(rel, "area", r.get("area"), ("municipality", "district"))
            ref(rel, "subregion", r.get("subregion"), ("subregion",))
            for seats in ("chair", "process_lead", "members", "secretariat_nodes", "core"):
                for i, seat in enumerate(r.get(seats) or []):
                    ref(rel, f"{seats}[{i}].org", seat.get("org"), orgish)
                    ref(rel, f"{seats}[{i}].person", seat.get("person"), ("person",))
            for i, resp in enumerate(r.get("responsibilities") or []):
                ref(rel, f"responsibilities[{i}].agreement", resp.get("agreement"), ("agreement",))
                ref(rel, f"responsibilities[{i}].taken_over_by", resp.get("taken_over_by"),
                    ("group",))
        elif kind == "agreement":
            ref(rel, "supplements", r.get("supplements"), ("agreement",))
            ref(rel, "replaced_by", r.get("replaced_by"), ("agreement",))
            ref(rel, "owner", r.get("owner"), ("group",))
            for i, p in enumerate(r.get("parties") or []):
                ref(rel, f"parties[{i}]", p, orgish)
            for i, g in enumerate(r.get("related_groups") or []):
                ref(rel, f"related_groups[{i}]", g, ("group",))
            ref(rel, "decided.by", (r.get("decided") or {}).get("by"), ("group",))
            for i, d in enumerate((r.get("adoption") or {}).get("decisions") or []):
                ref(rel, f"adoption.decisions[{i}].party", d.get("party"), orgish)
        elif kind == "plan":
            ref(rel, "decided.by", (r.get("decided") or {}).get("by"), ("group",))


def marked_comments(data_dir, mark):
    """(relative path, line number, text) of every comment line in data/ that contains mark."""
    found = []
    for path in sorted(data_dir.rglob("*.yaml")):
        rel = path.relative_to(data_dir).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            comment = line.split("#", 1)[1] if "#" in line else ""
            if mark in comment:
                found.append((rel, number, comment.strip()))
    return found


def check_working_assignments(data_dir, munis, c):
    marks = marked_comments(data_dir, WORKING_MARK)
    print(f"test_data_shape: {len(marks)} working assignments marked {WORKING_MARK} in data/:")
    for rel, number, text in marks:
        print(f"  {rel}:{number}: {text}")
    expected = dict(WORKING_ASSIGNMENTS)
    expected.update({f"municipalities/{m}.yaml": "the municipality's sub-region" for m in munis})
    marked = {rel for rel, _, _ in marks}
    for rel in sorted(marked - set(expected)):
        c.check(False, f"{rel}: marked {WORKING_MARK}, but not a working assignment the test "
                       "knows (add it to WORKING_ASSIGNMENTS on purpose, or record only what a "
                       "source says)")
    for rel in sorted(set(expected) - marked):
        c.check(False, f"{rel}: no {WORKING_MARK} comment for {expected[rel]}")
    for rel, number, text in marked_comments(data_dir, GUESS_MARK):
        c.check(False, f"{rel}:{number}: a guess ({GUESS_MARK}) in data/: leave the field out, or "
                       f"mark a working assignment real-data.md allows: {text}")


def of_kind(records, kind):
    return {rid: r for rid, (k, r, _) in records.items() if k == kind}


def main(argv):
    if len(argv) != 3:
        print("usage: test_data_shape.py <hok-binary> <source-dir>", file=sys.stderr)
        return 2
    data_dir = pathlib.Path(argv[2]) / "data"
    if not (data_dir / "hok.yaml").is_file():
        print(f"test_data_shape: no registry at {data_dir} (data/hok.yaml missing)",
              file=sys.stderr)
        return 2

    c = Checker()

    # hok.yaml
    root = yaml.safe_load((data_dir / "hok.yaml").read_text(encoding="utf-8")) or {}
    c.check(root.get("hok") == 1, "hok.yaml: `hok` must be 1")
    c.check(root.get("name") == "Vård i samverkan – Stockholms län",
            f"hok.yaml: name is {root.get('name')!r}")
    c.check(root.get("language") == "sv", "hok.yaml: language must be sv")
    c.check(root.get("secretariat") == "vis-processledning",
            "hok.yaml: secretariat must be vis-processledning")
    c.check(root.get("publish_contacts") is False, "hok.yaml: publish_contacts must be false")

    records = load_tree(data_dir, c)
    check_references(records, c)

    # Municipalities: exactly the 26 with their SCB codes, quoted, distinct.
    munis = of_kind(records, "municipality")
    c.check(len(munis) == 26, f"expected 26 municipalities, found {len(munis)}")
    codes = {}
    for mid, m in munis.items():
        code = m.get("code")
        if not c.check(isinstance(code, str),
                       f"municipalities/{mid}.yaml: code {code!r} must be a quoted string"):
            continue
        c.check(code not in codes, f"SCB code {code} used by both {codes.get(code)} and {mid}")
        codes[code] = mid
        c.check(SCB_CODES.get(code) == m.get("name"),
                f"municipalities/{mid}.yaml: code {code} should be "
                f"{SCB_CODES.get(code, 'no municipality of Stockholm County')}, name is "
                f"{m.get('name')!r}")
        c.check(m.get("subregion") in SUBREGIONS,
                f"municipalities/{mid}.yaml: subregion {m.get('subregion')!r} is not one of the four")
    missing = sorted(set(SCB_CODES) - set(codes))
    c.check(not missing, f"SCB codes missing: {', '.join(missing)}")
    extra = sorted(set(codes) - set(SCB_CODES))
    c.check(not extra, f"SCB codes that are not Stockholm County's: {', '.join(extra)}")

    # Districts: the 13 of Stockholm.
    districts = of_kind(records, "district")
    c.check(len(districts) == 13, f"expected 13 districts, found {len(districts)}")
    c.check({d.get("name") for d in districts.values()} == DISTRICT_NAMES,
            "district names differ from Stockholm's 13 stadsdelsområden: "
            f"{sorted({d.get('name') for d in districts.values()} ^ DISTRICT_NAMES)}")
    for did, d in districts.items():
        c.check(d.get("municipality") == "stockholm",
                f"districts/{did}.yaml: municipality must be stockholm")
    c.check(set(of_kind(records, "subregion")) == SUBREGIONS,
            f"expected the four subregions {sorted(SUBREGIONS)}, found "
            f"{sorted(of_kind(records, 'subregion'))}")

    # Parties and actors.
    orgs = of_kind(records, "organisation")
    for oid, otype in ORGANISATIONS.items():
        if c.check(oid in orgs, f"organisation {oid} is missing"):
            c.check(orgs[oid].get("type") == otype,
                    f"organisations/{oid}.yaml: type should be {otype}")
    c.check(munis.get("norrtalje", {}).get("coordination_by") == "kson",
            "Norrtälje must have coordination_by: kson (004)")
    others = [m for m, r in munis.items() if r.get("coordination_by") and m != "norrtalje"]
    c.check(not others, f"only Norrtälje has a coordination_by, also found: {others}")

    # Governance.
    groups = of_kind(records, "group")
    for gid, gtype in GOVERNANCE.items():
        if c.check(gid in groups, f"group {gid} is missing"):
            c.check(groups[gid].get("type") == gtype, f"groups/{gid}.yaml: type should be {gtype}")
            c.check(groups[gid].get("status") == "active", f"groups/{gid}.yaml: should be active")
    c.check(groups.get("vis-tjanstestyrgrupp", {}).get("reports_to") == "vis-politisk-styrgrupp",
            "vis-tjanstestyrgrupp must report to vis-politisk-styrgrupp")
    c.check(groups.get("vis-processledning", {}).get("reports_to") == "vis-tjanstestyrgrupp",
            "vis-processledning must report to vis-tjanstestyrgrupp")
    core = groups.get("vis-processledning", {}).get("core") or []
    core_counts = {s.get("org"): s.get("count", 1) for s in core}
    c.check(core_counts == {"hsf": 2, "storsthlm": 2},
            f"vis-processledning core must be 2 HSF + 2 Storsthlm, found {core_counts}")

    consultation = {g for g, r in groups.items() if r.get("type") == "consultation-group"}
    c.check(consultation == CONSULTATION_GROUPS,
            f"expected the five consultation groups {sorted(CONSULTATION_GROUPS)}, found "
            f"{sorted(consultation)}")
    for gid in consultation:
        g = groups[gid]
        c.check(g.get("status") == "active", f"groups/{gid}.yaml: consultation group not active")
        c.check(g.get("reports_to") == "vis-tjanstestyrgrupp",
                f"groups/{gid}.yaml: must report to vis-tjanstestyrgrupp")

    legacy = {g for g, r in groups.items() if r.get("type") == "legacy-forum"}
    c.check(legacy == LEGACY_FORUMS,
            f"expected the six legacy forums {sorted(LEGACY_FORUMS)}, found {sorted(legacy)}")
    for gid in legacy:
        g = groups[gid]
        # RSS: required by the format, not given by 003 (marked as a working assignment).
        c.check(g.get("reports_to") == "vis-tjanstestyrgrupp",
                f"groups/{gid}.yaml: must report to vis-tjanstestyrgrupp (003 §2.3)")
        chairs = {seat.get("org") for seat in g.get("chair") or []}
        c.check(chairs == CHAIRS.get(gid, set()),
                f"groups/{gid}.yaml: chair seats should be {sorted(CHAIRS.get(gid, set()))} "
                f"(003 §2.2), are {sorted(chairs)}")
    for gid, name in NOT_TAKEN_OVER.items():
        duties = [r for r in groups.get(gid, {}).get("responsibilities") or []
                  if str(r.get("name", "")).startswith(name)]
        c.check(len(duties) == 1 and "taken_over_by" not in duties[0],
                f"groups/{gid}.yaml: no source says who took over {name!r}; leave out "
                "taken_over_by so that G007 shows it")
        c.check(bool(g.get("responsibilities")), f"groups/{gid}.yaml: no responsibilities")
    c.check(groups.get("styrgrupp-digital-samordning", {}).get("status") == "paused",
            "styrgrupp-digital-samordning must be paused (stalled since February 2021, 003 §2.2)")

    # The HÖK.
    agreements = of_kind(records, "agreement")
    hok = agreements.get("hok")
    if c.check(hok is not None, "agreement hok (the HÖK) is missing"):
        c.check(hok.get("type") == "main-agreement", "hok: type must be main-agreement")
        c.check(hok.get("status") == "in-force", "hok: status must be in-force")
        c.check(as_text(hok.get("valid_from")) == "2022-09-01", "hok: valid_from must be 2022-09-01")
        parties = hok.get("parties") or []
        c.check(len(parties) == len(set(parties)), "hok: a party is listed twice")
        c.check(set(parties) == set(munis) | {"region-stockholm"},
                "hok: parties must be region-stockholm and the 26 municipalities, differences: "
                f"{sorted(set(parties) ^ (set(munis) | {'region-stockholm'}))}")
        adoption = hok.get("adoption") or {}
        c.check(adoption.get("required") is True, "hok: adoption.required must be true")
        adopted = {d.get("party") for d in adoption.get("decisions") or []}
        c.check(set(munis) <= adopted,
                f"hok: adoption decisions missing for {sorted(set(munis) - adopted)}")
        c.check((hok.get("follow_up") or {}).get("interval_months", 12) == 12,
                "hok: followed up yearly (follow_up.interval_months 12)")
    guideline = agreements.get("hok-riktlinje")
    if c.check(guideline is not None, "agreement hok-riktlinje (the HÖK's guideline) is missing"):
        c.check(guideline.get("type") == "guideline", "hok-riktlinje: type must be guideline")
        c.check((guideline.get("decided") or {}).get("by") == "vis-tjanstestyrgrupp",
                "hok-riktlinje: decided by vis-tjanstestyrgrupp")
    for aid in ("hok", "hok-riktlinje"):
        c.check((agreements.get(aid) or {}).get("owner") == "vis-tjanstestyrgrupp",
                f"agreements/{aid}.yaml: owned by vis-tjanstestyrgrupp (000: it decides the "
                "guideline; the HÖK's follow-up is reported to it and VIS)")

    # The seventeen agreements of 003 §3.1.
    for aid, (atype, main) in AGREEMENTS_003_3_1.items():
        a = agreements.get(aid)
        if not c.check(a is not None, f"agreement {aid} (003 §3.1) is missing"):
            continue
        c.check(a.get("type") == atype, f"agreements/{aid}.yaml: type should be {atype}")
        c.check(a.get("supplements") == main,
                f"agreements/{aid}.yaml: supplements should be {main!r}")
        c.check(a.get("status") == "in-force", f"agreements/{aid}.yaml: should be in-force")
        if aid in KNOWN_OWNERS:
            c.check(a.get("owner") == KNOWN_OWNERS[aid],
                    f"agreements/{aid}.yaml: owner should be {KNOWN_OWNERS[aid]}")
    for aid, a in agreements.items():
        owner = a.get("owner")
        if owner is not None and aid not in ("hok", "hok-riktlinje"):
            c.check(owner in consultation,
                    f"agreements/{aid}.yaml: owner {owner} is not a consultation group")
    for aid in NO_OWNER:
        c.check("owner" not in (agreements.get(aid) or {}),
                f"agreements/{aid}.yaml: no source names its owner; leave out owner so that G001 "
                "shows it")

    # Norrtälje: KSON holds the whole coordination responsibility (004), as one function.
    functions = of_kind(records, "function")
    norrtalje = [f for f in functions.values() if f.get("area") == "norrtalje"
                 and f.get("holder") == "kson" and f.get("status") == "active"
                 and set(f.get("roles") or []) == {"ksa", "gsa"}]
    c.check(len(norrtalje) == 1, "Norrtälje needs one active function with roles ksa and gsa held "
                                 "by kson (004)")

    # The contact that 000 names, under the contact rules (publish_contacts).
    person = of_kind(records, "person").get("hakan-wramner", {})
    c.check(person.get("organisation") == "storsthlm"
            and person.get("email") == "hakan.wramner@storsthlm.se",
            "people/hakan-wramner.yaml: the process lead that 000 names as contact")

    check_working_assignments(data_dir, munis, c)

    # The action plan 2024–2030.
    plans = of_kind(records, "plan")
    plan = plans.get("handlingsplan-2024-2030")
    if c.check(plan is not None, "plan handlingsplan-2024-2030 is missing"):
        c.check(plan.get("period") == {"from": 2024, "to": 2030},
                f"handlingsplan-2024-2030: period should be 2024–2030, is {plan.get('period')}")
        decided = plan.get("decided") or {}
        c.check(decided.get("by") == "vis-politisk-styrgrupp"
                and as_text(decided.get("date")) == "2023-12-20",
                "handlingsplan-2024-2030: decided by vis-politisk-styrgrupp on 2023-12-20")

    if c.failures:
        print(f"test_data_shape: {len(c.failures)} problem(s) in {data_dir}:")
        for f in c.failures:
            print(f"  - {f}")
        return 1
    print(f"test_data_shape: data/ has the expected shape ({len(records)} records)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
