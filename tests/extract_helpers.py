"""Helpers for extraction tests: run the pipeline on a sentence without the gazetteer."""
from __future__ import annotations

from datetime import date

from dashboard.documents import load_bytes
from dashboard.extract import extract_document


class NoPlaces:
    """A gazetteer that knows no place: keeps figure tests independent of geocoding."""

    def find(self, text):
        return []

    def lookup(self, name, countries=(), **kw):
        return None


def figures(text: str, published: date | None = date(2025, 4, 24), means: bool = False):
    """Casualty and weapon records; the uncounted means of attack ("shelled") only if asked."""
    doc = load_bytes("t.txt", text.encode("utf-8"), published=published)
    return [r for r in extract_document(doc, NoPlaces()) if r.type in ("casualty", "weapon")
            and (means or not r.extra.get("uncounted"))]


def keys(text: str, **kw) -> set[tuple]:
    """{(type, category, count, qualifier)} of the figures of ``text``."""
    return {(r.type, r.category, r.count, r.qualifier) for r in figures(text, **kw)}
