"""Every value bounded and checked before it reaches the store.

The extractor's records are plain Python values; a crafted article can make them
anything (a 20-digit count, an infinite coordinate, a 2 MB sentence, a NUL character that
PostgreSQL refuses). :func:`clean_record` makes one record's row safe for both backends:

- a count, low or high beyond :data:`MAX_COUNT` (or not a whole number) becomes None and
  the record is kept, flagged ``count_out_of_range`` in ``extra`` with the number's text
  (its evidence stays the span it was read from);
- offsets outside the document become None; coordinates outside the globe or not finite
  become None (the place keeps its name); confidence is clipped to 0..1;
- strings lose NUL characters (PostgreSQL cannot store them) and lone surrogates, and a
  sentence longer than :data:`MAX_SENTENCE` is cut to a window around its evidence.

:func:`clean_document` does the same for a document's fields. Nothing here raises on a
value: a record that is not even a record raises :class:`ValueError` naming why, and the
caller skips that document with the reason.
"""
from __future__ import annotations

import json
import math
from typing import Any, Optional

MAX_COUNT = 10 ** 9          # no casualty or weapon count is larger; BIGINT holds 9.2e18
MAX_SENTENCE = 4000          # characters kept of one record's sentence
MAX_TEXT_FIELD = 2000        # any other string field of a record
_COUNTS = ("count", "low", "high")
_OFFSETS = ("start", "end", "sent_start")


def clean_str(value: Any, limit: Optional[int] = None) -> Optional[str]:
    if value is None:
        return None
    s = value if isinstance(value, str) else str(value)
    if "\x00" in s:
        s = s.replace("\x00", "\ufffd")
    if limit is not None and len(s) > limit:
        s = s[:limit]
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        s = s.encode("utf-8", "replace").decode("utf-8")
    return s


def _int(value: Any) -> tuple[Optional[int], bool]:
    """(value as an int or None, whether it was out of range or unreadable)."""
    if value is None:
        return None, False
    if isinstance(value, bool):
        return int(value), False
    if isinstance(value, float):
        if not math.isfinite(value) or value != int(value):
            return None, True
        value = int(value)
    if not isinstance(value, int):
        try:
            value = int(value)
        except (TypeError, ValueError, OverflowError):
            return None, True
    if not -MAX_COUNT <= value <= MAX_COUNT:
        return None, True
    return value, False


def _float(value: Any, bound: float) -> Optional[float]:
    try:
        f = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return f if math.isfinite(f) and -bound <= f <= bound else None


def _number_text(value: Any) -> str:
    try:
        s = str(value)
    except ValueError:     # an int too long for str(): Python's digit limit
        return "(a number too long to print)"
    return s if len(s) <= 60 else s[:25] + "…" + s[-25:] + f" ({len(s)} digits)"


def clean_record(d: dict, text_len: int) -> dict:
    """A record's dict (``Record.to_dict()``), bounded in place; returns it."""
    if not isinstance(d, dict) or not d.get("type"):
        raise ValueError("the extractor returned something that is not a record")
    extra = d.get("extra") or {}
    if not isinstance(extra, dict):
        extra = {"value": extra}
    bad = {}
    for k in _COUNTS:
        v, out = _int(d.get(k))
        if out:
            bad[k] = _number_text(d.get(k))
        d[k] = v
    if bad:
        extra["count_out_of_range"] = bad.get("count") or next(iter(bad.values()))
        extra.setdefault("flags", []).append("count_out_of_range")
    for k in _OFFSETS:
        v, _ = _int(d.get(k))
        d[k] = v if v is not None and 0 <= v <= text_len else None
    d["lat"] = _float(d.get("lat"), 90.0)
    d["lon"] = _float(d.get("lon"), 180.0)
    if d["lat"] is None or d["lon"] is None:
        d["lat"] = d["lon"] = None
    conf = _float(d.get("confidence"), 1e9)
    d["confidence"] = None if conf is None else min(1.0, max(0.0, conf))
    d["subset"] = bool(d.get("subset"))
    sentence = d.get("sentence")
    if isinstance(sentence, str) and len(sentence) > MAX_SENTENCE:
        d["sentence"], d["sent_start"] = _window(d, sentence)
    for k, v in d.items():
        if k in ("extra",) or v is None or isinstance(v, (bool, int, float)):
            continue
        d[k] = clean_str(v, MAX_SENTENCE if k == "sentence" else
                         MAX_TEXT_FIELD if k != "text" else MAX_SENTENCE)
    d["extra"] = extra
    return d


def _window(d: dict, sentence: str) -> tuple[str, Optional[int]]:
    """The part of a too-long sentence around the evidence, and its new start offset."""
    start, sent_start = d.get("start"), d.get("sent_start")
    rel = (start - sent_start) if isinstance(start, int) and isinstance(sent_start, int) else 0
    rel = min(max(rel, 0), len(sentence))
    lo = max(0, min(rel - MAX_SENTENCE // 2, len(sentence) - MAX_SENTENCE))
    new_start = sent_start + lo if isinstance(sent_start, int) else None
    return sentence[lo:lo + MAX_SENTENCE], new_start


def extra_json(extra: Any) -> Optional[str]:
    if not extra:
        return None
    try:
        return clean_str(json.dumps(extra, default=str, ensure_ascii=False))
    except (TypeError, ValueError):
        return clean_str(repr(extra)[:MAX_TEXT_FIELD])


def clean_document_fields(values: dict) -> dict:
    """A document row's strings made storable (text keeps its length: NUL -> U+FFFD)."""
    for k, v in values.items():
        if isinstance(v, str):
            values[k] = clean_str(v)
    return values
