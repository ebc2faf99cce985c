#!/usr/bin/env python3
"""Self-check of pub1.gold.jsonl and pub2.gold.jsonl (standard library only).

Turns every gold figure into a prediction record and every gold place and optional
place into a place record, scores that prediction with ../score.py, and fails unless
figures F1, places F1 and every figure attribute accuracy are 1.0. It also fails when a
document has two gold figures with the same (type, category, count), which the scorer
would merge into one.

    python3 restore.py --out data      # the texts are git-ignored: restore them first
    python3 selfcheck.py [--data data]
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ("pub1", "pub2")
SCORER = os.environ.get("SCORER") or next(
    (p for p in (os.path.join(HERE, "..", "..", "..", "shared", "eval", "score.py"),
                 "/work/shared/eval/score.py") if os.path.exists(p)),
    "/work/shared/eval/score.py")


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


def check_set(set_name, data_dir):
    gold_path = os.path.join(HERE, f"{set_name}.gold.jsonl")
    gold = load_gold(gold_path)
    problems = []
    texts_dir = os.path.join(data_dir, set_name, "texts")
    if not os.path.isdir(texts_dir):
        sys.exit(f"FAIL {texts_dir} missing: run python3 restore.py --out {data_dir} first")
    for g in gold:
        seen = {}
        for f in g.get("figures", []):
            key = (f["type"], f["category"], int(f["count"]))
            if key in seen:
                problems.append(f"{g['doc']}: duplicate gold figure {key}")
            seen[key] = True
        if not os.path.exists(os.path.join(texts_dir, g["doc"])):
            problems.append(f"{g['doc']}: no such text in texts/")
    for fname in sorted(os.listdir(texts_dir)):
        if fname.endswith(".txt") and fname not in {g["doc"] for g in gold}:
            problems.append(f"{fname}: text without gold")

    fd, pred_path = tempfile.mkstemp(prefix="pub_selfcheck_", suffix=".jsonl")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for g in gold:
                records = [figure_record(f) for f in g.get("figures", [])]
                records += [place_record(p) for p in g.get("places", []) + g.get("optional_places", [])]
                fh.write(json.dumps({"doc": g["doc"], "published": g.get("published"),
                                     "records": records}) + "\n")
        run = subprocess.run([sys.executable, SCORER, gold_path, pred_path, "--json"],
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

    line = (f"{set_name}: documents {summary['documents']}  figures F1 {figs['f1']} (tp {figs['tp']})  "
            f"places F1 {places['f1']} (tp {places['tp']})  attributes "
            + " ".join(f"{k} {v}" for k, v in attrs.items()))
    if problems:
        print("selfcheck FAILED: " + line)
        for p in problems:
            print("  - " + p)
        return False
    print("selfcheck OK: " + line)
    return True


def main():
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(HERE, "data"), help="folder restore.py wrote (default ./data)")
    a = ap.parse_args()
    results = [check_set(name, a.data) for name in SETS]
    if not all(results):
        sys.exit(1)


if __name__ == "__main__":
    main()
