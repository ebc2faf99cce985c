"""Plotly figure builders: pure functions from DataFrames to figures.

Every function takes the frames the store returns (``events_df``, ``comparisons_df``,
``records_df``, ``documents_df``; see ``dashboard.store``) and returns a
``plotly.graph_objects.Figure``. Nothing here reads files, the network or Streamlit,
so each builder is tested by looking at the figure's data.

The map is offline by default: ``map_style="white-bg"`` plus the country outlines the
app serves itself (``static/basemap/countries.geojson`` at ``app/static/...``); online
tiles are an option (``tiles="carto-positron"``). Precision stays visible: an event
placed only at a region or country is drawn as a large translucent disc, never as a
pin in a city.
"""
from __future__ import annotations

import html
import math
from typing import Optional

BASEMAP_URL = "app/static/basemap/countries.geojson"
COARSE = ("region", "country")        # precisions drawn as discs, not pins
CASUALTY_FIGURES = ("killed", "injured", "missing")
KIND_COLOURS = {
    "missile": "#d62728", "ballistic_missile": "#8c1c13", "drone": "#ff7f0e",
    "strike": "#9467bd", "shelling": "#8c564b", "attack": "#1f77b4",
}
OTHER_COLOUR = "#1f77b4"


def kind_colour(kind: str) -> str:
    """Colour of an event kind: exact name, else the first known word in it
    ("missile and drone strike" -> missile), else the default."""
    kind = str(kind or "")
    if kind in KIND_COLOURS:
        return KIND_COLOURS[kind]
    return next((c for k, c in KIND_COLOURS.items() if k in kind), OTHER_COLOUR)


def _go():
    import plotly.graph_objects as go
    return go


def _num(v) -> float:
    """A number, 0 for None/NaN/non-numbers."""
    try:
        f = float(v)
    except (TypeError, ValueError):
        return 0.0
    return 0.0 if math.isnan(f) else f


def _text(v) -> str:
    return "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)


def casualties(row) -> float:
    """Killed + injured (best estimates) of an event row."""
    return _num(row.get("killed_best")) + _num(row.get("injured_best"))


def marker_size(total: float) -> float:
    """Marker diameter in pixels grows with the square root of the casualties."""
    return 8 + 4 * math.sqrt(max(total, 0))


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


def _num_nan(v) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        return float("nan")


def _hover(row) -> str:
    parts = [f"<b>{_text(row.get('place')) or 'unknown place'}</b> ({_text(row.get('precision')) or '?'})",
             f"{_text(row.get('date')) or 'undated'} · {_text(row.get('kind'))}"]
    for fig in ("killed", "injured", "missiles", "drones"):
        best = row.get(f"{fig}_best")
        if _num(best):
            lo, hi = _num(row.get(f"{fig}_low")), _num(row.get(f"{fig}_high"))
            rng = f" ({lo:g}-{hi:g})" if lo and hi and lo != hi else ""
            parts.append(f"{fig}: {_num(best):g}{rng}")
    if _text(row.get("sources")):
        parts.append(f"sources: {_text(row.get('sources'))}")
    ev = _text(row.get("evidence"))
    if ev:
        parts.append("<i>" + _wrap(ev) + "</i>")
    return "<br>".join(parts)


def _col(df, name):
    """A column as strings ('' for missing), or '' everywhere when absent."""
    import pandas as pd
    if name not in df.columns:
        return pd.Series("", index=df.index)
    col = df[name]
    return col.astype("object").where(col.notna(), "").astype(str)


def _esc(series):
    """html.escape, vectorised."""
    return (series.str.replace("&", "&amp;", regex=False).str.replace("<", "&lt;", regex=False)
            .str.replace(">", "&gt;", regex=False).str.replace('"', "&quot;", regex=False))


def _wrap_series(series, width: int = 70, limit: int = 280):
    """_wrap for a whole column: cut, escape, break into hover lines."""
    cut = series.where(series.str.len() <= limit, series.str.slice(0, limit - 1) + "…")
    lines = _esc(cut).str.replace(r"(.{1,%d})(?:\s+|$)" % width, r"\1<br>", regex=True)
    return lines.str.replace(r"(?:<br>)+$", "", regex=True)


def _nums(df, name):
    import pandas as pd
    if name not in df.columns:
        return pd.Series(0.0, index=df.index)
    return pd.to_numeric(df[name], errors="coerce").fillna(0).astype(float)


def hover_texts(df) -> list[str]:
    """The hover text of every event row (what _hover gives, built column-wise: fast for
    thousands of events)."""
    if not len(df):
        return []
    place = _col(df, "place").replace("", "unknown place")
    prec = _col(df, "precision").replace("", "?")
    out = ("<b>" + _esc(place) + "</b> (" + prec + ")<br>" + _col(df, "date").replace("", "undated")
           + " · " + _esc(_col(df, "kind")))
    for fig in ("killed", "injured", "missiles", "drones"):
        best, lo, hi = _nums(df, f"{fig}_best"), _nums(df, f"{fig}_low"), _nums(df, f"{fig}_high")
        fmt = lambda x: x.map("{:g}".format)  # noqa: E731
        rng = ((lo > 0) & (hi > 0) & (lo != hi)).map({True: "x", False: ""})
        seg = "<br>" + fig + ": " + fmt(best) + rng.where(rng == "", " (" + fmt(lo) + "-" + fmt(hi) + ")")
        out = out + seg.where(best != 0, "")
    src = _esc(_col(df, "sources"))
    out = out + ("<br>sources: " + src).where(src != "", "")
    ev = _col(df, "evidence")
    out = out + ("<br><i>" + _wrap_series(ev) + "</i>").where(ev != "", "")
    return out.tolist()


def marker_sizes(df) -> list[float]:
    """marker_size of every event row, column-wise."""
    total = (_nums(df, "killed_best") + _nums(df, "injured_best")).clip(lower=0)
    return (8 + 4 * total ** 0.5).tolist()


def _wrap(text: str, width: int = 70, limit: int = 280) -> str:
    """Break a sentence into hover lines (Plotly does not wrap hover text)."""
    import html
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    words, lines, line = text.split(), [], ""
    for w in words:
        if line and len(line) + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    return "<br>".join(html.escape(x) for x in lines)


def map_figure(events, places=None, *, tiles: Optional[str] = None,
               basemap_url: str = BASEMAP_URL, height: int = 560):
    """Events on a map, sized by casualties, coloured by kind, coarse ones as discs.

    ``events``: events frame (needs lat, lon; uses place, precision, kind, date,
    killed/injured/... columns and an optional ``evidence`` sentence for the hover).
    ``places``: optional frame of place mentions (name/place, lat, lon, precision); the
    view fits the events, or these places when there is no event (a district chosen in
    the filters zooms to the district).
    Every event trace carries ``customdata=[event_id]`` so a selection maps back.
    ``tiles=None`` draws the offline basemap; a MapLibre style name uses online tiles.
    """
    go = _go()
    fig = go.Figure()
    ev = events.dropna(subset=["lat", "lon"]) if len(events) else events
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


def _month_span(value: str):
    """(first day, first day of next month) of 'YYYY-MM' as ISO strings."""
    y, m = int(value[:4]), int(value[5:7])
    nxt = (y + 1, 1) if m == 12 else (y, m + 1)
    return f"{y:04d}-{m:02d}-01", f"{nxt[0]:04d}-{nxt[1]:02d}-01"


def timeline_figure(events, statements=None, documents=None, height: int = 420):
    """Events on a date axis (size by casualties); month-precision events as spans;
    statements and articles' publication dates on their own rows."""
    go = _go()
    fig = go.Figure()
    if len(events):
        date, prec = _col(events, "date"), _col(events, "date_precision")
        day = events[(date != "") & (prec != "month")]
        month = events[(prec == "month") & (date.str.len() >= 7)]
        kinds = _col(day, "kind").replace("", "other")
        for kind, grp in day.groupby(kinds, sort=True):
            fig.add_trace(go.Scatter(
                x=_col(grp, "date").str.slice(0, 10).tolist(), y=["events"] * len(grp), mode="markers",
                name=kind, marker={"size": marker_sizes(grp), "color": kind_colour(kind), "opacity": 0.8},
                text=hover_texts(grp), hoverinfo="text", customdata=[[e] for e in grp["event_id"]]))
        if len(month):
            xs, ys, texts = [], [], []
            for d, text in zip(_col(month, "date"), hover_texts(month)):
                a, b = _month_span(d)
                xs += [a, b, None]
                ys += ["events (month)"] * 2 + [None]
                texts += [text] * 2 + [None]
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", name="month-precision events",
                                     line={"width": 10, "color": "#9467bd"}, opacity=0.5,
                                     text=texts, hoverinfo="text"))
    if statements is not None and len(statements):
        stm = statements[_col(statements, "date") != ""]
        if len(stm):
            quote = _col(stm, "text")
            quote = quote.where(quote != "", _col(stm, "evidence"))
            fig.add_trace(go.Scatter(
                x=_col(stm, "date").str.slice(0, 10).tolist(), y=["statements"] * len(stm),
                mode="markers", name="statements", marker={"symbol": "diamond", "size": 9, "color": "#2ca02c"},
                text=(_esc(_col(stm, "name")) + ": " + _wrap_series(quote)).tolist(), hoverinfo="text"))
    if documents is not None and len(documents):
        docs = documents[_col(documents, "published") != ""]
        if len(docs):
            title = _col(docs, "title")
            title = title.where(title != "", _col(docs, "name"))
            fig.add_trace(go.Scatter(
                x=_col(docs, "published").str.slice(0, 10).tolist(), y=["articles published"] * len(docs),
                mode="markers", name="articles", marker={"symbol": "square", "size": 9, "color": "#7f7f7f"},
                text=_wrap_series(title).tolist(), hoverinfo="text"))
    fig.update_layout(height=height, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      xaxis={"type": "date", "title": None}, yaxis={"title": None},
                      legend={"orientation": "h", "y": -0.15})
    return fig


def comparison_figure(comparisons, event_id: Optional[str] = None, height: Optional[int] = None):
    """One event's figures by source: each source's number with its low-high range,
    the combined low-best-high as a grey band, disagreeing sources in red."""
    go = _go()
    fig = go.Figure()
    cmp = comparisons if event_id is None else comparisons[comparisons["event_id"] == event_id]
    rows = cmp.to_dict("records") if len(cmp) else []
    labels = []
    for fig_name in sorted({_text(r.get("figure")) for r in rows}):
        grp = [r for r in rows if _text(r.get("figure")) == fig_name]
        r0 = grp[0]
        lo, best, hi = (_num(r0.get(k)) for k in ("combined_low", "combined_best", "combined_high"))
        fig.add_trace(go.Scatter(
            x=[lo, hi], y=[fig_name, fig_name], mode="lines", line={"width": 14, "color": "#dddddd"},
            name="combined range", legendgroup="combined", showlegend=not labels, hoverinfo="text",
            text=[f"{fig_name}: combined {lo:g}-{hi:g}, best {best:g}"] * 2))
        labels.append(fig_name)
        for ok in (True, False):
            part = [r for r in grp if bool(r.get("consistent", True)) == ok]
            if not part:
                continue
            counts = [_num(r.get("count")) or _num(r.get("high")) or _num(r.get("low")) for r in part]
            fig.add_trace(go.Scatter(
                x=counts, y=[fig_name] * len(part), mode="markers",
                name="agrees" if ok else "disagrees", legendgroup="ok" if ok else "bad",
                showlegend=False,
                marker={"size": 11, "color": "#1f77b4" if ok else "#d62728",
                        "symbol": "circle" if ok else "x"},
                error_x={"type": "data", "symmetric": False,
                         "array": [max(_num(r.get("high")) - c, 0) if _num(r.get("high")) else 0
                                   for r, c in zip(part, counts)],
                         "arrayminus": [max(c - _num(r.get("low")), 0) if _num(r.get("low")) else 0
                                        for r, c in zip(part, counts)]},
                text=[f"{_text(r.get('outlet')) or _text(r.get('doc'))}: {_num(r.get('count')):g} "
                      f"({_text(r.get('qualifier')) or 'exact'})<br><i>{_wrap(_text(r.get('sentence')))}</i>"
                      for r in part], hoverinfo="text",
                customdata=[[_text(r.get("doc_id"))] for r in part]))
    fig.update_layout(height=height or max(180, 60 * len(labels) + 80),
                      margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      xaxis={"title": "count", "rangemode": "tozero"}, yaxis={"title": None})
    return fig


def event_label(row) -> str:
    """Short axis label of an event: date and place."""
    return f"{_text(row.get('date')) or 'undated'} {_text(row.get('place')) or '?'}".strip()


def casualties_by_event_figure(events, height: int = 380):
    """Killed and injured (best, with low-high error bars) per event, grouped bars."""
    go = _go()
    fig = go.Figure()
    rows = events.to_dict("records") if len(events) else []
    labels = [f"{event_label(r)} · {str(r.get('event_id'))[:6]}" for r in rows]
    for name, colour in (("killed", "#d62728"), ("injured", "#ff7f0e")):
        best = [_num(r.get(f"{name}_best")) for r in rows]
        fig.add_trace(go.Bar(
            x=labels, y=best, name=name, marker_color=colour,
            error_y={"type": "data", "symmetric": False,
                     "array": [max(_num(r.get(f"{name}_high")) - b, 0) for r, b in zip(rows, best)],
                     "arrayminus": [max(b - _num(r.get(f"{name}_low")), 0) if _num(r.get(f"{name}_low")) else 0
                                    for r, b in zip(rows, best)]},
            customdata=[[r.get("event_id")] for r in rows]))
    fig.update_layout(barmode="group", height=height, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      yaxis={"title": "people"}, legend={"orientation": "h", "y": 1.1})
    return fig


def weapons_mix(comparisons, weapon_categories=None):
    """(event_id, weapon, best) rows: weapons launched per event and kind.

    A comparison figure is ``category[_role][_subset][ (model)]`` (see
    ``dashboard.events.figure_key``). Only plain categories count (``drone``,
    ``drone (Shahed-136)``; not ``drone_shot_down``); a kind's value per event is the
    largest combined best among its figures, so a model's count is not added on top of
    its category's. ``weapon_categories``: the weapon categories (from the records'
    ``category`` where ``type == "weapon"``); without it, casualty words are left out.
    """
    import pandas as pd
    cols = ["event_id", "weapon", "best"]
    if comparisons is None or not len(comparisons):
        return pd.DataFrame(columns=cols)
    base = comparisons["figure"].astype(str).str.split(" (", n=1, regex=False).str[0]
    if weapon_categories is not None:
        keep = base.isin(set(weapon_categories))
    else:
        keep = ~base.str.match(r"^(?:%s)" % "|".join(CASUALTY_FIGURES)) & ~base.str.contains(
            r"_(?:shot_down|hit|intercepted|destroyed)$", regex=True)
    c = comparisons.assign(weapon=base)[keep]
    if not len(c):
        return pd.DataFrame(columns=cols)
    out = (c.assign(best=pd.to_numeric(c["combined_best"], errors="coerce"))
           .groupby(["event_id", "weapon"], as_index=False)["best"].max())
    return out[cols]


def weapons_mix_figure(comparisons, events=None, weapon_categories=None, height: int = 380):
    """Stacked bars: weapons launched per event, by kind."""
    go = _go()
    mix = weapons_mix(comparisons, weapon_categories)
    labels = {}
    if events is not None and len(events):
        labels = {r["event_id"]: f"{event_label(r)} · {str(r['event_id'])[:6]}" for r in events.to_dict("records")}
        mix = mix[mix["event_id"].isin(labels)]
    fig = go.Figure()
    for weapon, grp in mix.groupby("weapon", sort=True):
        fig.add_trace(go.Bar(x=[labels.get(e, str(e)[:8]) for e in grp["event_id"]], y=grp["best"],
                             name=str(weapon), marker_color=KIND_COLOURS.get(str(weapon)),
                             customdata=[[e] for e in grp["event_id"]]))
    fig.update_layout(barmode="stack", height=height, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      yaxis={"title": "launched"}, legend={"orientation": "h", "y": 1.1})
    return fig


def count_points(fig) -> int:
    """Number of data points a figure draws (helper for tests and the benchmark)."""
    total = 0
    for t in fig.data:
        xs = getattr(t, "lat", None)
        if xs is None:
            xs = getattr(t, "x", None)
        total += sum(1 for v in (xs if xs is not None else []) if v is not None)
    return total
