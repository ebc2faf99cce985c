"""``python -m dashboard export``: events or records as CSV, GeoJSON or JSON lines.

CSV uses ACLED's column names where they apply (event_date, location, admin1, latitude,
longitude, geo_precision, fatalities, source, notes). GeoJSON is a FeatureCollection of
Points in lon/lat order with flat properties, so it opens in QGIS as it is.
"""
from __future__ import annotations

import sys

from ..exports import clean  # noqa: F401 - the events listing formats values with it

EXAMPLE = ("example: python -m dashboard export --format geojson --from 2025-04-01 "
           "--country UA --type casualty -o kyiv.geojson")


def add_db_arg(p) -> None:
    p.add_argument("--db", metavar="PATH|URL", default=None,
                   help="store: a DuckDB file or postgresql://user:pass@host:port/db "
                        "(default: $DASHBOARD_DB, else data/dashboard.duckdb)")


def _date(value: str) -> str:
    """argparse type: an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), kept as text."""
    import argparse

    from ..filters import parse_date

    if parse_date(value) is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use YYYY-MM-DD)")
    return value


def add_filter_args(p) -> None:
    """The app's filters as options (each list option may be repeated)."""
    g = p.add_argument_group("filters (the same as the app's sidebar and URL)")
    g.add_argument("--from", dest="date_from", metavar="DATE", type=_date,
                   help="on or after (YYYY-MM-DD)")
    g.add_argument("--to", dest="to", metavar="DATE", type=_date, help="on or before (YYYY-MM-DD)")
    for opt, help_ in (("country", "ISO country code (UA)"), ("admin1", "region / oblast"),
                       ("place", "place name"), ("type", "record type: casualty, weapon, place ..."),
                       ("category", "killed, injured, missile, drone ..."),
                       ("weapon", "weapon category or model (drone, Shahed-136)"),
                       ("source", "outlet or article file name")):
        g.add_argument(f"--{opt}", action="append", metavar="VALUE", help=help_)


def register(sub):
    p = sub.add_parser("export", help="write events or records as CSV, GeoJSON or JSON lines",
                       description=__doc__.split("\n\n")[1].replace("\n", " "), epilog=EXAMPLE)
    p.add_argument("--format", choices=["csv", "geojson", "jsonl", "json"], default="csv")
    p.add_argument("--level", choices=["events", "records"], default="events",
                   help="one row per event (default) or per extracted record")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    add_db_arg(p)
    add_filter_args(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..exports import render
    from ..filters import Filter
    from ..store import Store

    store = Store(args.db, must_exist=True)
    flt = Filter.from_args(args)
    if args.level == "events":
        df = store.events_df(flt)
        comps = store.comparisons_df(flt) if args.format == "jsonl" else None
    else:
        df, comps = store.records_df(flt), None
    text = render(df, args.format, args.level, comparisons=comps)
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8", newline="") as f:
                f.write(text)
        except OSError as e:
            print(f"error: {args.output}: cannot write ({e.strerror or e})", file=sys.stderr)
            return 1
        print(f"wrote {len(df)} {args.level} to {args.output} ({flt.describe()})", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
