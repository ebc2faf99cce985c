"""``python -m dashboard export``: events or records as CSV, GeoJSON or JSON lines.

CSV uses ACLED's column names where they apply (event_date, location, admin1, latitude,
longitude, geo_precision, fatalities, source, notes). GeoJSON is a FeatureCollection of
Points in lon/lat order with flat properties, so it opens in QGIS as it is.
"""
from __future__ import annotations

import json
import math
import sys

# ACLED geo_precision: 1 = the town itself, 2 = near a town / part of a region, 3 = a region
GEO_PRECISION = {"landmark": 1, "district": 1, "city": 1, "region": 3, "country": 3}
EXAMPLE = ("example: python -m dashboard export --format geojson --from 2025-04-01 "
           "--country UA --type casualty -o kyiv.geojson")


def add_db_arg(p) -> None:
    p.add_argument("--db", metavar="PATH", default=None,
                   help="store file (default: $DASHBOARD_DB or data/dashboard.duckdb)")


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
    p.add_argument("--format", choices=["csv", "geojson", "jsonl"], default="csv")
    p.add_argument("--level", choices=["events", "records"], default="events",
                   help="one row per event (default) or per extracted record")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    add_db_arg(p)
    add_filter_args(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..filters import Filter
    from ..store import Store

    store = Store(args.db)
    flt = Filter.from_args(args)
    df = store.events_df(flt) if args.level == "events" else store.records_df(flt)
    text = render(df, args.format, args.level)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        print(f"wrote {len(df)} {args.level} to {args.output} ({flt.describe()})", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def clean(value):
    """A JSON-safe scalar: None for missing values, ISO strings for dates."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        if value != value:   # pandas NA / NaT
            return None
    except (TypeError, ValueError):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10] if hasattr(value, "hour") and not (
            value.hour or value.minute) else value.isoformat()
    if hasattr(value, "item"):   # numpy scalars
        return value.item()
    return value


def rows(df) -> list[dict]:
    return [{k: clean(v) for k, v in r.items()} for r in df.to_dict("records")]


def acled_frame(df, level: str):
    """The frame with ACLED's column names where a column has an ACLED meaning."""
    import pandas as pd

    if level == "events":
        out = pd.DataFrame({
            "event_id": df["event_id"], "event_date": df["date"], "event_type": df["kind"],
            "country": df["country"], "admin1": df["admin1"], "location": df["place"],
            "latitude": df["lat"], "longitude": df["lon"],
            "geo_precision": df["precision"].map(GEO_PRECISION), "precision": df["precision"],
            "fatalities": df["killed_best"], "fatalities_low": df["killed_low"],
            "fatalities_high": df["killed_high"], "injuries": df["injured_best"],
            "missiles": df["missiles_best"], "drones": df["drones_best"],
            "weapons": df["weapons"], "source": df["sources"].str.replace(", ", "; "),
            "source_count": df["n_sources"], "date_inferred": df["date_inferred"],
            "disagreement": df["disagreement"], "notes": df["title"]})
        return out
    out = df.rename(columns={"date": "event_date", "place": "location", "lat": "latitude",
                             "lon": "longitude", "source": "reported_by", "precision": "precision"})
    out["geo_precision"] = out["precision"].map(GEO_PRECISION)
    out["fatalities"] = out["count"].where(out["category"] == "killed")
    out["source"] = out["outlet"].where(out["outlet"].notna(), out["doc"])
    out["notes"] = out["evidence"]
    return out


def render(df, fmt: str, level: str) -> str:
    """The whole export as text."""
    if fmt == "csv":
        return acled_frame(df, level).to_csv(index=False) if len(df) else \
            acled_frame(df.iloc[:0], level).to_csv(index=False)
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows(df))
    return json.dumps(geojson(df, level), ensure_ascii=False) + "\n"


def geojson(df, level: str) -> dict:
    """A FeatureCollection of Points (rows without coordinates are left out)."""
    feats = []
    for r in rows(acled_frame(df, level)):
        lat, lon = r.pop("latitude", None), r.pop("longitude", None)
        if lat is None or lon is None:
            continue
        props = {k: v for k, v in r.items() if not isinstance(v, (dict, list))}
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                      "properties": props})
    return {"type": "FeatureCollection", "features": feats}
