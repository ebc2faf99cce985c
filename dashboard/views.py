"""What each page of the app shows, as plain data: the store's small answers and the
figures built from them. Pure functions of (store, filter, choices): the app calls them
through its caches (one result per store version and filter, shared by every session),
and ``python -m dashboard bench pages`` times them without a browser.

No Streamlit here; the pages only lay out what these return.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from . import charts, present
from .filters import Filter

MAP_POINTS = 2500        # more located events than this: one dot per place (summed)
BAR_EVENTS = 25          # events in the across-events charts
TIMELINE_ONE_BY_ONE = 400  # more events than this: one marker per day and kind
TIMELINE_MARKERS = 600     # more day markers than this: one per month and kind
STATEMENTS = 200         # the latest statements listed on the timeline
TABLE_ROWS = 200         # rows per table page


def overview(store, flt: Filter) -> dict:
    """Headline figures, the latest events and events/casualties per week."""
    counts = store.event_counts(flt, "week")
    return {"summary": store.summary(flt),
            "latest": store.events(flt, order="date", limit=10, evidence=False),
            "bars": charts.period_bars_figure(counts, "week", height=300)}


def map_view(store, flt: Filter, base_url: str, tiles: Optional[str] = None, show_places: bool = False,
             max_points: int = MAP_POINTS) -> dict:
    """The map figure: events (or, above ``max_points``, places summed) as dots with hover
    texts led by figures and sources, casualty bubbles clustered by zoom."""
    n = store.count_events(flt, located=True)
    if n <= max_points:
        ev = store.events(flt, located=True)
        sources = store.event_sources(flt)
        ev = ev.assign(id=ev["event_id"])
        summed = False
    else:
        ev = store.place_aggregates(flt, limit=max_points)
        sources = None
        ev = ev.assign(id="place:" + ev["place"].astype(str), event_id=None)
        summed = True
    hover = charts.event_hovers(ev.reset_index(drop=True), sources)
    places = store.places(flt, limit=max_points) if show_places else None
    fig = charts.map_figure(ev.reset_index(drop=True), hover, places, base_url=base_url, tiles=tiles)
    return {"figure": fig, "located": n, "drawn": len(ev), "summed": summed,
            "unlocated": store.count_events(flt) - n}


def timeline_view(store, flt: Filter, freq: str = "week") -> dict:
    """Bars per period, the event timeline and the statements."""
    counts = store.event_counts(flt, freq)
    n = store.count_events(flt)
    if n > TIMELINE_ONE_BY_ONE:      # summed per day and kind in SQL (per month when days are many)
        ev = store.event_days(flt)
        if len(ev) > TIMELINE_MARKERS:
            ev = store.event_days(flt, per_month=True)
    else:
        ev = store.events(flt, order="date", limit=TIMELINE_ONE_BY_ONE, evidence=True)
    statements = store.records(flt, types=("statement",), limit=STATEMENTS)
    return {"counts": counts, "bars": charts.period_bars_figure(counts, freq),
            "timeline": charts.timeline_figure(ev, statements, None, height=360, aggregate_from=10 ** 9),
            "events": n, "statements": statements}


def comparisons_view(store, flt: Filter, order: str = "toll", top: int = BAR_EVENTS,
                     disagree_only: bool = False) -> dict:
    """Across events: the ``top`` events by ``order`` ("toll" or "date") as named bars,
    and their weapons launched vs shot down."""
    f = flt
    ev = store.events(f, order="toll" if order == "toll" else "date", limit=2000, evidence=False)
    if disagree_only:
        ev = ev[ev["disagreement"].fillna(False).astype(bool)]
    pick = ev.head(top)
    if order == "date":
        pick = pick.sort_values("date", ascending=False, na_position="last")
    names = present.event_names(pick) if len(pick) else pick.get("place", [])
    weapons = store.weapons_by_event(list(pick["event_id"])) if len(pick) else None
    name_of = dict(zip(pick["event_id"], names)) if len(pick) else {}
    return {"events": ev, "pick": pick,
            "bars": charts.events_bars_figure(pick, names) if len(pick) else None,
            "weapons": charts.weapons_figure(weapons, name_of) if weapons is not None and len(weapons) else None}


def event_view(store, event_id: str, base_url: str) -> Optional[dict]:
    """One event's dossier: its row, every source's figures with their sentences and spans,
    disagreements in words, the articles, revisions and a small map."""
    row = store.event(event_id)
    if not len(row):
        return None
    ev = row.iloc[0].to_dict()
    cmp = store.comparisons([event_id])
    out = {"event": ev, "name": present.event_name(ev), "comparisons": cmp,
           "disagreements": present.disagreements(cmp),
           "documents": store.event_documents(event_id),
           "sources": charts.sources_figure(cmp) if len(cmp) else None,
           "revisions": charts.revisions_figure(cmp) if len(cmp) else None, "place_map": None}
    lat, lon = ev.get("lat"), ev.get("lon")
    if lat is not None and lat == lat and lon is not None and lon == lon:
        out["place_map"] = charts.place_map_figure(float(lat), float(lon), str(ev.get("precision") or "city"),
                                                   str(ev.get("place") or ""), base_url)
    return out


def records_view(store, flt: Filter, search: Optional[str] = None, page: int = 0,
                 rows: int = TABLE_ROWS) -> dict:
    total = store.count_records(flt, search)
    recs = store.records(flt, search, limit=rows, offset=page * rows)
    return {"total": total, "records": recs, "table": present.records_table(recs) if len(recs) else None}


def documents_view(store, flt: Filter, search: Optional[str] = None, page: int = 0,
                   rows: int = TABLE_ROWS) -> dict:
    total = store.count_documents_matching(flt, search)
    docs = store.documents(flt, search, limit=rows, offset=page * rows)
    return {"total": total, "documents": docs}


def only_types(flt: Filter, types: tuple) -> Filter:
    keep = tuple(t for t in types if not flt.types or t in flt.types)
    return replace(flt, types=keep or ("__none__",))
