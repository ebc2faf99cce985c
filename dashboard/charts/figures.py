"""Timeline, source comparisons, per-event bars and the weapons mix."""
from __future__ import annotations

from typing import Optional

from .text import (CASUALTY_FIGURES, KIND_COLOURS, _col, _esc, _go, _num, _text, _wrap, _wrap_series,
                   hover_texts, kind_colour, marker_sizes)

def _month_span(value: str):
    """(first day, first day of next month) of 'YYYY-MM' as ISO strings."""
    y, m = int(value[:4]), int(value[5:7])
    nxt = (y + 1, 1) if m == 12 else (y, m + 1)
    return f"{y:04d}-{m:02d}-01", f"{nxt[0]:04d}-{nxt[1]:02d}-01"


def _per_day(events):
    """Events of one kind summed per day (for timelines of thousands of events)."""
    import pandas as pd
    cols = [c for c in ("killed_best", "injured_best", "missiles_best", "drones_best") if c in events]
    ev = events.assign(day=_col(events, "date").str.slice(0, 10),
                       **{c: pd.to_numeric(events[c], errors="coerce").fillna(0).astype(float) for c in cols})
    out = ev.groupby("day", as_index=False).agg(
        n=("event_id", "size"), event_id=("event_id", ",".join), kind=("kind", "first"),
        **{c: (c, "sum") for c in cols})
    out["place"] = [f"{n} events" for n in out["n"]]
    out["precision"] = "several places"
    return out.rename(columns={"day": "date"})


def timeline_figure(events, statements=None, documents=None, height: int = 420,
                    aggregate_from: int = 1500):
    """Events on a date axis (size by casualties); month-precision events as spans;
    statements and articles' publication dates on their own rows. Above
    ``aggregate_from`` events (or articles), one marker per day: the browser draws
    hundreds of markers, not tens of thousands."""
    go = _go()
    fig = go.Figure()
    if len(events):
        date, prec = _col(events, "date"), _col(events, "date_precision")
        day = events[(date != "") & (prec != "month")]
        month = events[(prec == "month") & (date.str.len() >= 7)]
        kinds = _col(day, "kind").replace("", "other")
        for kind, grp in day.groupby(kinds, sort=True):
            if len(day) > aggregate_from:        # one marker per day and kind, summed
                grp = _per_day(grp)
            fig.add_trace(go.Scatter(
                x=_col(grp, "date").str.slice(0, 10).tolist(), y=["events"] * len(grp), mode="markers",
                name=kind, marker={"size": marker_sizes(grp), "color": kind_colour(kind), "opacity": 0.8},
                text=hover_texts(grp), hoverinfo="text", customdata=[[e] for e in grp["event_id"]]))
        if len(month):
            xs, ys, texts = [], [], []
            if len(events) > aggregate_from:     # one span per month
                n = _col(month, "date").str.slice(0, 7).value_counts().sort_index()
                pairs = zip(n.index, [f"{k} events known only to the month {m}" for m, k in n.items()])
            else:
                pairs = zip(_col(month, "date"), hover_texts(month))
            for d, text in pairs:
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
            _row_markers(fig, _col(stm, "date"), lambda: (_esc(_col(stm, "name")) + ": " + _wrap_series(quote)),
                         "statements", "statements", "diamond", "#2ca02c", len(stm) > aggregate_from)
    if documents is not None and len(documents):
        docs = documents[_col(documents, "published") != ""]
        if len(docs):
            title = _col(docs, "title")
            title = title.where(title != "", _col(docs, "name"))
            _row_markers(fig, _col(docs, "published"), lambda: _wrap_series(title),
                         "articles published", "articles", "square", "#7f7f7f", len(docs) > aggregate_from)
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


def _row_markers(fig, dates, labels, row: str, name: str, symbol: str, color: str, aggregate: bool) -> None:
    """One timeline row of markers: one per item with its label, or above the aggregation
    threshold one per day sized by the count."""
    go = _go()
    if aggregate:
        day_n = dates.str.slice(0, 10).value_counts().sort_index()
        fig.add_trace(go.Scatter(
            x=day_n.index.tolist(), y=[row] * len(day_n), mode="markers", name=name,
            marker={"symbol": symbol, "color": color, "size": (6 + 2 * day_n.pow(0.5)).tolist()},
            text=[f"{n} {name}" for n in day_n], hoverinfo="text+x"))
    else:
        fig.add_trace(go.Scatter(
            x=dates.str.slice(0, 10).tolist(), y=[row] * len(dates), mode="markers", name=name,
            marker={"symbol": symbol, "size": 9, "color": color}, text=labels().tolist(), hoverinfo="text"))
