#!/usr/bin/env python3
"""Self-check of notes28/gold.jsonl (standard library only).

Adapted from notes27's selfcheck.py (itself adapted from notes26's, notes25's, notes24's,
notes23's, notes22's, notes21's, notes20's, notes19's and notes18's). It

1. turns every gold figure into a prediction record and every gold place and optional place
   into a place record, scores that prediction with /work/shared/eval/score.py, and fails
   unless figures F1, places F1 and every figure attribute accuracy are 1.0;
2. fails when a document has two gold figures with the same (type, category, count), which
   the scorer would merge into one, or two gold places that round to the same point (the
   scorer keeps one prediction per point);
3. fails unless every evidence string (figures and optional figures) occurs verbatim in its
   text, every text has gold and vice versa, every text starts with "Published YYYY-MM-DD",
   a blank line and the note, that date equals the gold's "published", and every figure is
   well formed (known qualifier and category, a place with coordinates, a date not after
   publication); the latest dated figure of a note lies 0-7 days before publication; every
   note has 95-130 words (the publication line left out); every note has at least one scored
   figure, except the look-alike negatives (file names with "_neg_"), which must have none,
   and there are exactly 8 negatives; the set covers at least 40 countries (DOC_COUNTRY);
4. fails when a place of this set (a gold place's name or alias; optional places, which
   are adjectives such as "Russian", are exempt) is a place of notes16 (names and aliases of
   its gold places and optional places), of notes17 (the place(s) and country columns of
   its README table), of notes18-24 and notes27 (names and aliases of their gold places and
   optional places), of notes23's, notes24's or notes27's README table (its place(s)
   column), one of the extra names notes22 forbade (EXTRA_FORBIDDEN), or one of the names
   that notes27's README gives as used by an earlier set (NOTES27_README_USED), compared
   after dropping generic words such as "region", "province", "state", "oblast", "raion",
   "district", "city", "town"; and when a place name is used by two notes of this set.
   Country names (COUNTRIES) are exempt from both: countries may be reused.
   notes25 and notes26 lie only in /work/templates, which this check may not read beyond
   notes27 (BESIDE_ALLOWED); each is read when a copy is found in /work, and otherwise the
   names known from notes26's and notes27's READMEs (NOTES25_KNOWN, NOTES26_KNOWN) stand in
   for it and a note is printed.

    python3 selfcheck.py
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")
TEXTS = os.path.join(HERE, "texts")
SCORER_CANDIDATES = [
    os.path.join(HERE, "..", "shared", "eval", "score.py"),
    os.path.join(HERE, "..", "..", "..", "shared", "eval", "score.py"),
    "/work/shared/eval/score.py",
]
QUALIFIERS = {"exact", "at_least", "more_than", "about", "up_to"}
# the shared README's casualty and weapon categories, plus "abducted" (kidnapped / abducted
# people, an ACLED event type; see README.md)
CATEGORIES = {"killed", "injured", "hospitalized", "missing", "rescued", "abducted",
              "drone", "missile", "ballistic_missile", "cruise_missile", "glide_bomb", "rocket",
              "artillery"}
N_TEXTS = 50
MIN_NEGATIVES = MAX_NEGATIVES = 8  # look-alike notes without figures ("_neg_" in the file name);
                                   # this set's brief asks for 8 of the 50
MIN_COUNTRIES = 40  # notes26's and notes27's bound
MIN_GAP, MAX_GAP = 0, 7  # days from the latest dated figure to publication
MIN_WORDS, MAX_WORDS = 95, 130  # words of a note, the publication line left out (this set's
                                # brief asks for "about 100-130"; notes27 had 90-130)

# where notes16's and notes18-27's gold and notes17's, notes23's, notes24's, notes25's,
# notes26's and notes27's README are: in /work, or beside this set; /work is looked at first.
# When this set lies in /work/templates, the only folder beside it that may be read is notes27
# (BESIDE_ALLOWED), so that the check reads no other folder under /work/templates
OTHER_SETS = ["/work", os.path.join(HERE, "..")]
BESIDE_ALLOWED = {"notes27"}
# notes25 and notes26 are in /work/templates only (not in /work) and may not be read from there;
# when no copy is found, the names of their places that notes26's and notes27's READMEs give
# stand in for them: for notes25, notes26's test injections "Bourem" and "Moissala" and its
# note n25_15_libya_zuwara_card; for notes26, notes27's test injections "Koro" and "Kotovsk"
# and the three notes26 texts notes27 read (n26_14_drc_kongolo_tracker,
# n26_25_ukraine_nizhyn_telegram, n26_34_mexico_coyuca_card)
NOTES25_KNOWN = {"bourem", "moissala", "zuwara"}
NOTES26_KNOWN = {"koro", "kotovsk", "kongolo", "nizhyn", "coyuca", "coyuca benitez",
                 "coyuca catalan"}
# names that notes27's README ("Many first choices were already used and were replaced" and
# "Regional names that are taken") says an earlier set (notes16-26) used; they are kept out
# too, since notes25's and notes26's gold cannot be read here
NOTES27_README_USED = {
    "tenenkou", "sebba", "dori", "ouallam", "kajuru", "kaduna", "batibo", "bamenda", "bol",
    "singa", "tonj", "debre markos", "beledweyne", "mpeketoni", "lamu", "bunia", "beni",
    "kalemie", "tripoli", "gharyan", "nabatieh", "idlib", "samarra", "mocha", "shostka", "sumy",
    "bryansk", "kursk", "saravan", "zahedan", "bannu", "kotli", "rajouri", "churachandpur",
    "kyauktaw", "sittwe", "butig", "marawi", "timika", "popayan", "tumaco", "aguililla",
    "apatzingan", "duran", "mirebalais", "cox s bazar", "gori", "tbilisi",
    "segou", "mopti", "diffa", "hiiraan", "blue nile", "lakes", "amhara", "tanganyika",
    "galilee", "gaza", "salahuddin", "sistan and baluchestan", "chhattisgarh", "rakhine",
    "karenni", "cauca", "guerrero", "papua", "gambia",
}
# names notes22's selfcheck forbade beside the earlier sets' gold
EXTRA_FORBIDDEN = {"zaporizhzhia", "ghazni", "plateau", "kharkiv"}
# country names (after core()) that may be reused from earlier sets and by several notes here
# (notes27's list plus the countries this set adds: Madagascar, Bosnia and Herzegovina's
# short forms were already there; see README.md)
COUNTRIES = {
    "burkina faso", "mali", "niger", "nigeria", "cameroon", "chad", "sudan", "south sudan",
    "somalia", "democratic republic congo", "dr congo", "drc", "congo", "mozambique",
    "central african republic", "car", "libya", "egypt", "yemen", "saudi arabia",
    "kingdom saudi arabia", "iraq", "syria", "lebanon", "israel", "palestine",
    "palestinian territories", "ukraine", "russia", "russian federation", "pakistan",
    "afghanistan", "india", "myanmar", "burma", "thailand", "philippines", "indonesia", "colombia",
    "mexico", "ecuador", "brazil", "haiti", "venezuela", "equatorial guinea", "kenya", "togo",
    "bangladesh", "estonia", "argentina", "south africa", "tanzania", "georgia", "sakartvelo",
    "chile", "belgium", "jordan", "ethiopia", "rwanda", "republic niger",
    "uganda", "benin", "burundi", "peru", "algeria", "armenia", "azerbaijan", "uzbekistan",
    "czech republic", "czechia", "nepal", "malawi", "italy", "sri lanka", "kazakhstan", "morocco",
    "france", "austria",
    "tajikistan", "kyrgyzstan", "senegal", "turkey", "turkiye", "ivory coast",
    "cote d ivoire", "papua new guinea", "png", "laos", "lao pdr", "bolivia", "poland", "lithuania",
    "germany", "zambia", "serbia", "croatia", "belarus", "bosnia and herzegovina", "bosnia",
    "dominican republic",
    "tunisia", "iran", "finland", "zimbabwe", "ghana", "japan", "vietnam", "viet nam",
    "angola", "mauritania", "guatemala", "slovakia",
    "madagascar",
}
# the country of each note's main incident (or of a negative's story)
DOC_COUNTRY = {
    "01": "BF", "02": "ML", "03": "NE", "04": "NG", "05": "NG", "06": "CM", "07": "TD", "08": "SD",
    "09": "SS", "10": "ET", "11": "SO", "12": "KE", "13": "CD", "14": "TZ", "15": "CF", "16": "BJ",
    "17": "UG", "18": "IL", "19": "PS", "20": "LB", "21": "SY", "22": "IQ", "23": "YE", "24": "UA",
    "25": "UA", "26": "RU", "27": "AM", "28": "IR", "29": "TR", "30": "PK", "31": "AF", "32": "IN",
    "33": "MM", "34": "TH", "35": "PH", "36": "CO", "37": "MX", "38": "BR", "39": "HT", "40": "BD",
    "41": "TJ", "42": "PE", "43": "BO", "44": "ZW", "45": "PL", "46": "MG", "47": "HR", "48": "BA",
    "49": "VN", "50": "DE",
}
NOTES = []  # remarks printed after the result (they do not fail the check)
GENERIC = {"region", "province", "state", "oblast", "raion", "district", "city", "town",
           "township", "county", "governorate", "division", "department", "territory", "zone",
           "lga", "cercle", "commune", "upazila", "krai", "municipality", "prefecture", "regency",
           "village", "the", "of", "du", "de", "la", "le"}


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if line:
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    sys.exit(f"FAIL {path}:{n}: not JSON: {e}")
    return rows


def figure_record(f):
    return {
        "type": f["type"],
        "category": f["category"],
        "count": f["count"],
        "qualifier": f.get("qualifier") or "exact",
        "date": f.get("event_date"),
        "place": f.get("place"),
        "lat": f.get("lat"),
        "lon": f.get("lon"),
    }


def place_record(p):
    return {"type": "place", "name": p["name"], "lat": p["lat"], "lon": p["lon"]}


def check_texts_and_gold(gold, problems):
    names = {g["doc"] for g in gold}
    if len(names) != len(gold):
        problems.append("duplicate doc names in gold.jsonl")
    for g in gold:
        path = os.path.join(TEXTS, g["doc"])
        if not os.path.exists(path):
            problems.append(f"{g['doc']}: no such text in texts/")
            continue
        text = open(path, encoding="utf-8").read()
        lines = text.split("\n")
        m = re.fullmatch(r"Published (\d{4}-\d{2}-\d{2})", lines[0])
        if not m or len(lines) < 3 or lines[1] != "" or not lines[2].strip():
            problems.append(f"{g['doc']}: does not start with 'Published YYYY-MM-DD', a blank line and the note")
        elif m.group(1) != g.get("published"):
            problems.append(f"{g['doc']}: Published {m.group(1)} but gold says {g.get('published')}")
        pub = date.fromisoformat(g["published"])
        words = len("\n".join(lines[2:]).split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            problems.append(f"{g['doc']}: {words} words (want {MIN_WORDS}-{MAX_WORDS})")
        negative = "_neg_" in g["doc"]
        if negative and g.get("figures"):
            problems.append(f"{g['doc']}: a negative note with scored figures")
        if not negative and not g.get("figures"):
            problems.append(f"{g['doc']}: no scored figure")
        seen = {}
        day_dates = []
        for f in g.get("figures", []):
            key = (f["type"], f["category"], int(f["count"]))
            if key in seen:
                problems.append(f"{g['doc']}: duplicate gold figure {key}")
            seen[key] = True
            for k in ("type", "category", "count", "qualifier", "evidence"):
                if k not in f:
                    problems.append(f"{g['doc']}: figure without {k}: {f}")
            if not f.get("place"):
                problems.append(f"{g['doc']}: figure without a place: {f['evidence']!r}")
            if f.get("place") and not all(isinstance(f.get(k), (int, float)) for k in ("lat", "lon", "tol_km")):
                problems.append(f"{g['doc']}: figure place {f['place']!r} without lat/lon/tol_km")
            if f.get("event_date") and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", f["event_date"]):
                problems.append(f"{g['doc']}: bad event_date {f['event_date']!r}")
            elif f.get("event_date") and len(f["event_date"]) == 10:
                day_dates.append(date.fromisoformat(f["event_date"]))
            if f.get("qualifier") not in QUALIFIERS:
                problems.append(f"{g['doc']}: bad qualifier {f.get('qualifier')!r}")
            if f.get("category") not in CATEGORIES:
                problems.append(f"{g['doc']}: category {f.get('category')!r} outside the list")
            if f.get("event_date") and f["event_date"] > g.get("published", "9999"):
                problems.append(f"{g['doc']}: figure dated {f['event_date']} after publication")
        if day_dates and not MIN_GAP <= (pub - max(day_dates)).days <= MAX_GAP:
            problems.append(f"{g['doc']}: latest figure {max(day_dates)} not {MIN_GAP}-{MAX_GAP} days "
                            f"before publication {pub}")
        for f in g.get("figures", []) + g.get("optional_figures", []):
            if f["evidence"] not in text:
                problems.append(f"{g['doc']}: evidence not verbatim in text: {f['evidence']!r}")
        points = {}
        for p in g.get("places", []) + g.get("optional_places", []):
            ll = (round(float(p["lat"]), 3), round(float(p["lon"]), 3))
            if ll in points:
                problems.append(f"{g['doc']}: places {points[ll]!r} and {p['name']!r} share a point")
            points[ll] = p["name"]
    texts = [n for n in sorted(os.listdir(TEXTS)) if n.endswith(".txt")]
    for name in texts:
        if name not in names:
            problems.append(f"{name}: text without gold")
    if len(texts) != N_TEXTS:
        problems.append(f"{len(texts)} texts (want {N_TEXTS})")
    negatives = [n for n in names if "_neg_" in n]
    if not MIN_NEGATIVES <= len(negatives) <= MAX_NEGATIVES:
        problems.append(f"{len(negatives)} negative notes (want {MIN_NEGATIVES}-{MAX_NEGATIVES})")
    countries = set()
    for n in names:
        m = re.match(r"n28_(\d\d)_", n)
        if not m or m.group(1) not in DOC_COUNTRY:
            problems.append(f"{n}: no country in DOC_COUNTRY")
        else:
            countries.add(DOC_COUNTRY[m.group(1)])
    if len(countries) < MIN_COUNTRIES:
        problems.append(f"{len(countries)} countries (want at least {MIN_COUNTRIES})")


def core(name):
    """A place name without accents, punctuation and generic words ("Kharkiv region" -> "kharkiv")."""
    s = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w and w not in GENERIC]
    return " ".join(words)


def find_other(rel):
    in_templates = os.path.basename(os.path.normpath(os.path.join(HERE, ".."))) == "templates"
    for base in OTHER_SETS:
        if (in_templates and os.path.normpath(base) == os.path.normpath(os.path.join(HERE, ".."))
                and rel.split(os.sep)[0] not in BESIDE_ALLOWED):
            continue
        p = os.path.normpath(os.path.join(base, rel))
        if os.path.exists(p):
            return p
    return None


def notes17_places(readme):
    """Names in the place(s) and country columns of notes17's README table."""
    out = set()
    prefix = re.compile(r"^(near|between|rural|edge of|outskirts of|western outskirts of|"
                        r"\d+ km (north|south|east|west) of)\s+", re.I)
    for line in open(readme, encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or not re.fullmatch(r"\d\d", cells[0]):
            continue
        for part in re.split(r"[,;]| and ", cells[2] + ";" + cells[3]):
            part = prefix.sub("", part.strip())
            part = prefix.sub("", part)
            if len(core(part)) > 2:
                out.add(core(part))
    return out


def table_places(readme, column):
    """Names in one column (index of the |-separated cells) of a README table whose rows start
    with a two-digit note number (notes23's "place(s)" column is 3)."""
    out = set()
    prefix = re.compile(r"^(near|between|rural|edge of|outskirts of|around|sea off|"
                        r"(north|south|east|west)( / (north|south|east|west))? of|"
                        r"\d+ ?(km|nm) (north|south|east|west|north-east|north-west|south-east|south-west) of)\s+",
                        re.I)
    for line in open(readme, encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 5 or not re.fullmatch(r"\d\d", cells[0]):
            continue
        for part in re.split(r"[,;]| and | near |–", cells[column].replace('"', "")):
            part = prefix.sub("", part.strip())
            part = prefix.sub("", part)
            if len(core(part)) > 2:
                out.add(core(part))
    return out


def check_places_not_reused(gold, problems):
    used = {}
    g16 = find_other(os.path.join("notes16", "gold.jsonl"))
    r17 = find_other(os.path.join("notes17", "README.md"))
    g18 = find_other(os.path.join("notes18", "gold.jsonl"))
    g19 = find_other(os.path.join("notes19", "gold.jsonl"))
    g20 = find_other(os.path.join("notes20", "gold.jsonl"))
    g21 = find_other(os.path.join("notes21", "gold.jsonl"))
    g22 = find_other(os.path.join("notes22", "gold.jsonl"))
    g23 = find_other(os.path.join("notes23", "gold.jsonl"))
    r23 = find_other(os.path.join("notes23", "README.md"))
    g24 = find_other(os.path.join("notes24", "gold.jsonl"))
    r24 = find_other(os.path.join("notes24", "README.md"))
    g25 = find_other(os.path.join("notes25", "gold.jsonl"))
    r25 = find_other(os.path.join("notes25", "README.md"))
    g26 = find_other(os.path.join("notes26", "gold.jsonl"))
    r26 = find_other(os.path.join("notes26", "README.md"))
    g27 = find_other(os.path.join("notes27", "gold.jsonl"))
    r27 = find_other(os.path.join("notes27", "README.md"))
    if None in (g16, r17, g18, g19, g20, g21, g22, g23, r23, g24, r24, g27, r27):
        problems.append("notes16/gold.jsonl, notes17/README.md, notes18-24/gold.jsonl, "
                        "notes27/gold.jsonl or notes23/24/27 README.md not found: reuse of places "
                        "not checked")
        return
    sets = [("notes16", g16), ("notes18", g18), ("notes19", g19), ("notes20", g20),
            ("notes21", g21), ("notes22", g22), ("notes23", g23), ("notes24", g24),
            ("notes27", g27)]
    if g25 is not None:
        sets.append(("notes25", g25))
    else:
        NOTES.append("notes25 not found outside /work/templates: its places checked only "
                     "through NOTES25_KNOWN (" + ", ".join(sorted(NOTES25_KNOWN)) + ")")
        for n in NOTES25_KNOWN:
            used.setdefault(n, "notes25 (named in notes26's README)")
    if g26 is not None:
        sets.append(("notes26", g26))
    else:
        NOTES.append("notes26 not found outside /work/templates: its places checked only "
                     "through NOTES26_KNOWN (" + ", ".join(sorted(NOTES26_KNOWN)) + ") and "
                     "NOTES27_README_USED")
        for n in NOTES26_KNOWN:
            used.setdefault(n, "notes26 (named in notes27's README)")
    for label, path in sets:
        for g in load_jsonl(path):
            for p in g.get("places", []) + g.get("optional_places", []):
                for n in [p["name"]] + p.get("aliases", []):
                    used.setdefault(core(n), f"{label} {g['doc']}")
    # named in notes17's README prose but not in its table
    for n in notes17_places(r17):
        used.setdefault(n, "notes17 README")
    # the place(s) column of notes23's README table (its main incident places)
    for n in table_places(r23, 3):
        if n not in COUNTRIES:
            used.setdefault(n, "notes23 README")
    # the place(s) column of notes24's README table (its main incident places)
    for n in table_places(r24, 3):
        if n not in COUNTRIES:
            used.setdefault(n, "notes24 README")
    # the place(s) column of notes25's README table (its main incident places)
    if r25 is not None:
        for n in table_places(r25, 3):
            if n not in COUNTRIES:
                used.setdefault(n, "notes25 README")
    # the place(s) column of notes26's README table (its main incident places)
    if r26 is not None:
        for n in table_places(r26, 3):
            if n not in COUNTRIES:
                used.setdefault(n, "notes26 README")
    # the place(s) column of notes27's README table (its main incident places)
    for n in table_places(r27, 3):
        if n not in COUNTRIES:
            used.setdefault(n, "notes27 README")
    for n in EXTRA_FORBIDDEN:
        used.setdefault(n, "notes22 selfcheck")
    for n in NOTES27_README_USED:
        used.setdefault(n, "an earlier set (named in notes27's README)")
    mine = {}
    for g in gold:
        for p in g.get("places", []):
            if core(p["name"]) in COUNTRIES:
                continue
            for n in [p["name"]] + p.get("aliases", []):
                c = core(n)
                if c in used:
                    problems.append(f"{g['doc']}: place {n!r} already used in {used[c]}")
            c = core(p["name"])
            if c in mine and mine[c] != g["doc"]:
                problems.append(f"{g['doc']}: place {p['name']!r} also used in {mine[c]}")
            mine.setdefault(c, g["doc"])


def main():
    gold = load_jsonl(GOLD)
    problems = []
    check_texts_and_gold(gold, problems)
    check_places_not_reused(gold, problems)

    scorer = next((p for p in SCORER_CANDIDATES if os.path.exists(p)), None)
    if scorer is None:
        sys.exit("FAIL scorer score.py not found")
    # the throw-away prediction is written beside this script (not to /tmp) and removed after
    fd, pred_path = tempfile.mkstemp(prefix=".notes28_selfcheck_", suffix=".jsonl", dir=HERE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for g in gold:
                records = [figure_record(f) for f in g.get("figures", [])]
                records += [place_record(p) for p in g.get("places", []) + g.get("optional_places", [])]
                fh.write(json.dumps({"doc": g["doc"], "published": g.get("published"),
                                     "records": records}) + "\n")
        run = subprocess.run([sys.executable, scorer, GOLD, pred_path, "--json"],
                             capture_output=True, text=True)
    finally:
        os.unlink(pred_path)
    if run.returncode != 0:
        sys.exit(f"FAIL scorer exited {run.returncode}: {run.stderr.strip()}")
    summary = json.loads(run.stdout.strip().splitlines()[-1])

    figs, places, attrs = summary["figures"], summary["places"], summary["figure_attribute_accuracy"]
    if figs["f1"] != 1.0:
        problems.append(f"figures F1 {figs['f1']} (tp {figs['tp']} fp {figs['fp']} fn {figs['fn']})")
    if places["f1"] != 1.0:
        problems.append(f"places F1 {places['f1']} (tp {places['tp']} fp {places['fp']} fn {places['fn']})")
    for name, value in attrs.items():
        if value != 1.0:
            problems.append(f"figure attribute {name} accuracy {value}")
    if summary["documents"] != len(gold) or summary["documents_missing_from_prediction"]:
        problems.append("documents missing from the prediction")

    n_opt = sum(len(g.get("optional_figures", [])) for g in gold)
    n_optp = sum(len(g.get("optional_places", [])) for g in gold)
    line = (f"documents {summary['documents']}  figures F1 {figs['f1']} (tp {figs['tp']}, optional {n_opt})  "
            f"places F1 {places['f1']} (tp {places['tp']}, optional {n_optp})  attributes "
            + " ".join(f"{k} {v}" for k, v in attrs.items()))
    if problems:
        print("selfcheck FAILED: " + line)
        for p in problems:
            print("  - " + p)
        for n in NOTES:
            print("  note: " + n)
        sys.exit(1)
    print("selfcheck OK: " + line)
    for n in NOTES:
        print("  note: " + n)


if __name__ == "__main__":
    main()
