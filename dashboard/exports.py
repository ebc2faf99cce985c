"""One export schema for events and records, shared by the command line and the app.

``render(df, fmt, level, comparisons=None) -> str`` writes a store frame
(``Store.events_df`` / ``Store.records_df``) as:

- ``csv``: ACLED's column names where they apply (event_date, location, admin1, latitude,
  longitude, geo_precision, fatalities, source, notes), one row per event or record;
- ``geojson``: a FeatureCollection of Points in lon/lat order with flat properties (the
  same columns), so it opens in QGIS as it is;
- ``jsonl`` / ``json``: the same columns as objects (one per line, or one array); an event
  also carries ``figures``: each figure's combined low/best/high and every source's own
  value with its evidence (from ``Store.comparisons_df``), when ``comparisons`` is given.

The app's download buttons call :func:`render` (or :func:`event_objects`) with the frames
a page shows, so a file downloaded from the app and one written by ``python -m dashboard
export`` or ``events --format`` have the same columns.
"""
from __future__ import annotations

import json
import math

FORMATS = ("csv", "geojson", "jsonl", "json")
# ACLED geo_precision: 1 = the town itself, 2 = near a town / part of a region, 3 = a region
GEO_PRECISION = {"landmark": 1, "district": 1, "city": 1, "region": 3, "country": 3}
SOURCE_FIELDS = ["outlet", "doc", "published", "count", "low", "high", "qualifier", "evidence",
                 "mentions"]


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
        return pd.DataFrame({
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
    out = df.rename(columns={"date": "event_date", "place": "location", "lat": "latitude",
                             "lon": "longitude", "source": "reported_by"})
    out["geo_precision"] = out["precision"].map(GEO_PRECISION)
    out["fatalities"] = out["count"].where(out["category"] == "killed")
    out["source"] = out["outlet"].where(out["outlet"].notna(), out["doc"])
    out["notes"] = out["evidence"]
    return out


def event_objects(events, comparisons=None) -> list[dict]:
    """Events as objects of the export schema, each with its ``figures`` when
    ``comparisons`` is given."""
    objs = rows(acled_frame(events, "events"))
    if comparisons is None:
        return objs
    by_event: dict = {}
    for c in rows(comparisons):
        figs = by_event.setdefault(c["event_id"], {})
        f = figs.setdefault(c["figure"], {
            "figure": c["figure"], "low": c["combined_low"], "best": c["combined_best"],
            "high": c["combined_high"], "consistent": c["consistent"], "note": c["note"],
            "sources": []})
        f["sources"].append({k: c.get(k) for k in SOURCE_FIELDS})
    for o in objs:
        o["figures"] = list(by_event.get(o["event_id"], {}).values())
    return objs


def render(df, fmt: str, level: str, comparisons=None) -> str:
    """The whole export as text (``comparisons``: nested figures for json/jsonl events)."""
    if fmt == "csv":
        return acled_frame(df, level).to_csv(index=False) if len(df) else \
            acled_frame(df.iloc[:0], level).to_csv(index=False)
    if fmt in ("jsonl", "json"):
        objs = event_objects(df, comparisons) if level == "events" else rows(acled_frame(df, level))
        if fmt == "json":
            return json.dumps(objs, ensure_ascii=False, indent=1) + "\n"
        return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)
    if fmt == "geojson":
        return json.dumps(geojson(df, level), ensure_ascii=False) + "\n"
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")


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
