"""``python -m dashboard extract [--format table|jsonl] FILE...``"""
from __future__ import annotations

import json
import sys
from datetime import date


def register(sub):
    p = sub.add_parser(
        "extract", help="extract records from articles and print them",
        description="Read articles (.txt, .md, .html; files, folders or globs) and print their "
                    "records. Example: python -m dashboard extract --format jsonl assets/sample/*.txt")
    p.add_argument("paths", nargs="+", metavar="FILE", help="files, folders or globs")
    p.add_argument("--format", choices=["table", "jsonl"], default="table",
                   help="table for people (default); jsonl: one JSON object per file (the eval contract)")
    p.add_argument("--published", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                   help="publication date for files that do not carry one")
    p.add_argument("--source", default=None, help="the outlet's name, kept with every record")
    p.add_argument("--types", default=None,
                   help="comma-separated record types to print (default: all)")
    p.set_defaults(func=run)


def run(args) -> int:
    """Every input answered under its own name: its records, or an error on stderr.
    Files with identical text are extracted once and printed under each one's name."""
    from dataclasses import replace

    from ..documents import load_many
    from ..errors import printable
    from ..extract import extract_batch

    docs, failed = [], 0
    for path, doc, err in load_many(args.paths, source=args.source):
        if err is not None:
            print(f"error: {printable(path)}: {printable(getattr(err, 'reason', err))}", file=sys.stderr)
            failed += 1
            continue
        if args.published and doc.published is None:
            doc = replace(doc, published=args.published, published_from="caller")
        docs.append(doc)
    unique = list({d.doc_id: d for d in reversed(docs)}.values())[::-1]   # first of each text
    results = extract_batch(unique)
    types = set(args.types.split(",")) if args.types else None
    out = sys.stdout
    for doc in docs:
        d, recs = results[doc.doc_id]
        if d.name != doc.name:   # the same text under another name: this input's own name
            d = replace(d, name=doc.name, path=doc.path)
            recs = [replace(r, doc=doc.name) for r in recs]
        if types:
            recs = [r for r in recs if r.type in types]
        if args.format == "jsonl":
            out.write(json.dumps({"doc": d.name, "doc_id": d.doc_id, "title": d.title,
                                  "published": d.published.isoformat() if d.published else None,
                                  "published_from": d.published_from,
                                  "records": [r.to_dict() for r in recs]}, ensure_ascii=False) + "\n")
        else:
            _table(d, recs, out)
    return 1 if failed else 0


def _table(doc, recs, out) -> None:
    pub = doc.published.isoformat() if doc.published else "no date"
    from ..errors import printable

    out.write(f"\n{printable(doc.name)}  ({pub}{', ' + doc.published_from if doc.published_from else ''})  {doc.title[:70]}\n")
    rows = []
    for r in recs:
        if r.type in ("casualty", "weapon"):
            what = f"{r.category}" + (f" [{r.role}]" if r.role else "") + (f" {r.model}" if r.model else "")
            n = "?" if r.count is None else str(r.count)
            q = "" if r.qualifier in (None, "exact") else r.qualifier
            where = r.place or ("(war-wide)" if r.scope == "war" else "(rate)" if r.scope == "rate" else "")
            rows.append((r.type, what, f"{q} {n}".strip(), r.date or "", where, r.source or "", r.evidence))
        elif r.type == "place":
            rows.append(("place", r.name or "", r.precision or "", "", f"{r.lat:.3f},{r.lon:.3f}" if r.lat is not None else "?",
                         r.country or "", r.evidence))
    widths = [8, 28, 14, 10, 22, 28, 40]
    for row in rows:
        cells = [str(c)[:w].ljust(w) for c, w in zip(row, widths)]
        out.write("  " + " ".join(cells).rstrip() + "\n")
    if not rows:
        out.write("  (no records)\n")
