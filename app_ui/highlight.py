"""An article's text as safe HTML with its extracted spans highlighted.

The article is never trusted: the text is ``html.escape``-d piece by piece and the
only markup in the result is our own ``<mark>`` around escaped spans, so an article's
``<script>`` or ``onerror=`` shows as text and never runs.
"""
from __future__ import annotations

import html
import re

COLOURS = {"casualty": "#ffb3b3", "weapon": "#ffd59e", "place": "#b8e0ff", "date": "#d7f5c0",
           "statement": "#e6ccff", "entity": "#eeeeee"}


def highlight(text: str, spans, selected=None) -> str:
    """``spans``: iterable of (start, end, type, label). Overlapping spans: the first
    (by start, then longest) wins. ``selected``: (start, end) drawn with an outline."""
    ordered = sorted(((int(s), int(e), t, lab) for s, e, t, lab in spans if 0 <= int(s) < int(e) <= len(text)),
                     key=lambda x: (x[0], -(x[1] - x[0])))
    out, pos = [], 0
    for start, end, typ, label in ordered:
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        style = f"background:{COLOURS.get(typ, '#eeeeee')};padding:0 2px;border-radius:3px"
        if selected and (start, end) == tuple(selected):
            style += ";outline:2px solid #d62728"
        out.append(f'<mark class="span-{html.escape(str(typ))}" style="{style}" '
                   f'title="{html.escape(str(label), quote=True)}">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n", "<br>")
    return f'<div class="article" style="line-height:1.6">{body}</div>'


def text_of(value, limit: int | None = None) -> str:
    """A frame cell as display text: "" for None/NaN/NA (never "nan"), cut to ``limit`` chars."""
    if value is None:
        return ""
    try:
        if value != value:          # NaN, pd.NA raises TypeError below
            return ""
    except TypeError:
        return ""
    s = " ".join(str(value).split())
    if limit and len(s) > limit:
        s = s[:limit - 1].rstrip() + "…"
    return s


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>$~|#])")


def md_escape(text: str) -> str:
    """An article's sentence as literal Markdown text: "$5 million ... $10" is not LaTeX,
    "*" and "_" are not emphasis, "[x](y)" is not a link, "<b>" is not a tag."""
    s = _MD_SPECIAL.sub(r"\\\1", str(text))
    s = re.sub(r"^(\s*)([-+])(\s)", r"\1\\\2\3", s)           # no bullet list at the start
    return re.sub(r"^(\s*\d+)([.)])(\s)", r"\1\\\2\3", s)      # nor a numbered one


def safe_link(url) -> str:
    """An http(s) address fit for a Markdown link target, or "" (no link)."""
    url = str(url or "").strip()
    if not re.match(r"(?i)https?://[^\s]+$", url):
        return ""
    return url.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def legend() -> str:
    return " ".join(f'<mark style="background:{c};padding:0 4px;border-radius:3px">{t}</mark>'
                    for t, c in COLOURS.items())
