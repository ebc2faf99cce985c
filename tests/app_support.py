"""A real in-memory :class:`dashboard.store.Store` with known content for page tests.

The store, events and filters are the project's own; only extraction is replaced by a
hand-written table of records, so the pages are tested on figures we know (and the
extractor is tested on its own elsewhere).
"""
from __future__ import annotations

from datetime import date

from dashboard.records import Document, Record

KYIV = ("Russian missiles hit Kyiv overnight on 24 April 2025, killing at least 12 people and injuring 90. "
        "Russia launched 70 missiles and 145 drones. <script>alert('x')</script> "
        "Zelensky said Putin must stop.")
KYIV2 = "Nine people were killed in Kyiv on 24 April 2025, Ukrainian officials said."
SUMY = "A drone attack on Sumy Oblast in April 2025 injured 3 people, officials said."

KYIV_AT = dict(date="2025-04-24", date_precision="day", place="Kyiv", lat=50.45, lon=30.52, country="UA",
               admin1="Kyiv City", precision="city", scope="event")
SUMY_AT = dict(date="2025-04", date_precision="month", place="Sumy Oblast", lat=50.9, lon=34.8, country="UA",
               admin1="Sumy", precision="region", scope="event")


def _doc(name, text, published, source, title):
    import hashlib
    return Document(hashlib.sha1(text.encode()).hexdigest()[:16], name, text, title=title,
                    published=published, source=source, fmt="txt")


def _span(doc, phrase, **kw) -> Record:
    start = doc.text.index(phrase)
    sent_start = doc.text.rfind(". ", 0, start) + 2 if doc.text.rfind(". ", 0, start) >= 0 else 0
    sent_end = doc.text.find(".", start) + 1 or len(doc.text)
    return Record(doc=doc.name, doc_id=doc.doc_id, start=start, end=start + len(phrase), evidence=phrase,
                  sentence=doc.text[sent_start:sent_end], sent_start=sent_start, **kw)


DOCS = [_doc("kyiv.txt", KYIV, date(2025, 4, 24), "BBC", "Kyiv attack"),
        _doc("kyiv-reuters.txt", KYIV2, date(2025, 4, 24), "Reuters", "Nine killed in Kyiv"),
        _doc("sumy.txt", SUMY, date(2025, 4, 28), "Reuters", "Sumy drones")]


def records_for(doc: Document) -> list[Record]:
    if doc.name == "kyiv.txt":
        return [_span(doc, "killing at least 12 people", type="casualty", category="killed", count=12, low=12,
                      qualifier="at_least", group="people", **KYIV_AT),
                _span(doc, "injuring 90", type="casualty", category="injured", count=90, qualifier="exact",
                      **KYIV_AT),
                _span(doc, "70 missiles", type="weapon", category="missile", count=70, qualifier="exact",
                      role="launched", **KYIV_AT),
                _span(doc, "145 drones", type="weapon", category="drone", count=145, qualifier="exact",
                      role="launched", **KYIV_AT),
                _span(doc, "Kyiv", type="place", name="Kyiv", lat=50.45, lon=30.52, country="UA",
                      admin1="Kyiv City", precision="city"),
                _span(doc, "Zelensky said Putin must stop", type="statement", name="Zelensky",
                      text="Putin must stop", date="2025-04-24")]
    if doc.name == "kyiv-reuters.txt":
        return [_span(doc, "Nine people were killed", type="casualty", category="killed", count=9,
                      qualifier="exact", group="people", **KYIV_AT)]
    if doc.name == "sumy.txt":
        return [_span(doc, "injured 3 people", type="casualty", category="injured", count=3, qualifier="exact",
                      **SUMY_AT),
                _span(doc, "Sumy Oblast", type="place", name="Sumy Oblast", lat=50.9, lon=34.8, country="UA",
                      admin1="Sumy", precision="region")]
    return []


def hand_extractor(docs):
    return {d.doc_id: records_for(d) for d in docs}


def make_store(empty: bool = False):
    """``Store(":memory:")`` holding DOCS with the records above (or nothing)."""
    from dashboard.store import Store
    store = Store(":memory:")
    if not empty:
        store.ingest(DOCS, extractor=hand_extractor)
    return store
