#!/usr/bin/env python3
"""Self-check of ukru_blind3/gold.jsonl (standard library only).

Adapted from ../../../shared/eval/dev/selfcheck.py. Turns every gold figure into a
prediction record and every gold place and optional place into a place record, scores
that prediction with the shared scorer (/work/shared/eval/score.py, or $SCORE_PY), and
fails unless figures F1, places F1 and every figure attribute accuracy are 1.0. It also
fails when:
  - a document has two gold figures with the same (type, category, count), which the
    scorer would merge into one;
  - a figure's or optional figure's evidence is not a verbatim substring of its text
    (decoded: UTF-8, or cp1251 for the files listed in CP1251);
  - a file listed in CP1251 is valid UTF-8 (it must not be), or any other file is not;
  - a place name or alias normalises (score.norm) to an empty string (Cyrillic aliases
    do: score.norm keeps ASCII only, so an empty alias would match every unnamed or
    Cyrillic-named prediction);
  - dates are malformed, a placed figure lacks lat/lon/tol_km, the set is not 7 uk + 7 ru
    texts of 120-350 words, or a text carries the dev set's "Test document" line.

    python3 selfcheck.py
"""
from __future__ import annotations

import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")
TEXTS = os.path.join(HERE, "texts")
SCORER = os.environ.get("SCORE_PY") or "/work/shared/eval/score.py"
if not os.path.exists(SCORER):
    SCORER = os.path.join(HERE, "..", "..", "..", "shared", "eval", "score.py")

CP1251 = {"uk06_sudan_el_fasher.txt", "ru04_kursk_region_operational.txt"}
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]")


def load_gold(path):
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


def read_text(name, problems):
    raw = open(os.path.join(TEXTS, name), "rb").read()
    if name in CP1251:
        try:
            raw.decode("utf-8")
            problems.append(f"{name}: listed as cp1251 but is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1251")
        if EMOJI.search(text):
            problems.append(f"{name}: cp1251 text contains emoji-range characters")
        return text
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"{name}: not valid UTF-8 ({e})")
        return raw.decode("utf-8", "replace")


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


def valid_date(s):
    try:
        if len(s) == 7:
            datetime.date.fromisoformat(s + "-01")
        else:
            datetime.date.fromisoformat(s)
        return len(s) in (7, 10)
    except (TypeError, ValueError):
        return False


def main():
    sys.path.insert(0, os.path.dirname(os.path.abspath(SCORER)))
    from score import norm  # the scorer's own normalisation

    gold = load_gold(GOLD)
    problems = []
    names_in_gold = {g["doc"] for g in gold}
    for g in gold:
        doc = g["doc"]
        if not os.path.exists(os.path.join(TEXTS, doc)):
            problems.append(f"{doc}: no such text in texts/")
            continue
        text = read_text(doc, problems)
        words = len(re.findall(r"\w+", text))
        if not 120 <= words <= 350:
            problems.append(f"{doc}: {words} words (want 120-350)")
        if "Test document composed for evaluation" in text:
            problems.append(f"{doc}: carries the 'Test document' line")
        if not valid_date(g.get("published")):
            problems.append(f"{doc}: bad published date {g.get('published')!r}")
        seen = {}
        for f in g.get("figures", []):
            key = (f["type"], f["category"], int(f["count"]))
            if key in seen:
                problems.append(f"{doc}: duplicate gold figure {key}")
            seen[key] = True
            if f.get("event_date") is not None and not valid_date(f["event_date"]):
                problems.append(f"{doc}: bad event_date {f['event_date']!r}")
            if f.get("place") and any(f.get(k) is None for k in ("lat", "lon", "tol_km")):
                problems.append(f"{doc}: figure {key} has a place but no lat/lon/tol_km")
            for a in [f.get("place")] + f.get("place_aliases", []) if f.get("place") else []:
                if not norm(a):
                    problems.append(f"{doc}: figure {key} place/alias {a!r} normalises to ''")
        for f in g.get("figures", []) + g.get("optional_figures", []):
            ev = f.get("evidence", "")
            if not ev or ev not in text:
                problems.append(f"{doc}: evidence not verbatim in text: {ev!r}")
        for p in g.get("places", []) + g.get("optional_places", []):
            for a in [p["name"]] + p.get("aliases", []):
                if not norm(a):
                    problems.append(f"{doc}: place {p['name']!r} alias {a!r} normalises to ''")
    txts = sorted(n for n in os.listdir(TEXTS) if n.endswith(".txt"))
    for name in txts:
        if name not in names_in_gold:
            problems.append(f"{name}: text without gold")
    n_uk = sum(1 for n in txts if n.startswith("uk"))
    n_ru = sum(1 for n in txts if n.startswith("ru"))
    if (n_uk, n_ru) != (7, 7):
        problems.append(f"want 7 uk + 7 ru texts, have {n_uk} uk + {n_ru} ru")
    for name in CP1251:
        if name not in txts:
            problems.append(f"{name}: listed as cp1251 but missing")

    fd, pred_path = tempfile.mkstemp(prefix="ukru_selfcheck_", suffix=".jsonl")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for g in gold:
                records = [figure_record(f) for f in g.get("figures", [])]
                records += [place_record(p) for p in g.get("places", []) + g.get("optional_places", [])]
                fh.write(json.dumps({"doc": g["doc"], "published": g.get("published"),
                                     "records": records}, ensure_ascii=False) + "\n")
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

    line = (f"documents {summary['documents']}  figures F1 {figs['f1']} (tp {figs['tp']})  "
            f"places F1 {places['f1']} (tp {places['tp']})  attributes "
            + " ".join(f"{k} {v}" for k, v in attrs.items()))
    if problems:
        print("selfcheck FAILED: " + line)
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("selfcheck OK: " + line)


if __name__ == "__main__":
    main()
