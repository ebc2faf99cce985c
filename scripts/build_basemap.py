"""Build the offline basemap once: Natural Earth country outlines as GeoJSON.

Input: ``countries-50m.json`` (or 110m) from the npm package ``world-atlas``
(Natural Earth data, public domain; package ISC). Get it with::

    cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz

Then::

    python scripts/build_basemap.py /tmp/package/countries-50m.json static/basemap/countries.geojson

What it does: decodes the TopoJSON arcs (quantised, delta-encoded), moves the Crimean
peninsula from Russia's multipolygon to Ukraine's (the internationally recognised
border), drops empty or degenerate rings (an empty polygon makes MapLibre fail with
"Map error"), rounds coordinates to 2 decimals and writes a compact GeoJSON
FeatureCollection with ``properties.name``, inner arc points thinned to ~8 km. Output is committed under ``static/``
and served by Streamlit at ``app/static/basemap/countries.geojson``.
"""
from __future__ import annotations

import json
import sys

# Crimea's bounding box (lon, lat); Russia's polygons wholly inside it go to Ukraine.
CRIMEA_BBOX = (32.4, 44.3, 36.7, 46.3)
DECIMALS = 2
TOLERANCE = 0.08   # degrees (~8 km): an arc's inner points closer than this to the last kept go


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Absolute (lon, lat) points of every arc, undoing quantisation and deltas."""
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        pts, x, y = [], 0, 0
        for p in arc:
            if tr:
                x, y = x + p[0], y + p[1]
                pts.append((x * tr["scale"][0] + tr["translate"][0],
                            y * tr["scale"][1] + tr["translate"][1]))
            else:
                pts.append((p[0], p[1]))
        arcs.append(thin(pts))
    return arcs


def thin(pts, tol: float = TOLERANCE):
    """Drop an arc's inner points closer than ``tol`` to the last kept one (ends stay,
    so countries that share the arc still meet)."""
    if len(pts) <= 2:
        return pts
    out = [pts[0]]
    for x, y in pts[1:-1]:
        if abs(x - out[-1][0]) + abs(y - out[-1][1]) >= tol:
            out.append((x, y))
    out.append(pts[-1])
    return out


def ring(arc_ids: list[int], arcs) -> list[tuple[float, float]]:
    """Join arcs into one ring; a negative id means the arc reversed (~i)."""
    out: list[tuple[float, float]] = []
    for i in arc_ids:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts[1:] if out else pts)
    return out


def clean(r):
    """Round and drop repeated points; None when fewer than 4 points remain."""
    pts = []
    for x, y in r:
        p = [round(x, DECIMALS), round(y, DECIMALS)]
        if not pts or p != pts[-1]:
            pts.append(p)
    if len(pts) >= 3 and pts[0] != pts[-1]:
        pts.append(pts[0])
    return pts if len(pts) >= 4 else None


def polygons(geom, arcs) -> list[list[list]]:
    """A geometry as a list of polygons (each a list of cleaned rings)."""
    if geom.get("type") == "Polygon":
        parts = [geom["arcs"]]
    elif geom.get("type") == "MultiPolygon":
        parts = geom["arcs"]
    else:
        return []
    out = []
    for poly in parts:
        rings = [clean(ring(r, arcs)) for r in poly]
        if rings and rings[0] is not None:
            out.append([r for r in rings if r is not None])
    return out


def inside(poly, bbox) -> bool:
    xs = [p[0] for p in poly[0]]
    ys = [p[1] for p in poly[0]]
    return min(xs) >= bbox[0] and max(xs) <= bbox[2] and min(ys) >= bbox[1] and max(ys) <= bbox[3]


def build(topo: dict) -> dict:
    """The FeatureCollection, Crimea drawn as Ukraine."""
    arcs = decode_arcs(topo)
    feats = {}
    for g in topo["objects"]["countries"]["geometries"]:
        name = g.get("properties", {}).get("name") or str(g.get("id"))
        polys = polygons(g, arcs)
        if polys:
            feats[name] = polys
    moved = [p for p in feats.get("Russia", []) if inside(p, CRIMEA_BBOX)]
    if moved:
        feats["Russia"] = [p for p in feats["Russia"] if not inside(p, CRIMEA_BBOX)]
        feats["Ukraine"] = feats.get("Ukraine", []) + moved
    print(f"moved {len(moved)} polygon(s) of Crimea from Russia to Ukraine", file=sys.stderr)
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": n},
         "geometry": {"type": "MultiPolygon", "coordinates": p}}
        for n, p in sorted(feats.items())]}


def main(argv=None) -> int:
    argv = argv if argv is not None else sys.argv[1:]
    if len(argv) != 2:
        print(__doc__)
        return 2
    with open(argv[0], encoding="utf-8") as f:
        fc = build(json.load(f))
    with open(argv[1], "w", encoding="utf-8") as f:
        json.dump(fc, f, separators=(",", ":"))
    print(f"wrote {len(fc['features'])} countries to {argv[1]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
