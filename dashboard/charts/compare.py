"""Charts that show how sources agree or not, and how events spread over time.

- :func:`sources_figure`: one event, each figure on its own row, each source a distinct
  colour and marker with its qualifier written beside it ("≥ 12", "> 70", "~40", "≤ 85");
  an open-ended figure ("at least 12") is an arrow pointing the open way with a fading
  dotted tail, never a band from 0; a figure claimed by a party to the fighting is a
  hollow marker labelled "claim"; the combined range is the grey band behind.
- :func:`events_bars_figure`: killed and injured per event as horizontal bars named
  "place, date · kind", in the order given (by date or by size).
- :func:`weapons_figure`: weapons launched and shot down per event.
- :func:`period_bars_figure`: events and casualties per day/week/month (a box drawn over
  the bars selects a date range).
- :func:`revisions_figure`: an event's tolls as each article reported them over time.
"""
from __future__ import annotations

from typing import Optional

from .text import _esc, _go, _wrap

SOURCE_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
                  "#bcbd22", "#7f7f7f")
SOURCE_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "star", "hexagon", "pentagon", "cross",
                  "triangle-down", "x")
OPEN_UP = ("at_least", "more_than")
OPEN_DOWN = ("up_to",)


def _n(v) -> Optional[float]:
    if v is None or type(v).__name__ in ("NAType", "NaTType"):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if f != f else f


def _source_style(names):
    """A distinct (colour, symbol) per source name, in order of first appearance."""
    out = {}
    for name in names:
        if name not in out:
            i = len(out)
            out[name] = (SOURCE_COLOURS[i % len(SOURCE_COLOURS)], SOURCE_SYMBOLS[i % len(SOURCE_SYMBOLS)])
    return out


def sources_figure(cmp, height: Optional[int] = None):
    """One event's figures, source by source (``cmp``: the comparison rows of one event,
    with ``source_name`` and an optional ``claimant``): one small panel per figure, each
    with its own scale, so 1 ballistic missile and 145 drones both read."""
    from plotly.subplots import make_subplots

    from ..present import figure_text, outlet_name

    go = _go()
    rows = cmp.to_dict("records") if len(cmp) else []
    figures = []
    for r in rows:
        if r["figure"] not in figures:
            figures.append(r["figure"])
    figures.sort(key=_figure_rank)
    names = [outlet_name(r.get("source_name") or r.get("outlet"), r.get("doc")) for r in rows]
    styles = _source_style(names)
    fig = make_subplots(rows=max(len(figures), 1), cols=1, vertical_spacing=0.5 / max(len(figures), 1) if len(figures) > 1 else 0.1,
                        subplot_titles=[f.replace("_", " ") for f in figures] or None)
    shown = set()
    for i, name in enumerate(figures, 1):
        grp = [(r, n) for r, n in zip(rows, names) if r["figure"] == name]
        top = max([_n(r.get("count")) or _n(r.get("low")) or _n(r.get("high")) or 0 for r, _ in grp] + [1])
        reach = top * 1.5 + 1
        lo, best, hi = (_n(grp[0][0].get(k)) for k in ("combined_low", "combined_best", "combined_high"))
        if lo is not None and hi is not None and hi > lo:
            fig.add_trace(go.Scatter(_validate=False, x=[lo, hi], y=[0, 0], mode="lines", hoverinfo="skip", name="combined range",
                                     line={"width": 22, "color": "rgba(150,150,150,0.25)"}, legendgroup="combined",
                                     showlegend="combined" not in shown), row=i, col=1)
            shown.add("combined")
        elif lo is not None and hi is None:     # combined range open upwards: a fading band
            for k, alpha in enumerate((0.25, 0.15, 0.07)):
                a_, b_ = lo + (reach - lo) * k / 3, lo + (reach - lo) * (k + 1) / 3
                fig.add_trace(go.Scatter(_validate=False, x=[a_, b_], y=[0, 0], mode="lines", hoverinfo="skip", name="combined range",
                                         line={"width": 22, "color": f"rgba(150,150,150,{alpha})"},
                                         legendgroup="combined", showlegend="combined" not in shown), row=i, col=1)
                shown.add("combined")
        if best is not None:
            fig.add_trace(go.Scatter(_validate=False, x=[best], y=[0], mode="markers", name="combined best", legendgroup="best",
                                     showlegend="best" not in shown, hovertext=[f"combined best: {int(best):,}"],
                                     hoverinfo="text", marker={"symbol": "line-ns", "size": 30, "color": "#555555",
                                                               "line": {"width": 2, "color": "#555555"}}),
                          row=i, col=1)
            shown.add("best")
        n = len(grp)
        for j, (r, src) in enumerate(grp):
            colour, symbol = styles[src]
            q = r.get("qualifier") or "exact"
            value = _n(r.get("count"))
            if value is None:
                value = _n(r.get("low")) or _n(r.get("high")) or 0
            y = (j - (n - 1) / 2) * 0.5
            claim = r.get("claimant")
            claim = claim if isinstance(claim, str) and claim.strip() else None
            label = figure_text(r.get("count"), q, r.get("low"), r.get("high")) + (" (claim)" if claim else "")
            if q in OPEN_UP or q in OPEN_DOWN:
                end = reach if q in OPEN_UP else 0
                fig.add_trace(go.Scatter(
                    _validate=False, x=[value, end], y=[y, y], mode="lines+markers", hoverinfo="skip", showlegend=False,
                    line={"color": colour, "width": 2, "dash": "dot"}, opacity=0.5,
                    marker={"symbol": ["circle", "triangle-right" if q in OPEN_UP else "triangle-left"],
                            "size": [0, 12], "color": colour}), row=i, col=1)
            elif _n(r.get("low")) is not None and _n(r.get("high")) is not None and _n(r["low"]) != _n(r["high"]):
                fig.add_trace(go.Scatter(_validate=False, x=[_n(r["low"]), _n(r["high"])], y=[y, y], mode="lines", hoverinfo="skip",
                                         line={"color": colour, "width": 3}, showlegend=False), row=i, col=1)
            sentence = r.get("sentence") or ""
            words = figure_text(r.get("count"), q, r.get("low"), r.get("high"), words=True)
            hover = (f"<b>{_esc_one(src)}</b>: {_esc_one(words)} {_esc_one(name.replace('_', ' '))}"
                     + (f"<br>claimed by {_esc_one(claim)}" if claim else "")
                     + (f"<br><i>{_wrap(sentence)}</i>" if sentence else ""))
            fig.add_trace(go.Scatter(
                _validate=False, x=[value], y=[y], mode="markers+text", text=[label],
                textposition="middle left" if q in OPEN_UP else "middle right",
                textfont={"color": colour, "size": 13}, name=src, legendgroup=src,
                showlegend=src not in shown, hovertext=[hover], hoverinfo="text",
                marker={"symbol": symbol + ("-open" if claim else ""), "size": 14, "color": colour,
                        "line": {"width": 2.5 if claim else 0, "color": colour}},
                customdata=[[r.get("doc_id")]]), row=i, col=1)
            shown.add(src)
        fig.update_xaxes(range=[-reach * 0.08, reach * 1.05], rangemode="tozero", row=i, col=1)
        fig.update_yaxes(visible=False, range=[-1, 1], row=i, col=1)
    fig.update_layout(
        height=height or max(220, 120 * len(figures) + 110), margin={"l": 10, "r": 10, "t": 30, "b": 70},
        legend={"orientation": "h", "y": -0.02, "yanchor": "top", "title": {"text": "Source:"}},
        hoverlabel={"align": "left"})
    return fig


FIGURE_ORDER = ("killed", "injured", "missing", "hospitalized", "missile", "ballistic_missile", "cruise_missile",
                "drone", "glide_bomb", "rocket", "artillery")


def _figure_rank(figure: str) -> tuple:
    """Tolls first, then weapons, each kind before its models and roles."""
    base = str(figure).split(" (")[0]
    head = base.split("_shot_down")[0].split("_hit")[0]
    rank = FIGURE_ORDER.index(head) if head in FIGURE_ORDER else len(FIGURE_ORDER)
    return (rank, base != head, "(" in str(figure), str(figure))


def _esc_one(text) -> str:
    import html
    return html.escape(str(text or ""))


def events_bars_figure(events, names, height: Optional[int] = None):
    """Killed and injured per event as horizontal bars, one row per event named by
    ``names`` (same index as ``events``), top to bottom in the frame's order. An open
    upper bound ("at least") gets an arrow at the bar's end; a range, an error bar."""
    go = _go()
    fig = go.Figure()
    labels = [str(n) for n in names]
    # unique labels: two events with the same name get a counter
    seen: dict = {}
    for k, lab in enumerate(labels):
        if lab in seen:
            seen[lab] += 1
            labels[k] = f"{lab} ({seen[lab]})"
        else:
            seen[lab] = 1
    for name, colour in (("killed", "#b2182b"), ("injured", "#ef8a62")):
        best = [_n(v) for v in events[f"{name}_best"]]
        low = [_n(v) for v in events[f"{name}_low"]]
        high = [_n(v) for v in events[f"{name}_high"]]
        text = []
        for b, lo, hi in zip(best, low, high):
            if b is None:
                text.append("not reported")
            elif hi is None and lo is not None:
                text.append(f"≥ {int(lo):,} →")
            elif lo is not None and hi is not None and lo != hi:
                text.append(f"{int(b):,} ({int(lo):,}-{int(hi):,})")
            else:
                text.append(f"{int(b):,}")
        fig.add_trace(go.Bar(
            _validate=False, y=labels, x=[b or 0 for b in best], orientation="h", name=name, marker_color=colour,
            text=text, textposition="outside", cliponaxis=False,
            error_x={"type": "data", "symmetric": False, "color": "#555555",
                     "array": [max((hi or b or 0) - (b or 0), 0) for b, hi in zip(best, high)],
                     "arrayminus": [max((b or 0) - (lo if lo is not None else (b or 0)), 0) for b, lo in zip(best, low)]},
            customdata=[[e] for e in events["event_id"]],
            hovertemplate="%{y}<br>" + name + ": %{text}<extra></extra>"))
    fig.update_layout(barmode="group", height=height or max(260, 46 * len(labels) + 90),
                      margin={"l": 10, "r": 60, "t": 30, "b": 10},
                      yaxis={"autorange": "reversed", "automargin": True, "title": None},
                      xaxis={"title": "people (best estimate; whiskers: the sources' range)"},
                      legend={"orientation": "h", "y": 1.02, "yanchor": "bottom"})
    return fig


WEAPON_COLOURS = {("drone", "launched"): "#ff7f0e", ("drone", "shot down"): "#fdd0a2",
                  ("missile", "launched"): "#d62728", ("missile", "shot down"): "#fcbba1"}


def weapons_figure(weapons, names, height: Optional[int] = None):
    """Weapons launched vs shot down per event (``weapons``: event_id, weapon, role, best;
    ``names``: event_id -> the event's name, in display order)."""
    go = _go()
    fig = go.Figure()
    order = [e for e in names if e in set(weapons["event_id"])] if len(weapons) else []
    labels = {e: names[e] for e in order}
    for (weapon, role), grp in weapons.groupby(["weapon", "role"], sort=True):
        grp = grp.set_index("event_id").reindex(order)
        colour = WEAPON_COLOURS.get((str(weapon).split("_")[-1], role)) or (
            "#7f7f7f" if role == "launched" else "#d9d9d9")
        fig.add_trace(go.Bar(_validate=False, y=[labels[e] for e in order], x=grp["best"].tolist(), orientation="h",
                             name=f"{str(weapon).replace('_', ' ')} {role}", marker_color=colour,
                             text=[("" if v != v else f"{int(v):,}") for v in grp["best"]], textposition="outside",
                             cliponaxis=False, customdata=[[e] for e in order]))
    fig.update_layout(barmode="group", height=height or max(240, 52 * len(order) + 90),
                      margin={"l": 10, "r": 50, "t": 30, "b": 10},
                      yaxis={"autorange": "reversed", "automargin": True}, xaxis={"title": "weapons"},
                      legend={"orientation": "h", "y": 1.02, "yanchor": "bottom"})
    return fig


def period_bars_figure(counts, freq: str = "day", height: int = 320):
    """Events (top) and killed/injured (bottom) per period, sharing the date axis; drag a
    box over the bars to select a date range."""
    from plotly.subplots import make_subplots

    go = _go()
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.08, row_heights=[0.45, 0.55])
    x = counts["period"].astype(str).tolist() if len(counts) else []
    width = {"day": 86_400_000 * 0.8, "week": 7 * 86_400_000 * 0.8, "month": 28 * 86_400_000 * 0.85}[freq]
    fig.add_trace(go.Bar(_validate=False, x=x, y=counts["events"].tolist() if len(counts) else [], name="events",
                         marker_color="#4c72b0", width=width, hovertemplate="%{x}: %{y} events<extra></extra>"),
                  row=1, col=1)
    for name, colour in (("killed", "#b2182b"), ("injured", "#ef8a62")):
        fig.add_trace(go.Bar(_validate=False, x=x, y=counts[name].tolist() if len(counts) else [], name=name, marker_color=colour,
                             width=width, hovertemplate="%{x}: %{y} " + name + "<extra></extra>"), row=2, col=1)
    fig.update_layout(barmode="stack", height=height, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      legend={"orientation": "h", "y": 1.06, "yanchor": "bottom"}, dragmode="select",
                      selectdirection="h")
    fig.update_yaxes(title_text=f"events per {freq}", row=1, col=1)
    fig.update_yaxes(title_text="people", row=2, col=1)
    fig.update_xaxes(type="date", row=2, col=1)
    return fig


def revisions_figure(cmp, height: int = 300):
    """How the event's tolls were reported over time: one line per figure (killed,
    injured ...), a marker per article at its publication time with its value and outlet."""
    from ..present import figure_text

    go = _go()
    fig = go.Figure()
    if not len(cmp):
        return fig
    c = cmp[cmp["figure"].isin(["killed", "injured", "missing"])].copy()
    when = c["published_at"].where(c["published_at"].notna(), c["published"]) if "published_at" in c else c["published"]
    c = c.assign(when=when.astype(str).str.slice(0, 19)).dropna(subset=["count"]).sort_values("when")
    for name, colour in (("killed", "#b2182b"), ("injured", "#ef8a62"), ("missing", "#7f7f7f")):
        g = c[c["figure"] == name]
        if not len(g):
            continue
        labels = [f"{figure_text(n, q, lo, hi)}" for n, q, lo, hi in zip(g["count"], g["qualifier"], g["low"], g["high"])]
        fig.add_trace(go.Scatter(
            _validate=False, x=g["when"].tolist(), y=g["count"].tolist(), mode="lines+markers+text", name=name, text=labels,
            textposition="top center", line={"shape": "hv", "color": colour}, marker={"size": 9, "color": colour},
            hovertext=[f"{_esc_one(s)}: {lab} {name}" for s, lab in zip(g["source_name"], labels)], hoverinfo="text"))
    fig.update_layout(height=height, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      xaxis={"title": "when the article was published"}, yaxis={"title": "reported", "rangemode": "tozero"},
                      legend={"orientation": "h", "y": 1.02, "yanchor": "bottom"})
    return fig
