"""The data types every module speaks, and their one serialisation.

A :class:`Document` is an article as read from disk or an upload. A :class:`Record` is
one thing extracted from it (a casualty figure, a weapon count, a place, a date, a
statement, a named entity), always with its evidence: the document, the exact
character span and the sentence it came from.

``Record.to_dict`` is the JSON contract of ``python -m dashboard extract --format
jsonl`` (see ``../shared/eval/README.md``); the store and the app read the same dicts.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any, Optional

RECORD_TYPES = ("casualty", "weapon", "place", "date", "statement", "entity")
QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "vague")
PRECISIONS = ("landmark", "district", "city", "region", "country")


@dataclass(frozen=True)
class Document:
    """One article: its text and what we know about where it came from."""

    doc_id: str                      # stable id from the content (sha1 of the text, 16 hex)
    name: str                        # file name (a path cut to its last part) or upload name
    text: str                        # readable text (HTML already turned into text)
    title: str = ""
    published: Optional[date] = None  # publication date, if the text or the caller gives one
    published_from: Optional[str] = None  # "caller", "sidecar", "page" (HTML metadata), "text", "filename" or None
    source: Optional[str] = None     # outlet name, if known
    fmt: str = "txt"                 # txt, md or html
    path: Optional[str] = None
    url: Optional[str] = None        # the original's address (canonical URL), if known
    published_at: Optional[str] = None  # publication time, ISO 8601 with zone, if known
    language: Optional[str] = None   # ISO 639-1 code of the text ("en", "uk", "ru"), if known
    reader: Optional[str] = None     # web pages: which reader kept the text ("trafilatura", "fallback")
    dropped_count: int = 0           # web pages: text blocks of the page the reader left out
    dropped: tuple = ()              # web pages: the first of those blocks, cut short (for display)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        d["dropped"] = list(self.dropped)
        return d


@dataclass
class Record:
    """One extracted record. Fields not used by a record's type stay None."""

    type: str                        # one of RECORD_TYPES
    doc: str = ""                    # document name (pairs with the scorer's "doc")
    doc_id: str = ""
    start: int = 0                   # character span of the evidence in Document.text
    end: int = 0
    evidence: str = ""               # Document.text[start:end]
    sentence: str = ""               # the whole sentence the evidence sits in
    sent_start: int = 0
    confidence: float = 1.0
    # casualty / weapon
    category: Optional[str] = None   # killed, injured ... / missile, drone ...
    count: Optional[int] = None      # best single number
    low: Optional[int] = None
    high: Optional[int] = None
    qualifier: Optional[str] = None  # one of QUALIFIERS
    group: Optional[str] = None      # people, civilians, children, soldiers ...
    subset: bool = False             # "nine of them children": part of another figure
    scope: Optional[str] = None      # event, war (war-wide total) or rate
    rate_unit: Optional[str] = None  # "week" for "5000 a week"
    role: Optional[str] = None       # weapons: launched, shot_down, hit
    model: Optional[str] = None      # weapons: Iskander-M, Shahed-136 ...
    origin: Optional[str] = None     # weapons: country of make ("North Korea")
    source: Optional[str] = None     # who reports it ("Ukraine's emergency services")
    claimant: Optional[str] = None   # a party to the fighting claiming the figure ("Russia's defence ministry")
    # when and where the counted thing happened (event date/place for figures)
    date: Optional[str] = None       # YYYY-MM-DD, YYYY-MM or YYYY
    date_precision: Optional[str] = None  # day, month, year
    place: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    # place records (and the geocode of a figure's place)
    name: Optional[str] = None       # place: canonical name; statement: speaker; entity: name
    country: Optional[str] = None    # ISO 3166-1 alpha-2
    admin1: Optional[str] = None
    admin2: Optional[str] = None     # district/county/raion holding the place, if known
    precision: Optional[str] = None  # one of PRECISIONS
    gazetteer_id: Optional[str] = None
    geocode_status: Optional[str] = None  # ok, ungeocoded: <reason>
    # statements / entities / dates
    text: Optional[str] = None       # statement: the quote; date: the phrase
    kind: Optional[str] = None       # entity: person, org; place: its gazetteer type
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        if not d["extra"]:
            d.pop("extra")
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Record":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


RECORD_FIELDS = tuple(f.name for f in fields(Record) if f.name != "extra")
