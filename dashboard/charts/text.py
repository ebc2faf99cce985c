"""What every chart shares: kind colours, marker sizes, and hover texts (escaped: an
article's words never become markup), row by row and column-wise for big frames."""
from __future__ import annotations

import math

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
