"""What every chart shares: kind colours, marker sizes, and hover texts (escaped: an
article's words never become markup), row by row and column-wise for big frames."""
from __future__ import annotations

import math

BASEMAP_URL = "app/static/basemap/countries.geojson"
COARSE = ("region", "country")        # precisions drawn as discs, not pins
CASUALTY_FIGURES = ("killed", "injured", "missing")
# one distinct colour per event kind (dashboard.events names six); weapon categories for
# the weapons charts
KIND_COLOURS = {
    "missile strike": "#d62728", "missile and drone strike": "#9467bd", "drone strike": "#ff7f0e",
    "air strike": "#1f77b4", "shelling": "#8c564b", "attack": "#17becf",
    "missile": "#d62728", "ballistic_missile": "#8c1c13", "cruise_missile": "#e377c2", "drone": "#ff7f0e",
    "glide_bomb": "#1f77b4", "artillery": "#8c564b", "rocket": "#bcbd22", "strike": "#9467bd",
}
OTHER_COLOUR = "#7f7f7f"


def kind_colour(kind: str) -> str:
    """Colour of an event kind: exact name, else the first known word in it
    ("missile and drone strike" -> missile), else the default."""
    kind = str(kind or "").replace("_", " ")
    for k in (kind, kind.replace(" ", "_")):
        if k in KIND_COLOURS:
            return KIND_COLOURS[k]
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


FIGURE_LABELS = {"killed": "killed", "injured": "injured", "missile": "missiles", "drone": "drones"}


def source_lines(sources) -> dict:
    """event_id -> hover lines of who said what ("killed: Reuters 9; BBC ≥ 12"), from the
    store's ``event_sources`` (one ``line`` per event, built in SQL)."""
    if sources is None or not len(sources):
        return {}
    return dict(zip(sources["event_id"], sources["line"]))


def event_hovers(df, sources=None) -> list[str]:
    """Hover text of every map dot, leading with the figures and who reported them:

        killed ≥ 12 · injured 90          (combined; "not reported" when absent)
        killed: BBC ≥ 12; Reuters 9       (each source, from ``sources``)
        Kyiv (city) · 24 April 2025 · missile and drone strike
        <i>the evidence sentence</i>

    Built column-wise (a few vectorised string operations, not one Python call per row).
    Summed places (``n_events``) read "6 events: killed 40 · injured 120".
    """
    from ..present import PRECISION_WORDS, full_dates

    if not len(df):
        return []
    import pandas as pd

    def toll(name):
        best = _floats(df, f"{name}_best")
        low = _floats(df, f"{name}_low") if f"{name}_low" in df else best
        high = _floats(df, f"{name}_high") if f"{name}_high" in df else best
        txt = best.map(lambda v: "not reported" if v != v else f"{int(v):,}")
        open_hi = best.notna() & high.isna() & low.notna()
        txt = txt.where(~open_hi, "≥ " + low.map(lambda v: "" if v != v else f"{int(v):,}"))
        rng = best.notna() & high.notna() & low.notna() & (low != high)
        txt = txt.where(~rng, txt + " (" + low.map(lambda v: "" if v != v else f"{int(v):,}") + "-"
                        + high.map(lambda v: "" if v != v else f"{int(v):,}") + ")")
        return txt

    head = "<b>killed " + toll("killed") + " · injured " + toll("injured") + "</b>"
    for name, label in (("missiles", "missiles"), ("drones", "drones")):
        col = _floats(df, f"{name}_best") if f"{name}_best" in df else None
        if col is not None:
            head = head + col.map(lambda v: "" if v != v else f" · {label} {int(v):,}")
    if "n_events" in df:
        head = df["n_events"].astype(int).astype(str) + " events: " + head
    ids = df["event_id"] if "event_id" in df else pd.Series("", index=df.index)
    lines = source_lines(sources)
    who = ids.map(lambda e: lines.get(e, ""))
    out = head + who.where(who == "", "<br>" + who)
    place = _esc(_col(df, "place").replace("", "unknown place"))
    prec = _col(df, "precision").map(lambda p: PRECISION_WORDS.get(p, p or "?"))
    if "first" in df:
        when = _col(df, "first") + " to " + _col(df, "last")
    else:
        when = full_dates(df["date"], df.get("date_precision")) if "date" in df else pd.Series("", index=df.index)
        when = when.where(when != "", "undated")
    kind = _esc(_col(df, "kind").str.replace("_", " "))
    out = out + "<br>" + place + " (located to " + prec + ") · " + when + kind.where(kind == "", " · " + kind)
    if "n_sources" in df:
        n = pd.to_numeric(df["n_sources"], errors="coerce").fillna(0).astype(int)
        out = out + " · " + n.astype(str) + n.map(lambda k: " source" if k == 1 else " sources")
    ev = _col(df, "evidence")
    out = out + ("<br><i>" + _wrap_series(ev) + "</i>").where(ev != "", "")
    return out.tolist()


def _floats(df, name):
    """A column as float64 with NaN for missing (nullable integers included)."""
    import pandas as pd
    if name not in df.columns:
        return pd.Series(float("nan"), index=df.index)
    return pd.to_numeric(df[name], errors="coerce").astype("float64")
