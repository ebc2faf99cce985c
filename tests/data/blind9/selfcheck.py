#!/usr/bin/env python3
"""Self-check of blind9/gold.jsonl and blind9/events.jsonl (standard library only).

Adapted from ../../../shared/eval/dev/selfcheck.py. Fails unless:

* gold.jsonl parses, every gold document has a text and every text has gold;
* no document has two gold figures with the same (type, category, count) (the scorer
  would merge them), and every figure has a known type, qualifier, date format and a
  complete place (place, lat, lon, tol_km) or none;
* every figure's and optional figure's evidence occurs verbatim in its text, and every
  gold and optional place's name or one of its aliases occurs in its text;
* the gold, turned into a prediction (figures, places and optional places) and scored with
  the shared score.py, gives figures F1, places F1 and every attribute accuracy 1.0;
* every text has 200-450 words and does not start with "Test document composed";
* events.jsonl is consistent: each text is in exactly one current event (older false)
  and every current event has three texts; every listed text has a gold figure of that
  event (date within a day, or the same month where either side has month precision,
  and a place within reach of the event); every dated gold figure belongs to an event
  that lists its text; killed_best is the count of a killed figure of the event in one
  of its texts.

    python3 selfcheck.py
"""
from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
import tempfile
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")
EVENTS = os.path.join(HERE, "events.jsonl")
TEXTS = os.path.join(HERE, "texts")
SCORER = os.environ.get("SCORER") or next(
    (p for p in (os.path.join(HERE, "..", "..", "..", "shared", "eval", "score.py"),
                 "/work/shared/eval/score.py") if os.path.exists(p)),
    "/work/shared/eval/score.py")

TYPES = {"casualty", "weapon"}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "up_to"}
CASUALTY_CATS = {"killed", "injured", "hospitalized", "missing", "rescued"}


def load_jsonl(path):
    docs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if line:
                try:
                    docs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    sys.exit(f"FAIL {path}:{n}: not JSON: {e}")
    return docs


def figure_record(f):
    return {"type": f["type"], "category": f["category"], "count": f["count"],
            "qualifier": f.get("qualifier") or "exact", "date": f.get("event_date"),
            "place": f.get("place"), "lat": f.get("lat"), "lon": f.get("lon")}


def place_record(p):
    return {"type": "place", "name": p["name"], "lat": p["lat"], "lon": p["lon"]}


def km(a, b):
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def valid_date(s):
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}-\d{2}", s):
            date.fromisoformat(s + "-01")
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            date.fromisoformat(s)
            return True
    except ValueError:
        return False
    return False


def dates_compatible(a, b):
    """Day vs day: within one day. Anything with month precision: same month."""
    if len(a) == 10 and len(b) == 10:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
    return a[:7] == b[:7]


def event_dates(e):
    return [e["date"]] + list(e.get("date_alternatives", []))


def fig_in_event(f, e):
    d = f.get("event_date")
    if not d or not any(dates_compatible(d, ed) for ed in event_dates(e)):
        return False
    if f.get("lat") is None:
        return True
    return km((f["lat"], f["lon"]), (e["lat"], e["lon"])) <= e["tol_km"] + f["tol_km"]


def check_gold(gold, problems):
    texts = {}
    names = {g["doc"] for g in gold}
    for name in sorted(os.listdir(TEXTS)):
        if name.endswith(".txt"):
            with open(os.path.join(TEXTS, name), encoding="utf-8") as fh:
                texts[name] = fh.read()
            if name not in names:
                problems.append(f"{name}: text without gold")
    for g in gold:
        doc = g["doc"]
        text = texts.get(doc)
        if text is None:
            problems.append(f"{doc}: no such text in texts/")
            continue
        words = len(text.split())
        if not 200 <= words <= 450:
            problems.append(f"{doc}: {words} words (want 200-450)")
        if text.lstrip().lower().startswith("test document composed"):
            problems.append(f"{doc}: starts with the test-document line")
        if not valid_date(g.get("published")) or len(g["published"]) != 10:
            problems.append(f"{doc}: bad published date {g.get('published')!r}")
        seen = set()
        for f in g.get("figures", []):
            key = (f["type"], f["category"], int(f["count"]))
            if key in seen:
                problems.append(f"{doc}: duplicate gold figure {key}")
            seen.add(key)
            if f["type"] not in TYPES:
                problems.append(f"{doc}: unknown type {f['type']}")
            if f["type"] == "casualty" and f["category"] not in CASUALTY_CATS:
                problems.append(f"{doc}: unknown casualty category {f['category']}")
            if f.get("qualifier") not in QUALIFIERS:
                problems.append(f"{doc}: bad qualifier in {key}")
            if "event_date" in f and not valid_date(f["event_date"]):
                problems.append(f"{doc}: bad event_date in {key}")
            has = [k in f for k in ("place", "lat", "lon", "tol_km")]
            if any(has) and not all(has):
                problems.append(f"{doc}: incomplete place in {key}")
        for f in g.get("figures", []) + g.get("optional_figures", []):
            if f["evidence"] not in text:
                problems.append(f"{doc}: evidence not verbatim: {f['evidence']!r}")
        low = text.lower()
        for p in g.get("places", []) + g.get("optional_places", []):
            if not any(n.lower() in low for n in [p["name"]] + p.get("aliases", [])):
                problems.append(f"{doc}: place {p['name']!r} (or an alias) not in the text")
        coords = [(round(p["lat"], 3), round(p["lon"], 3)) for p in g.get("places", []) + g.get("optional_places", [])]
        if len(coords) != len(set(coords)):
            problems.append(f"{doc}: two places share coordinates (the scorer merges them)")
    return texts


def check_score(gold, problems):
    fd, pred_path = tempfile.mkstemp(prefix="blind9_selfcheck_", suffix=".jsonl")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for g in gold:
                records = [figure_record(f) for f in g.get("figures", [])]
                records += [place_record(p) for p in g.get("places", []) + g.get("optional_places", [])]
                fh.write(json.dumps({"doc": g["doc"], "published": g.get("published"),
                                     "records": records}) + "\n")
        run = subprocess.run([sys.executable, SCORER, GOLD, pred_path, "--json"],
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
    return summary


def check_events(gold, texts, problems):
    events = load_jsonl(EVENTS)
    by_doc = {g["doc"]: g for g in gold}
    need = {"event", "docs", "date", "place", "place_aliases", "lat", "lon", "tol_km",
            "killed_best", "killed_note", "older", "invented"}
    ids = set()
    current_of = {}
    for e in events:
        eid = e.get("event")
        missing = need - set(e)
        if missing:
            problems.append(f"event {eid}: missing keys {sorted(missing)}")
            continue
        if eid in ids:
            problems.append(f"event {eid}: duplicate id")
        ids.add(eid)
        for d in event_dates(e):
            if not valid_date(d):
                problems.append(f"event {eid}: bad date {d!r}")
        if not e["docs"]:
            problems.append(f"event {eid}: no docs")
        for d in e["docs"]:
            if d not in by_doc:
                problems.append(f"event {eid}: unknown doc {d}")
                continue
            if not e["older"]:
                current_of.setdefault(d, []).append(eid)
            if not any(fig_in_event(f, e) for f in by_doc[d]["figures"]):
                problems.append(f"event {eid}: {d} has no gold figure of this event")
        if not e["older"] and len(e["docs"]) != 3:
            problems.append(f"event {eid}: current event with {len(e['docs'])} texts (want 3)")
        kb = e["killed_best"]
        if not any(f["category"] == "killed" and int(f["count"]) == kb and fig_in_event(f, e)
                   for d in e["docs"] if d in by_doc for f in by_doc[d]["figures"]):
            problems.append(f"event {eid}: killed_best {kb} is not a killed figure of the event in its docs")
    for d in texts:
        if len(current_of.get(d, [])) != 1:
            problems.append(f"{d}: in {len(current_of.get(d, []))} current events (want exactly 1)")
    for g in gold:
        for f in g["figures"]:
            if f.get("event_date") and not any(g["doc"] in e["docs"] and fig_in_event(f, e)
                                               for e in events if "docs" in e):
                problems.append(f"{g['doc']}: figure {f['category']} {f['count']} ({f['event_date']}) "
                                f"belongs to no event listing this doc")
    return events


def main():
    gold = load_jsonl(GOLD)
    problems = []
    texts = check_gold(gold, problems)
    summary = check_score(gold, problems)
    events = check_events(gold, texts, problems)
    figs, places, attrs = summary["figures"], summary["places"], summary["figure_attribute_accuracy"]
    n_opt_f = sum(len(g.get("optional_figures", [])) for g in gold)
    n_opt_p = sum(len(g.get("optional_places", [])) for g in gold)
    line = (f"documents {summary['documents']}  figures F1 {figs['f1']} (tp {figs['tp']}, optional {n_opt_f})  "
            f"places F1 {places['f1']} (tp {places['tp']}, optional {n_opt_p})  attributes "
            + " ".join(f"{k} {v}" for k, v in attrs.items())
            + f"  events {len(events)} ({sum(1 for e in events if not e.get('older'))} current)")
    if problems:
        print("selfcheck FAILED: " + line)
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("selfcheck OK: " + line)


if __name__ == "__main__":
    main()
