"""The events map: an offline MapLibre style (served Natural Earth layers, town labels that
appear as you zoom) with the events drawn twice over:

- as *bubbles* in the style itself: a GeoJSON source clustered by MapLibre, so at low zoom
  nearby events merge into one bubble labelled with its number of events and total killed
  + injured (``clusterProperties``), splitting as you zoom in; a bubble's radius grows with
  the square root of the casualties and with the zoom, so sizes read at every zoom;
- as small *dots* (Plotly ``Scattermap`` traces, one per kind, one colour each): the
  handles for hover (figures and their sources first) and for click, box and lasso
  selection. Coarse events (known only to a region or country) get a hollow ring instead of
  a dot: their precision stays visible.

Everything is offline by default: the style has no ``glyphs`` URL, so MapLibre draws label
text with the browser's own fonts; ``tiles="osm"`` puts online raster tiles underneath
(the app says when they cannot be reached).
"""
from __future__ import annotations

import hashlib
import json
import math
from typing import Optional

from .text import COARSE, _floats, _go, _num_nan, kind_colour

MAX_ZOOM = {"landmark": 12.0, "district": 11.0, "city": 6.5, "region": 5.5, "country": 4.0}
CLUSTER_MAX_ZOOM = 7          # bubbles merge below this zoom, one per event above
CLUSTER_RADIUS = 45           # px
SEA, LAND, BORDER, REGION, WATER = "#dce8f0", "#f7f5f0", "#7d7d7d", "#b9ad97", "#a7c4dc"
ONLINE_TILES = {"osm": ("https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                        "© OpenStreetMap contributors")}
# (rank, minzoom, text size): capitals first, then bigger towns as you zoom in
LABEL_RANKS = ((1, 2.0, 12), (2, 3.5, 11), (3, 5.0, 11), (4, 6.0, 10), (5, 7.0, 10))


def fit_view(lats, lons, precisions=None) -> tuple[dict, float]:
    """Centre and zoom that fit the points (country scale down to a district). The zoom
    never goes finer than the finest precision among the points."""
    pts = [(a, o) for a, o in zip(lats, lons) if not (math.isnan(_num_nan(a)) or math.isnan(_num_nan(o)))]
    if not pts:
        return {"lat": 48.5, "lon": 31.5}, 4.3   # Ukraine
    la = sorted(p[0] for p in pts)
    lo = sorted(p[1] for p in pts)
    if len(pts) >= 50:          # a few far-away events do not zoom the whole map out
        cut = len(pts) // 50
        la, lo = la[cut:len(la) - cut], lo[cut:len(lo) - cut]
    span = max(max(la) - min(la), (max(lo) - min(lo)) / 1.5, 0.05)
    cap = max((MAX_ZOOM.get(str(p), 6.5) for p in precisions), default=11.0) if precisions is not None else 11.0
    zoom = max(1.0, min(cap, math.log2(360 / span) - 1.3))
    return {"lat": (max(la) + min(la)) / 2, "lon": (max(lo) + min(lo)) / 2}, round(zoom, 2)


def basemap_style(base_url: str, tiles: Optional[str] = None, bubbles: Optional[dict] = None,
                  key: str = "") -> dict:
    """The MapLibre style: sea, land, lakes, rivers, region lines, country borders and town
    labels from ``base_url`` (the app's ``static/basemap/``), online raster ``tiles``
    underneath when asked, and the clustered casualty ``bubbles`` (a GeoJSON dict)."""
    base = base_url.rstrip("/") + "/"
    src = {n: {"type": "geojson", "data": f"{base}{n}.geojson"}
           for n in ("countries", "admin1", "rivers", "lakes", "places")}
    layers = [{"id": "sea", "type": "background", "paint": {"background-color": SEA}}]
    if tiles in ONLINE_TILES:
        url, attribution = ONLINE_TILES[tiles]
        src["tiles"] = {"type": "raster", "tiles": [url], "tileSize": 256, "attribution": attribution}
        layers.append({"id": "tiles", "type": "raster", "source": "tiles"})
    else:
        layers += [{"id": "land", "type": "fill", "source": "countries", "paint": {"fill-color": LAND}},
                   {"id": "lakes", "type": "fill", "source": "lakes", "paint": {"fill-color": SEA}},
                   {"id": "rivers", "type": "line", "source": "rivers", "minzoom": 3,
                    "paint": {"line-color": WATER, "line-width": ["interpolate", ["linear"], ["zoom"], 3, 0.5, 8, 1.6]}}]
    layers += [{"id": "admin1", "type": "line", "source": "admin1", "minzoom": 2.5,
                "paint": {"line-color": REGION, "line-dasharray": [3, 2],
                          "line-width": ["interpolate", ["linear"], ["zoom"], 3, 0.5, 8, 1.2]}},
               {"id": "borders", "type": "line", "source": "countries",
                "paint": {"line-color": BORDER, "line-width": ["interpolate", ["linear"], ["zoom"], 1, 0.5, 8, 1.6]}}]
    for rank, minzoom, size in LABEL_RANKS:
        layers.append({"id": f"labels-{rank}", "type": "symbol", "source": "places", "minzoom": minzoom,
                       "filter": ["==", ["get", "rank"], rank],
                       "layout": {"text-field": ["get", "name"], "text-size": size,
                                  "text-font": ["Noto Sans Regular"], "text-variable-anchor": ["top", "bottom", "left", "right"],
                                  "text-radial-offset": 0.4, "text-max-width": 8},
                       "paint": {"text-color": "#333333" if rank == 1 else "#555555", "text-halo-color": "#ffffff",
                                 "text-halo-width": 1.3}})
    if bubbles is not None:
        src["events"] = {"type": "geojson", "data": bubbles, "cluster": True, "clusterRadius": CLUSTER_RADIUS,
                         "clusterMaxZoom": CLUSTER_MAX_ZOOM,
                         "clusterProperties": {"toll": ["+", ["get", "toll"]], "n": ["+", ["get", "n"]]}}
        layers += _bubble_layers()
    # a new id for new content: Plotly restyles the map only when the style's id changes
    content = key if key else json.dumps(bubbles, sort_keys=True, default=str)
    digest = hashlib.sha1(f"{base}|{tiles}|{content}".encode()).hexdigest()[:12]
    return {"version": 8, "id": f"dashboard-{digest}", "name": "dashboard offline", "sources": src, "layers": layers}


BUBBLE_BASE, BUBBLE_SLOPE, BUBBLE_MAX = 3.0, 1.3, 45.0
ZOOM_FACTORS = ((2, 0.6), (10, 1.6))     # bubbles grow as you zoom in


def bubble_radius_px(toll: float, zoom: float) -> float:
    """The radius a bubble of ``toll`` casualties has at ``zoom`` (the legend uses it too)."""
    (z0, f0), (z1, f1) = ZOOM_FACTORS
    f = f0 + (min(max(zoom, z0), z1) - z0) / (z1 - z0) * (f1 - f0)
    return min(BUBBLE_MAX, f * (BUBBLE_BASE + BUBBLE_SLOPE * math.sqrt(max(toll, 0))))


def _radius_expr(minimum: float = 0) -> list:
    """The same radius as a MapLibre expression (zoom at the top, as MapLibre requires)."""
    base = ["+", BUBBLE_BASE, ["*", BUBBLE_SLOPE, ["sqrt", ["max", ["get", "toll"], 0]]]]
    stops = []
    for z, f in ZOOM_FACTORS:
        stops += [z, ["min", BUBBLE_MAX, ["max", minimum, ["*", f, base]]]]
    return ["interpolate", ["linear"], ["zoom"], *stops]


def _bubble_layers() -> list:
    return [
        {"id": "bubbles-cluster", "type": "circle", "source": "events", "filter": ["has", "point_count"],
         "paint": {"circle-radius": _radius_expr(9), "circle-color": "#c0392b", "circle-opacity": 0.22,
                   "circle-stroke-color": "#c0392b", "circle-stroke-width": 1, "circle-stroke-opacity": 0.6}},
        {"id": "bubbles-cluster-label", "type": "symbol", "source": "events", "filter": ["has", "point_count"],
         "layout": {"text-field": ["concat", ["to-string", ["get", "n"]], " events\n",
                                   ["to-string", ["get", "toll"]], " k+i"],
                    "text-size": 10, "text-font": ["Noto Sans Bold"], "text-allow-overlap": True,
                    "text-ignore-placement": True},
         "paint": {"text-color": "#7b241c", "text-halo-color": "#ffffff", "text-halo-width": 1.2}},
        {"id": "bubbles-event", "type": "circle", "source": "events", "filter": ["!", ["has", "point_count"]],
         "paint": {"circle-radius": _radius_expr(), "circle-color": ["get", "colour"],
                   "circle-opacity": ["case", ["get", "coarse"], 0.08, 0.25],
                   "circle-stroke-color": ["get", "colour"], "circle-stroke-width": 1,
                   "circle-stroke-opacity": 0.7}},
    ]


def bubbles_geojson(events) -> dict:
    """The events (or per-place sums) as clustered bubble points: toll, number of events,
    colour of the kind and whether the place is coarse."""
    import pandas as pd

    ev = events.dropna(subset=["lat", "lon"]) if len(events) else events
    if not len(ev):
        return {"type": "FeatureCollection", "features": []}
    toll = (_floats(ev, "killed_best").fillna(0) + _floats(ev, "injured_best").fillna(0)).astype(int)
    n = ev["n_events"].astype(int) if "n_events" in ev else pd.Series(1, index=ev.index)
    kinds = ev["kind"].astype("object").where(ev["kind"].notna(), "other").astype(str)
    colours = {k: kind_colour(k) for k in set(kinds)}
    coarse = ev["precision"].isin(COARSE) if "precision" in ev else pd.Series(False, index=ev.index)
    feats = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(float(lo), 4), round(float(la), 4)]},
              "properties": {"toll": int(t), "n": int(k), "colour": colours[kd], "coarse": bool(c)}}
             for la, lo, t, k, kd, c in zip(ev["lat"], ev["lon"], toll, n, kinds, coarse)]
    return {"type": "FeatureCollection", "features": feats}


def map_figure(events, hover, places=None, *, base_url: str = "app/static/basemap", tiles: Optional[str] = None,
               height: int = 600, center=None, zoom=None):
    """Events on the offline map.

    ``events``: one row per event (or per place when summed: ``n_events``), with lat, lon,
    kind, precision, killed/injured; ``hover``: the hover text of each row (see
    :func:`dashboard.charts.text.event_hovers`). Every dot carries ``customdata=[id]``
    (an event id, or ``place:<name>`` for a summed place) so a selection maps back.
    ``places``: optional grey dots of every place the articles name.
    """
    go = _go()
    fig = go.Figure()
    ev = events.dropna(subset=["lat", "lon"]).reset_index(drop=True) if len(events) else events
    if len(ev) != len(events):
        keep = events["lat"].notna() & events["lon"].notna()
        hover = [h for h, k in zip(hover, keep) if k]
    if places is not None and len(places):
        pl = places.dropna(subset=["lat", "lon"])
        fig.add_trace(go.Scattermap(
            _validate=False, lat=pl["lat"], lon=pl["lon"], mode="markers", name="places named", visible="legendonly",
            marker={"size": 5, "color": "#666666", "opacity": 0.6}, hoverinfo="text",
            text=(pl["name"].astype(str) + " (" + pl["precision"].astype(str) + "), named "
                  + pl["mentions"].astype(int).astype(str) + "×").tolist(),
            customdata=[[None]] * len(pl)))
    if len(ev):
        kinds = ev["kind"].astype("object").where(ev["kind"].notna(), "other").astype(str)
        coarse = ev["precision"].isin(COARSE)
        ids = ev["id"] if "id" in ev else ev["event_id"]
        for kind in sorted(set(kinds)):
            for is_coarse in (False, True):
                m = (kinds == kind) & (coarse == is_coarse)
                if not m.any():
                    continue
                colour = kind_colour(kind)
                fig.add_trace(go.Scattermap(
                    _validate=False, lat=ev.loc[m, "lat"], lon=ev.loc[m, "lon"], mode="markers",
                    name=kind.replace("_", " ") + (" (region or country only)" if is_coarse else ""),
                    showlegend=True,
                    marker={"size": 13 if is_coarse else 8, "color": colour,
                            "opacity": 0.45 if is_coarse else 0.95},
                    text=[hover[i] for i in m[m].index], hoverinfo="text",
                    hoverlabel={"align": "left"},
                    customdata=[[i] for i in ids[m]]))
    if not fig.data:
        fig.add_trace(go.Scattermap(_validate=False, lat=[], lon=[], mode="markers", name="no located events",
                                    showlegend=False, customdata=[]))
    if center is None or zoom is None:
        fit = ev if len(ev) else (places if places is not None and len(places) else ev)
        center, zoom = fit_view(list(fit["lat"]) if len(fit) else [], list(fit["lon"]) if len(fit) else [],
                                list(fit["precision"]) if len(fit) and "precision" in fit else None)
    fig.update_layout(
        map={"style": basemap_style(base_url, tiles, bubbles_geojson(ev),
                                    key=_content_key(ev)), "center": center, "zoom": zoom},
        height=height, margin={"l": 0, "r": 0, "t": 0, "b": 0},
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "title": {"text": "Kind:"}},
        dragmode="pan", clickmode="event+select")
    return fig


def _content_key(ev) -> str:
    """A cheap fingerprint of the drawn events (ids, positions and tolls)."""
    if not len(ev):
        return "none"
    ids = ev["id"] if "id" in ev else ev["event_id"]
    toll = _floats(ev, "killed_best").fillna(0) + _floats(ev, "injured_best").fillna(0)
    return hashlib.sha1("|".join(ids.astype(str)).encode()
                        + f"{ev['lat'].sum():.5f}{ev['lon'].sum():.5f}{toll.sum():.0f}".encode()).hexdigest()


def place_map_figure(lat, lon, precision: str, label: str, base_url: str, height: int = 260):
    """A small map of one place, at its precision: a pin for a town or district, a large
    translucent disc for a place known only to its region or country."""
    go = _go()
    coarse = precision in COARSE
    fig = go.Figure(go.Scattermap(_validate=False, lat=[lat], lon=[lon], mode="markers", hoverinfo="text", text=[label],
                                  marker={"size": 60 if coarse else 12, "color": "#c0392b",
                                          "opacity": 0.25 if coarse else 0.9}, showlegend=False))
    fig.update_layout(map={"style": basemap_style(base_url), "center": {"lat": lat, "lon": lon},
                           "zoom": {"country": 3.5, "region": 5.0, "city": 6.5}.get(precision, 9.0)},
                      height=height, margin={"l": 0, "r": 0, "t": 0, "b": 0})
    return fig
