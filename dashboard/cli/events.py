"""``python -m dashboard events``: the events in the store, with sources and comparisons.

Each event shows its date (``~`` when inferred from a matching article), place, kind and
sources, then every figure: the combined low/best/high and each source's own value with
its qualifier, and whether the sources agree.
"""
from __future__ import annotations

import sys

from .export import add_db_arg, add_filter_args, clean

QUAL = {"at_least": "at least ", "more_than": "over ", "about": "about ", "up_to": "up to "}


def register(sub):
    p = sub.add_parser("events", help="list events with their sources and figure comparisons",
                       description=__doc__.split("\n\n")[1].replace("\n", " "),
                       epilog="example: python -m dashboard events --place Kyiv --from 2025-04-01")
    add_db_arg(p)
    p.add_argument("--format", choices=["text", "json", "jsonl", "csv"], default="text",
                   help="text for people (default); json/jsonl: events with their figures and "
                        "sources (the export schema); csv: one row per event (ACLED columns)")
    p.add_argument("--limit", type=int, default=None, help="show at most N events")
    add_filter_args(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..filters import Filter
    from ..store import Store

    store = Store(args.db, must_exist=True)
    flt = Filter.from_args(args)
    events = store.events_df(flt)
    comps = store.comparisons_df(flt)
    if args.limit is not None:
        events = events.head(args.limit)
    if args.format == "text":
        sys.stdout.write(render(events, comps))
    else:
        from ..exports import render as export

        comps = comps[comps["event_id"].isin(set(events["event_id"]))] if len(comps) else comps
        sys.stdout.write(export(events, args.format, "events",
                                comparisons=comps if args.format != "csv" else None))
    print(f"{len(events)} events ({flt.describe()})", file=sys.stderr)
    return 0


def _num(x) -> str:
    x = clean(x)
    return "-" if x is None else str(x)


def render(events, comps) -> str:
    """The readable listing."""
    out = []
    by_event = {k: g for k, g in comps.groupby("event_id")} if len(comps) else {}
    for ev in events.to_dict("records"):
        date = clean(ev["date"]) or "undated"
        if clean(ev["date_inferred"]):
            date = f"~{date} (inferred)"
        where = clean(ev["place"]) or "unknown place"
        extra = ", ".join(x for x in (clean(ev["admin1"]), clean(ev["country"])) if x)
        out.append(f"{date}  {where}{f' ({extra})' if extra else ''}  {ev['kind']}"
                   f"{'  [sources disagree]' if clean(ev['disagreement']) else ''}")
        out.append(f"  {ev['event_id']}  {ev['n_sources']} source(s): {ev['sources']}")
        g = by_event.get(ev["event_id"])
        if g is None:
            out.append("")
            continue
        for figure, rows in g.groupby("figure", sort=True):
            first = rows.iloc[0]
            out.append(f"  {figure:<34} best {_num(first.combined_best):>6}  "
                       f"low {_num(first.combined_low):>6}  high {_num(first.combined_high):>6}"
                       f"  {'agree' if clean(first.consistent) else 'DISAGREE'}")
            for r in rows.itertuples():
                q = QUAL.get(clean(r.qualifier) or "", "")
                value = f"{q}{_num(r.count)}"
                out.append(f"      {value:<14} {r.outlet}: \u201c{clean(r.evidence) or ''}\u201d")
            note = clean(first.note)
            if note and not note.startswith(("sources agree", "consistent")):
                out.append(f"      note: {note}")
        out.append("")
    return "\n".join(out) + ("\n" if out else "")
