"""Timeline, source comparisons, per-event bars and the weapons mix."""
from __future__ import annotations

from typing import Optional

from .text import _col, _esc, _go, _text, _wrap_series, hover_texts, kind_colour, marker_sizes

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
                _validate=False, x=_col(grp, "date").str.slice(0, 10).tolist(), y=[kind.replace("_", " ")] * len(grp), mode="markers",
                name=kind, marker={"size": [min(z, 30.0) for z in marker_sizes(grp)], "color": kind_colour(kind),
                                    "opacity": 0.7, "line": {"width": 0.5, "color": "#ffffff"}},
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
            fig.add_trace(go.Scatter(_validate=False, x=xs, y=ys, mode="lines", name="month-precision events",
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


def event_label(row) -> str:
    """Short axis label of an event: date and place."""
    return f"{_text(row.get('date')) or 'undated'} {_text(row.get('place')) or '?'}".strip()


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
            _validate=False, x=day_n.index.tolist(), y=[row] * len(day_n), mode="markers", name=name,
            marker={"symbol": symbol, "color": color, "size": (6 + 2 * day_n.pow(0.5)).tolist()},
            text=[f"{n} {name}" for n in day_n], hoverinfo="text+x"))
    else:
        fig.add_trace(go.Scatter(
            _validate=False, x=dates.str.slice(0, 10).tolist(), y=[row] * len(dates), mode="markers", name=name,
            marker={"symbol": symbol, "size": 9, "color": color}, text=labels().tolist(), hoverinfo="text"))
