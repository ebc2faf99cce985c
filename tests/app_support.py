"""A small in-memory stand-in for ``dashboard.store.Store`` with hand-made frames,
so page tests check the pages, not the extractor. Same method names and columns."""
from __future__ import annotations

import uuid

import pandas as pd

from dashboard.records import RECORD_FIELDS, Document

TEXT1 = ("Russian missiles hit Kyiv overnight on 24 April 2025, killing at least 12 people and injuring 90. "
         "Russia launched 70 missiles and 145 drones. <script>alert('x')</script> Zelensky said Putin must stop.")
TEXT2 = "A drone attack on Sumy Oblast in April 2025 injured 3 people, officials said."


def _rec(doc, **kw):
    row = {k: None for k in RECORD_FIELDS}
    row.update({"doc": doc.name, "doc_id": doc.doc_id, "published": doc.published, "outlet": doc.source,
                "title": doc.title, "subset": False, "confidence": 1.0})
    row.update(kw)
    return row


class FakeStore:
    def __init__(self, empty: bool = False):
        from datetime import date
        self._version = uuid.uuid4().hex
        d1 = Document("d1" * 8, "kyiv.txt", TEXT1, title="Kyiv attack", published=date(2025, 4, 24),
                      source="BBC", fmt="txt")
        d2 = Document("d2" * 8, "sumy.txt", TEXT2, title="Sumy drones", published=date(2025, 4, 28),
                      source="Reuters", fmt="txt")
        self.docs = {} if empty else {d1.doc_id: d1, d2.doc_id: d2}
        i = TEXT1.index
        kyiv = dict(date="2025-04-24", date_precision="day", place="Kyiv", lat=50.45, lon=30.52,
                    country="UA", admin1="Kyiv City", precision="city")
        sumy = dict(date="2025-04", date_precision="month", place="Sumy Oblast", lat=50.9, lon=34.8,
                    country="UA", admin1="Sumy", precision="region")
        s1 = TEXT1[: TEXT1.index("Russia launched")].strip()
        recs = [] if empty else [
            _rec(d1, type="casualty", category="killed", count=12, low=12, qualifier="at_least",
                 start=i("killing"), end=i("killing") + 29, evidence="killing at least 12 people",
                 sentence=s1, event_id="e1", **kyiv),
            _rec(d1, type="casualty", category="injured", count=90, qualifier="exact", start=i("injuring"),
                 end=i("injuring") + 14, evidence="injuring 90", sentence=s1, event_id="e1", **kyiv),
            _rec(d1, type="weapon", category="missile", count=70, role="launched", start=i("70 missiles"),
                 end=i("70 missiles") + 11, evidence="70 missiles", sentence="Russia launched 70 missiles",
                 event_id="e1", **kyiv),
            _rec(d1, type="weapon", category="drone", count=145, role="launched", start=i("145 drones"),
                 end=i("145 drones") + 10, evidence="145 drones", sentence="and 145 drones", event_id="e1", **kyiv),
            _rec(d1, type="place", name="Kyiv", lat=50.45, lon=30.52, country="UA", admin1="Kyiv City",
                 precision="city", start=i("Kyiv"), end=i("Kyiv") + 4, evidence="Kyiv"),
            _rec(d1, type="statement", name="Zelensky", text="Putin must stop", date="2025-04-24",
                 start=i("Zelensky"), end=len(TEXT1), evidence=TEXT1[i("Zelensky"):]),
            _rec(d2, type="casualty", category="injured", count=3, qualifier="exact", start=TEXT2.index("injured"),
                 end=TEXT2.index("injured") + 16, evidence="injured 3 people", sentence=TEXT2, event_id="e2",
                 **sumy),
        ]
        self.records = pd.DataFrame(recs, columns=list(RECORD_FIELDS) + ["event_id", "published", "outlet", "title"])
        ev = [] if empty else [
            dict(event_id="e1", kind="missile", n_sources=1, sources="BBC", killed_low=12, killed_best=12,
                 killed_high=12, injured_low=90, injured_best=90, injured_high=90, missiles_best=70,
                 drones_best=145, weapons="missile, drone", disagreement=False, title="Kyiv attack", **kyiv),
            dict(event_id="e2", kind="drone", n_sources=1, sources="Reuters", injured_low=3, injured_best=3,
                 injured_high=3, killed_best=0, weapons="drone", disagreement=False, title="Sumy", **sumy),
        ]
        self.events = pd.DataFrame(ev, columns=["event_id", "date", "date_precision", "date_inferred", "place",
                                                "lat", "lon", "precision", "country", "admin1", "kind", "title",
                                                "n_sources", "sources", "killed_low", "killed_best",
                                                "killed_high", "injured_low", "injured_best", "injured_high",
                                                "missing_best", "missiles_best", "drones_best", "shot_down_best",
                                                "weapons", "disagreement"])
        fig = self.records[self.records["type"].isin(["casualty", "weapon"])]
        self.comparisons = pd.DataFrame([
            dict(event_id=r["event_id"], figure=r["category"], doc_id=r["doc_id"], doc=r["doc"],
                 outlet=r["outlet"], count=r["count"], low=r["low"], high=r["high"], qualifier=r["qualifier"],
                 evidence=r["evidence"], sentence=r["sentence"], start=r["start"], end=r["end"],
                 combined_low=r["count"], combined_best=r["count"], combined_high=r["count"], consistent=True,
                 note="") for r in fig.to_dict("records")],
            columns=["event_id", "figure", "doc_id", "doc", "outlet", "count", "low", "high", "qualifier",
                     "evidence", "sentence", "start", "end", "combined_low", "combined_best", "combined_high",
                     "consistent", "note"])
        self.ingested = []

    def version(self):
        return self._version

    def ensure_sample(self):
        return None

    def records_df(self, flt=None):
        return flt.apply(self.records) if flt else self.records

    def events_df(self, flt=None):
        if not flt or flt.is_empty():
            return self.events
        return self.events[self.events["event_id"].isin(set(self.records_df(flt)["event_id"].dropna()))]

    def comparisons_df(self, flt=None):
        if not flt:
            return self.comparisons
        return self.comparisons[self.comparisons["event_id"].isin(set(self.events_df(flt)["event_id"]))]

    def documents_df(self, flt=None):
        rows = [dict(doc_id=d.doc_id, name=d.name, title=d.title, published=d.published, outlet=d.source,
                     fmt=d.fmt, n_records=int((self.records["doc_id"] == d.doc_id).sum()))
                for d in self.docs.values()]
        df = pd.DataFrame(rows, columns=["doc_id", "name", "title", "published", "outlet", "fmt", "n_records"])
        if flt and not flt.is_empty():
            df = df[df["doc_id"].isin(set(self.records_df(flt)["doc_id"]))]
        return df

    def document(self, doc_id):
        return self.docs.get(doc_id)

    def options(self):
        r = self.records

        def vals(col, frame=r):
            return sorted(v for v in frame[col].dropna().unique())
        return {"date_min": "2025-04-01" if len(r) else None, "date_max": "2025-04-28" if len(r) else None,
                "countries": vals("country"), "admin1": vals("admin1"),
                "places": sorted(set(vals("place")) | set(vals("name", r[r["type"] == "place"]))),
                "sources": vals("outlet"), "types": vals("type"), "categories": vals("category"),
                "weapons": vals("category", r[r["type"] == "weapon"])}

    def ingest(self, docs, progress=None):
        docs = list(docs)
        self.ingested.extend(docs)

        class Summary:
            added_documents = len(docs)
        return Summary()
