"""The events map: offline basemap (served outlines) by default, precision visible."""
from __future__ import annotations

import html
import math
from typing import Optional

from .text import (BASEMAP_URL, COARSE, _go, _num, _num_nan, _text, hover_texts, kind_colour,
                   marker_sizes)

AGGREGATE_FROM = 1500   # more events than this: one marker per (place, kind), summed
SUMMED = ("killed_low", "killed_best", "killed_high", "injured_low", "injured_best", "injured_high",
          "missiles_best", "drones_best")
MAX_ZOOM = {"landmark": 12.0, "district": 11.0, "city": 6.5, "region": 5.5, "country": 4.0}


def fit_view(lats, lons, precisions=None) -> tuple[dict, float]:
    """Centre and zoom that fit the points (country scale down to a district). The zoom
    never goes finer than the finest precision among the points: one city-level event
    shows its country around it, a district zooms into the city."""
    pts = [(a, o) for a, o in zip(lats, lons) if not (math.isnan(_num_nan(a)) or math.isnan(_num_nan(o)))]
    if not pts:
        return {"lat": 48.5, "lon": 31.5}, 4.3   # Ukraine
    la = [p[0] for p in pts]
    lo = [p[1] for p in pts]
    span = max(max(la) - min(la), (max(lo) - min(lo)) / 1.5, 0.05)
    cap = max((MAX_ZOOM.get(str(p), 6.5) for p in precisions), default=11.0) if precisions is not None else 11.0
    zoom = max(1.0, min(cap, math.log2(360 / span) - 2.5))
    return {"lat": (max(la) + min(la)) / 2, "lon": (max(lo) + min(lo)) / 2}, round(zoom, 2)


def aggregate_events(events):
    """One row per (place, lat, lon, precision, kind): figures summed, ``n_events``,
    ``date`` as "first – last (N events)", the evidence of its deadliest event and
    ``event_id`` as the comma-joined ids (a selection still maps back to events).

    Thousands of points cost the browser more than the server (payload and WebGL
    redraw); a city struck a hundred times reads better as one bubble anyway.
    """
    import pandas as pd
    ev = events.dropna(subset=["lat", "lon"])
    if not len(ev):
        return ev
    ev = ev.assign(kind=ev["kind"].fillna("other").astype(str), precision=ev["precision"].fillna("?"),
                   place=ev["place"].fillna("?"), _cas=[_num(a) + _num(b) for a, b in
                                                       zip(ev.get("killed_best", [0] * len(ev)),
                                                           ev.get("injured_best", [0] * len(ev)))])
    keys = ["place", "lat", "lon", "precision", "kind"]
    ev = ev.sort_values("_cas", ascending=False)
    summed = [c for c in SUMMED if c in ev]
    ev = ev.assign(**{c: pd.to_numeric(ev[c], errors="coerce").fillna(0).astype(float) for c in summed})
    agg = {c: (c, "sum") for c in summed}
    agg.update(n_events=("event_id", "size"), event_id=("event_id", ",".join),
               first=("date", "min"), last=("date", "max"))
    if "evidence" in ev:
        agg["evidence"] = ("evidence", "first")
    out = ev.groupby(keys, as_index=False, sort=False).agg(**agg)
    out["date"] = [f"{a} – {b} ({n} events)" if n > 1 else f"{a}" for a, b, n in
                   zip(out["first"].fillna("undated"), out["last"].fillna("undated"), out["n_events"])]
    return out.drop(columns=["first", "last"])


def map_figure(events, places=None, *, tiles: Optional[str] = None,
               basemap_url: str = BASEMAP_URL, height: int = 560, aggregate_from: int = AGGREGATE_FROM):
    """Events on a map, sized by casualties, coloured by kind, coarse ones as discs.

    ``events``: events frame (needs lat, lon; uses place, precision, kind, date,
    killed/injured/... columns and an optional ``evidence`` sentence for the hover).
    ``places``: optional frame of place mentions (name/place, lat, lon, precision); the
    view fits the events, or these places when there is no event (a district chosen in
    the filters zooms to the district).
    Every event trace carries ``customdata=[event_id]`` so a selection maps back; above
    ``aggregate_from`` events, markers are per place and kind (:func:`aggregate_events`)
    and their ``event_id`` is a comma-joined list. ``tiles=None`` draws the offline basemap; a MapLibre style name uses online tiles.
    """
    go = _go()
    fig = go.Figure()
    ev = events.dropna(subset=["lat", "lon"]) if len(events) else events
    if len(ev) > aggregate_from:
        ev = aggregate_events(ev)
    if places is not None and len(places):
        pl = places.dropna(subset=["lat", "lon"])
        names = pl["name"] if "name" in pl else pl.get("place")
        fig.add_trace(go.Scattermap(
            lat=pl["lat"], lon=pl["lon"], mode="markers", name="places mentioned",
            marker={"size": 6, "color": "#7f7f7f", "opacity": 0.6},
            text=[f"{html.escape(_text(n))} ({_text(p)})" + (f", named {m:g} times" if _num(m) else "")
                  for n, p, m in zip(names, pl.get("precision", [""] * len(pl)), pl.get("mentions", [0] * len(pl)))],
            hoverinfo="text", customdata=[[None]] * len(pl)))
    for coarse in (True, False):
        part = ev[ev["precision"].isin(COARSE) == coarse] if len(ev) else ev
        if not len(part):
            continue
        for kind, grp in part.groupby(part["kind"].fillna("other").astype(str), sort=True):
            colour = kind_colour(kind)
            sizes = marker_sizes(grp)
            fig.add_trace(go.Scattermap(
                lat=grp["lat"], lon=grp["lon"], mode="markers",
                name=f"{kind} ({'region/country-level' if coarse else 'located'})",
                legendgroup=kind,
                marker={"size": [max(s, 40) for s in sizes] if coarse else sizes,
                        "color": colour, "opacity": 0.22 if coarse else 0.85},
                text=hover_texts(grp), hoverinfo="text",
                customdata=[[e] for e in grp["event_id"]]))
    if not fig.data:   # keep the map (not empty cartesian axes) when nothing has a place
        fig.add_trace(go.Scattermap(lat=[], lon=[], mode="markers", name="no located events",
                                    showlegend=False, customdata=[]))
    fit = ev if len(ev) else (places.dropna(subset=["lat", "lon"]) if places is not None and len(places) else ev)
    center, zoom = fit_view(list(fit["lat"]) if len(fit) else [], list(fit["lon"]) if len(fit) else [],
                            list(fit["precision"]) if len(fit) and "precision" in fit else None)
    layers = [] if tiles else [{"sourcetype": "geojson", "source": basemap_url, "type": "fill",
                                "color": "#f2efe9", "below": "traces"},
                               {"sourcetype": "geojson", "source": basemap_url, "type": "line",
                                "color": "#8a8a8a", "line": {"width": 0.8}, "below": "traces"}]
    fig.update_layout(
        map={"style": tiles or "white-bg", "center": center, "zoom": zoom, "layers": layers},
        height=height, margin={"l": 0, "r": 0, "t": 0, "b": 0},
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0},
        dragmode="select", clickmode="event+select")
    return fig
