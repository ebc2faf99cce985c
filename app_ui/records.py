"""Small frame helpers the pages share (column choices, evidence per event, GeoJSON)."""
from __future__ import annotations

import json
import math

FIGURE_COLUMNS = ["date", "place", "type", "category", "count", "low", "high", "qualifier", "group",
                  "model", "role", "source", "outlet", "doc", "evidence", "sentence"]
RECORD_COLUMNS = ["type", "date", "place", "name", "country", "admin1", "precision", "category", "count",
                  "low", "high", "qualifier", "model", "role", "source", "text", "outlet", "doc",
                  "evidence", "sentence", "lat", "lon", "event_id"]


def figure_columns(df) -> list[str]:
    return [c for c in FIGURE_COLUMNS if c in df.columns]


def record_columns(df) -> list[str]:
    return [c for c in RECORD_COLUMNS if c in df.columns]


def evidence_by_event(comparisons) -> dict:
    """event_id -> the sentence of its first casualty figure (else of its first figure)."""
    if comparisons is None or not len(comparisons):
        return {}
    first = comparisons.drop_duplicates("event_id")
    out = dict(zip(first["event_id"], first["sentence"]))
    cas = comparisons[comparisons["figure"].isin(["killed", "injured", "missing"])].drop_duplicates("event_id")
    out.update(zip(cas["event_id"], cas["sentence"]))
    return out


def _clean(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if hasattr(v, "isoformat"):
        return v.isoformat()
    if hasattr(v, "item"):
        return v.item()
    return v


def to_geojson(df) -> str:
    """Records with coordinates as a GeoJSON FeatureCollection (other columns as properties)."""
    feats = []
    if len(df):
        for row in df.to_dict("records"):
            lat, lon = _clean(row.get("lat")), _clean(row.get("lon"))
            if lat is None or lon is None:
                continue
            props = {k: _clean(v) for k, v in row.items() if k not in ("lat", "lon", "extra")}
            feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                          "properties": props})
    return json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False, default=str)
