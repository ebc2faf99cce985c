"""Score event building on a set of articles that tell the same attacks on different days.

A set is a folder with ``texts/``, ``gold.jsonl`` (per-article figure gold in the format of
``../shared/eval``) and ``events.jsonl``: one line per true event, the attack of the day and
the older attacks the articles mention in passing::

    {"event": "E1", "docs": ["e1_a.txt", ...], "date": "2025-10-17", "date_alternatives": [...],
     "lat": 46.48, "lon": 30.74, "tol_km": 30, "killed_best": 8, "older": false}

The articles go through the real pipeline (documents -> extract -> events in an in-memory
store). Each gold figure is assigned to the gold event whose articles, date (+-1 day, or the
month) and place (within its tolerance) it fits; the predicted record with the same type,
category and count in that article gives the predicted event it landed in. Then, per gold event:

- **split**: its figures landed in more than one predicted event;
- **merged**: a predicted event holds figures of two gold events (an older attack merged into
  today's);
- **date**, **place**, **killed**: the predicted event holding most of its figures has the
  gold date (+-1 day or an alternative), lies within the tolerance, and gives ``killed_best``.

``python -m dashboard.benchmarks.events_eval FOLDER...`` prints the table; ``score(folder)``
returns it for tests.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from datetime import date
from pathlib import Path


def _km(a, b) -> float:
    if None in (a[0], a[1], b[0], b[1]):
        return math.inf
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _date_ok(pred: str | None, gold_dates: list[str]) -> bool:
    if not isinstance(pred, str) or not pred:
        return False            # an undated event (None, or NaN read back from a frame)
    for g in gold_dates:
        if len(g) == 7 or len(pred) == 7:
            if pred[:7] == g[:7]:
                return True
            continue
        try:
            if abs((date.fromisoformat(pred[:10]) - date.fromisoformat(g)).days) <= 1:
                return True
        except ValueError:
            continue
    return False


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _gold_event_of(fig: dict, doc: str, events: list[dict]):
    """The gold event a gold figure counts for, or None (war-wide, undated)."""
    d = fig.get("event_date")
    if not d:
        return None
    cands = [e for e in events if doc in e["docs"] and _date_ok(d, [e["date"], *e.get("date_alternatives", [])])]
    if len(cands) > 1 and fig.get("lat") is not None:
        near = [e for e in cands if _km((fig["lat"], fig["lon"]), (e["lat"], e["lon"])) <= e["tol_km"]]
        cands = near or cands
    return cands[0]["event"] if cands else None


def score(folder: str | Path, store=None) -> dict:
    """Per gold event: found, split, merged, date, place, killed; and the totals."""
    from ..documents import load_path
    from ..store import Store

    folder = Path(folder)
    events = _jsonl(folder / "events.jsonl")
    gold = {g["doc"]: g for g in _jsonl(folder / "gold.jsonl")}
    store = store or Store(":memory:")
    store.ingest([load_path(p) for p in sorted((folder / "texts").glob("*.txt"))])
    recs = store.records_df()
    pred_events = {r["event_id"]: r for r in store.events_df().to_dict("records")}
    landed: dict[str, list[str]] = {e["event"]: [] for e in events}
    for doc, g in gold.items():
        drecs = recs[(recs["doc"] == doc) & recs["type"].isin(["casualty", "weapon"])]
        used = set()
        for fig in g.get("figures", []):
            ge = _gold_event_of(fig, doc, events)
            if ge is None:
                continue
            m = drecs[(drecs["type"] == fig["type"]) & (drecs["count"] == fig["count"])
                      & (drecs["category"].astype(str).str.replace("ballistic_", "").str.replace("cruise_", "")
                         == fig["category"].replace("ballistic_", "").replace("cruise_", ""))]
            m = m[~m.index.isin(used)]
            if len(m) and m.iloc[0]["event_id"] is not None and m.iloc[0]["event_id"] == m.iloc[0]["event_id"]:
                used.add(m.index[0])
                landed[ge].append(m.iloc[0]["event_id"])
    owners: dict[str, set] = {}
    for ge, ids in landed.items():
        for i in set(ids):
            owners.setdefault(i, set()).add(ge)
    rows = []
    for e in events:
        ids = Counter(landed[e["event"]])
        row = {"event": e["event"], "older": bool(e.get("older")), "found": bool(ids),
               "split": len(ids) > 1, "merged": any(len(owners[i]) > 1 for i in ids),
               "date": False, "place": False, "killed": False, "pred_killed": None}
        if ids:
            pe = pred_events.get(ids.most_common(1)[0][0], {})
            row["date"] = _date_ok(pe.get("date"), [e["date"], *e.get("date_alternatives", [])])
            row["place"] = _km((pe.get("lat"), pe.get("lon")), (e["lat"], e["lon"])) <= e["tol_km"]
            kb = pe.get("killed_best")
            row["pred_killed"] = None if kb is None or kb != kb else int(kb)
            row["killed"] = row["pred_killed"] == e.get("killed_best")
        rows.append(row)

    def share(key, sel):
        sel = [r for r in rows if sel(r)]
        return round(sum(1 for r in sel if r[key]) / len(sel), 3) if sel else None

    summary = {}
    for label, sel in (("current", lambda r: not r["older"]), ("older", lambda r: r["older"])):
        summary[label] = {"n": sum(1 for r in rows if sel(r)), "found": share("found", sel),
                          "not_split": share("split", sel) is not None and round(1 - share("split", sel), 3),
                          "not_merged": share("merged", sel) is not None and round(1 - share("merged", sel), 3),
                          "date": share("date", sel), "place": share("place", sel),
                          "killed": share("killed", sel)}
    return {"rows": rows, "summary": summary}


def run(args) -> None:
    for folder in args or []:
        res = score(folder)
        print(f"== {folder}")
        for r in res["rows"]:
            flags = [k for k in ("found", "date", "place", "killed") if not r[k]] + \
                [k for k in ("split", "merged") if r[k]]
            print(f"  {r['event']:12} {'older' if r['older'] else 'today':6} killed={r['pred_killed']!s:>5} "
                  f"{'ok' if not flags else 'MISS: ' + ', '.join(flags)}")
        for k, v in res["summary"].items():
            print(f"  {k:8} " + "  ".join(f"{a} {b}" for a, b in v.items()))


if __name__ == "__main__":   # python -m dashboard.benchmarks.events_eval FOLDER...
    import sys

    run(sys.argv[1:])
