"""The app's read queries: each asks the store only for what a page draws.

Every function takes ``q(sql, params) -> DataFrame`` (the store's reader) and a
:class:`~dashboard.filters.Filter`, and returns a small frame: aggregates, counts and
distinct values are computed in SQL, one evidence sentence per event comes from a
window query, tables are paged. The SQL is plain and portable (DuckDB and PostgreSQL
both accept it: ``?`` placeholders, ``row_number() OVER``, ``string_agg``, ``coalesce``,
``CASE``, ``substr``, ``lower(...) LIKE``); nothing else in the app writes SQL.

The :class:`~dashboard.store.Store` exposes each as a public method
(``store.summary(flt)``, ``store.map_events(flt)`` ...).

Filter rule (the same as ``Store.events_df``): an event passes when at least one of its
records passes the filter; an empty filter keeps everything without a sub-query.
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from ..filters import Filter

Q = Callable[[str, Sequence], "object"]

CASUALTY = ("killed", "injured", "missing")
# comparisons.figure is ``category[_role][_subset][ (model)]``: the plain toll figures
TOLLS = ("killed", "injured")
ORDERS = {"date": "e.date DESC NULLS LAST, e.event_id",
          "date_asc": "e.date ASC NULLS LAST, e.event_id",
          "toll": "toll DESC, e.date DESC NULLS LAST, e.event_id"}
TOLL = "(coalesce(e.killed_best, 0) + coalesce(e.injured_best, 0))"


def _marks(values) -> str:
    return ", ".join("?" for _ in values)


def event_where(flt: Optional[Filter], alias: str = "e") -> tuple[str, list]:
    """``(sql, params)``: the events (``alias``) passing ``flt`` by the filter's event rule
    (:meth:`Filter.to_sql` with ``frame="events"``: the event's own date, country, region,
    place, weapons, sources, and the figures it has), read from the events table alone."""
    return (flt or Filter()).to_sql(alias, frame="events")


def _evidence_sql(page: str) -> str:
    """One sentence per event of the CTE ``page`` (its first casualty figure's, else its
    first figure's), by a window query over those events' comparisons only."""
    return ("SELECT event_id, sentence FROM (SELECT c.event_id, c.sentence, row_number() OVER ("
            "PARTITION BY c.event_id ORDER BY CASE WHEN c.figure IN ('killed', 'injured', 'missing') "
            "THEN 0 ELSE 1 END, c.published NULLS LAST, c.doc) AS k FROM comparisons c "
            f"WHERE c.event_id IN (SELECT event_id FROM {page}) AND c.sentence IS NOT NULL) s WHERE k = 1")


# -- headline figures ---------------------------------------------------------------------
def summary(q: Q, flt: Filter) -> dict:
    """Events, killed, injured, missiles, drones (sums of the events' best), articles and
    outlets, and the figures that lack a date or a place."""
    where, params = event_where(flt)
    ev = q("SELECT count(*) AS events, sum(e.killed_best) AS killed, sum(e.injured_best) AS injured, "
           "sum(e.missiles_best) AS missiles, sum(e.drones_best) AS drones, "
           "sum(e.shot_down_best) AS shot_down, count(e.lat) AS located "
           f"FROM events e WHERE {where}", params)
    rwhere, rparams = flt.to_sql("r")
    if flt.is_empty():   # the same counts from the base tables, without the view's joins
        docs = q("SELECT (SELECT count(*) FROM documents) AS articles, "
                 "(SELECT count(DISTINCT coalesce(outlet, name)) FROM documents) AS outlets, "
                 "count(*) AS figures, sum(CASE WHEN date IS NULL OR date = '' THEN 1 ELSE 0 END) AS no_date, "
                 "sum(CASE WHEN lat IS NULL THEN 1 ELSE 0 END) AS no_place FROM records "
                 "WHERE type IN ('casualty', 'weapon')", [])
        rwhere = None
    if rwhere is not None:
        # articles and outlets of the events shown; figures lacking a date or a place (they
        # belong to no event) counted on the base table where the filter allows
        docs = q("SELECT count(DISTINCT re.doc_id) AS articles, count(DISTINCT coalesce(d.outlet, d.name)) AS outlets "
                 "FROM record_events re JOIN documents d ON d.doc_id = re.doc_id "
                 f"WHERE re.event_id IN (SELECT e.event_id FROM events e WHERE {where})", params)
        table = "records" if _base_only(flt) else "records_v"
        rwhere, rparams = flt.to_sql("r", table=table)
        gaps = q("SELECT sum(CASE WHEN r.type IN ('casualty', 'weapon') THEN 1 ELSE 0 END) AS figures, "
                 "sum(CASE WHEN r.type IN ('casualty', 'weapon') AND (r.date IS NULL OR r.date = '') "
                 "THEN 1 ELSE 0 END) AS no_date, "
                 "sum(CASE WHEN r.type IN ('casualty', 'weapon') AND r.lat IS NULL THEN 1 ELSE 0 END) AS no_place "
                 f"FROM {table} r WHERE {rwhere}", rparams)
        docs = docs.join(gaps) if len(docs) and len(gaps) else docs
    out = {}
    for frame in (ev, docs):
        if len(frame):
            out.update({k: (None if v is None or v != v else int(v)) for k, v in frame.iloc[0].items()})
    return out


# -- events --------------------------------------------------------------------------------
def events(q: Q, flt: Filter, order: str = "date", limit: Optional[int] = None, offset: int = 0,
           evidence: bool = True, located: bool = False):
    """Events passing ``flt`` with their ``toll`` (killed + injured best) and, with
    ``evidence``, one ``evidence`` sentence each; ordered by ``order`` (see ORDERS), paged."""
    where, params = event_where(flt)
    if located:
        where += " AND e.lat IS NOT NULL AND e.lon IS NOT NULL"
    page = ""
    if limit is not None:
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}"
    order_sql = ORDERS.get(order, ORDERS["date"])
    sql = f"SELECT e.*, {TOLL} AS toll FROM events e WHERE {where} ORDER BY {order_sql}{page}"
    if evidence:
        sql = (f"WITH p AS ({sql}) SELECT p.*, s.sentence AS evidence FROM p LEFT JOIN "
               f"({_evidence_sql('p')}) s ON s.event_id = p.event_id ORDER BY {order_sql.replace('e.', 'p.')}")
    return q(sql, params)


def count_events(q: Q, flt: Filter, located: bool = False) -> int:
    where, params = event_where(flt)
    if located:
        where += " AND e.lat IS NOT NULL AND e.lon IS NOT NULL"
    df = q(f"SELECT count(*) AS n FROM events e WHERE {where}", params)
    return int(df["n"].iloc[0]) if len(df) else 0


def event_sources(q: Q, flt: Filter, limit: Optional[int] = None):
    """Who reported what, per event: one ``line`` of hover text per event and toll or
    weapon figure, in SQL (``string_agg``): "killed: Reuters 9; BBC ≥ 12". Outlet names are
    HTML-escaped here, since the line goes into a hover label as it is."""
    where, params = event_where(flt)
    outlet = "regexp_replace(coalesce(c.outlet, c.doc), '[.](txt|md|html?)$', '')"
    for a, b in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        outlet = f"replace({outlet}, '{a}', '{b}')"
    sign = ("CASE c.qualifier WHEN 'at_least' THEN '≥ ' WHEN 'more_than' THEN '> ' WHEN 'about' THEN '~' "
            "WHEN 'up_to' THEN '≤ ' WHEN 'vague' THEN '~' ELSE '' END")
    label = ("CASE c.figure WHEN 'killed' THEN 'killed' WHEN 'injured' THEN 'injured' WHEN 'missile' "
             "THEN 'missiles' ELSE 'drones' END")
    rank = "CASE c.figure WHEN 'killed' THEN 0 WHEN 'injured' THEN 1 WHEN 'missile' THEN 2 ELSE 3 END"
    return q(f"SELECT event_id, string_agg(line, '<br>' ORDER BY rank) AS line FROM ("
             f"SELECT c.event_id, {rank} AS rank, {label} || ': ' || string_agg("
             f"{outlet} || ' ' || {sign} || CAST(coalesce(c.count, c.low) AS VARCHAR), '; ' "
             "ORDER BY c.published NULLS LAST, c.doc) AS line "
             "FROM comparisons c JOIN events e ON e.event_id = c.event_id "
             f"WHERE {where} AND c.figure IN ('killed', 'injured', 'missile', 'drone') "
             f"AND coalesce(c.count, c.low) IS NOT NULL GROUP BY c.event_id, {rank}, {label}) x "
             "GROUP BY event_id", params)


def place_aggregates(q: Q, flt: Filter, limit: int = 5000):
    """Events summed per place (for maps with more events than points worth drawing):
    place, lat, lon, precision, kind (the commonest there), n_events, killed, injured,
    missiles, drones, first, last."""
    where, params = event_where(flt)
    out = q("SELECT e.place, avg(e.lat) AS lat, avg(e.lon) AS lon, min(e.precision) AS precision, "
             "e.country, count(*) AS n_events, sum(e.killed_best) AS killed_best, "
             "sum(e.injured_best) AS injured_best, sum(e.missiles_best) AS missiles_best, "
             "sum(e.drones_best) AS drones_best, min(e.date) AS first, max(e.date) AS last, "
             "min(e.event_id) AS event_id "
             f"FROM events e WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL "
             f"GROUP BY e.place, e.country ORDER BY n_events DESC, e.place LIMIT {int(limit)}",
             params)
    if not len(out):
        return out.assign(kind=None)
    # each place's commonest kind (a second small GROUP BY: mode() is not portable SQL)
    kinds = q("SELECT e.place, e.kind, count(*) AS n FROM events e "
              f"WHERE {where} AND e.lat IS NOT NULL GROUP BY e.place, e.kind", params)
    top = kinds.sort_values(["n", "kind"], ascending=[False, True]).drop_duplicates("place")
    return out.merge(top[["place", "kind"]], on="place", how="left")


def event_counts(q: Q, flt: Filter, freq: str = "day"):
    """Events, killed and injured per period (``day``, ``week`` or ``month``) of the
    event date. Month-precision events count only in months. Columns: period (ISO date of
    the period's first day), events, killed, injured."""
    where, params = event_where(flt)
    if freq == "month":
        period = "substr(e.date, 1, 7) || '-01'"
        cond = "length(e.date) >= 7"
    elif freq == "week":
        # ISO weeks start on Monday: the day minus its ISO weekday - 1
        period = ("CAST(CAST(e.date AS DATE) - CAST(extract(isodow FROM CAST(e.date AS DATE)) - 1 "
                  "AS INTEGER) AS VARCHAR)")
        cond = "length(e.date) = 10"
    else:
        period = "e.date"
        cond = "length(e.date) = 10"
    return q(f"SELECT {period} AS period, count(*) AS events, sum(coalesce(e.killed_best, 0)) AS killed, "
             f"sum(coalesce(e.injured_best, 0)) AS injured FROM events e WHERE {where} AND {cond} "
             "GROUP BY 1 ORDER BY 1", params)


def event_days(q: Q, flt: Filter, per_month: bool = False):
    """Events summed per day and kind (``per_month``: per month and kind, dated the 15th),
    for timelines of more events than are worth drawing one by one: date, date_precision,
    kind, n_events, killed_best, injured_best, missiles_best, drones_best, and an
    ``event_id`` naming the group."""
    where, params = event_where(flt)
    day = "substr(e.date, 1, 7) || '-15'" if per_month else "e.date"
    cond = "length(e.date) >= 7" if per_month else "e.date IS NOT NULL"
    precision = "'day'" if per_month else "e.date_precision"
    return q("SELECT d AS date, min(p) AS date_precision, kind, count(*) AS n_events, "
             "sum(killed_best) AS killed_best, sum(injured_best) AS injured_best, "
             "sum(missiles_best) AS missiles_best, sum(drones_best) AS drones_best, "
             "'group:' || d || ':' || coalesce(kind, '') AS event_id, "
             "CAST(count(*) AS VARCHAR) || ' events' AS place, 'several places' AS precision "
             f"FROM (SELECT {day} AS d, {precision} AS p, e.kind, e.killed_best, "
             "e.injured_best, e.missiles_best, e.drones_best "
             f"FROM events e WHERE {where} AND {cond}) x GROUP BY d, kind ORDER BY d", params)


# -- one event -----------------------------------------------------------------------------
def event(q: Q, event_id: str):
    return q("SELECT e.*, " + TOLL + " AS toll FROM events e WHERE e.event_id = ?", [event_id])


def comparisons(q: Q, event_ids: Sequence[str]):
    """Every source's value of every figure of these events (and the document's outlet,
    title, url, publication time), in publication order."""
    if not event_ids:
        return q("SELECT c.* FROM comparisons c WHERE FALSE", [])
    ids = list(event_ids)
    from .schema import cols
    ccols = ", ".join(f'c."{c}"' for c in cols("comparisons", ("claimant",)))
    claim = "coalesce(c.claimant, r.claimant)" if "claimant" in cols("comparisons") else "r.claimant"
    return q(f"SELECT {ccols}, d.title, d.url, d.published_at, d.language, "
             "coalesce(c.outlet, d.outlet, c.doc) AS source_name, "
             f"{claim} AS claimant, r.source AS said_by FROM comparisons c LEFT JOIN documents d ON d.doc_id = c.doc_id "
             "LEFT JOIN (SELECT doc_id, start, max(claimant) AS claimant, max(source) AS source FROM records "
             "WHERE type IN ('casualty', 'weapon') AND doc_id IN (SELECT doc_id FROM comparisons "
             f"WHERE event_id IN ({_marks(ids)})) GROUP BY doc_id, start) r "
             "ON r.doc_id = c.doc_id AND r.start = c.start "
             f"WHERE c.event_id IN ({_marks(ids)}) "
             "ORDER BY c.event_id, c.figure, coalesce(d.published_at, c.published) NULLS LAST, c.doc", ids + ids)


def event_records(q: Q, event_id: str):
    """The figure records grouped into the event (with their evidence and claimant)."""
    return q(_records_of("SELECT doc_id, rec_no FROM record_events WHERE event_id = ?",
                         "d.published NULLS LAST, r.doc_id, r.rec_no"), [event_id] * 4)


def document_records(q: Q, doc_id: str):
    """Every record of one article, in text order."""
    return q(f"SELECT {RECORD_COLUMNS} FROM records r LEFT JOIN record_events re ON re.doc_id = r.doc_id "
             "AND re.rec_no = r.rec_no LEFT JOIN documents d ON d.doc_id = r.doc_id WHERE r.doc_id = ? "
             "ORDER BY r.start, r.rec_no", [doc_id])


def event_documents(q: Q, event_id: str):
    """The articles that tell the event: name, title, outlet, url, publication."""
    return q("SELECT d.doc_id, d.name, d.title, d.outlet, d.url, d.published, d.published_at, d.language "
             "FROM documents d WHERE d.doc_id IN (SELECT doc_id FROM record_events WHERE event_id = ?) "
             "ORDER BY coalesce(d.published_at, CAST(d.published AS VARCHAR)) NULLS LAST, d.name", [event_id])


def weapons_by_event(q: Q, event_ids: Sequence[str]):
    """Weapons launched and shot down per event: (event_id, weapon, role, best) rows from
    the combined figures (``drone``, ``drone_shot_down``; a model's count is not added to
    its category's)."""
    if not event_ids:
        return q("SELECT NULL AS event_id WHERE FALSE", [])
    ids = list(event_ids)
    shot = "position('_shot_down' IN c.figure) > 0"
    skip = " ".join(f"AND position('{w}' IN c.figure) <> 1" for w in (
        "killed", "injured", "missing", "hospitalized", "rescued", "evacuated", "displaced", "arrested", "captured"))
    return q(f"SELECT c.event_id, CASE WHEN {shot} THEN 'shot down' ELSE 'launched' END AS role, "
             "split_part(split_part(c.figure, ' (', 1), '_shot_down', 1) AS weapon, "
             "max(c.combined_best) AS best FROM comparisons c "
             f"WHERE c.event_id IN ({_marks(ids)}) {skip} "
             "AND position('_hit' IN c.figure) = 0 AND position('(' IN c.figure) = 0 "
             "GROUP BY 1, 2, 3 ORDER BY 1, 3, 2", ids)


# -- records and documents ------------------------------------------------------------------
def _search(column_sql: str, text: Optional[str]) -> tuple[str, list]:
    if not text or not text.strip():
        return "TRUE", []
    return f"lower({column_sql}) LIKE ?", ["%" + text.strip().lower() + "%"]


# the columns of the ``records_v`` view, spelled out for queries that join only the rows they
# page (the view itself would join every record first)
def _record_columns() -> str:
    from .schema import cols
    return ", ".join(f'r."{c}"' for c in cols("records", ("date", "date_precision", "extra")))


RECORD_COLUMNS = (_record_columns() + ", "
                  "CASE WHEN re.date_inferred THEN re.date ELSE r.date END AS date, "
                  "CASE WHEN re.date_inferred THEN re.date_precision ELSE r.date_precision END AS date_precision, "
                  "re.event_id, coalesce(re.date_inferred, false) AS date_inferred, d.published, d.outlet, d.title, "
                  "d.url, d.published_at")
# filter fields the base ``records`` table answers without the view's joins
BASE_FIELDS = ("countries", "admin1", "places", "types", "categories")


def _records_of(keys: str, order: str) -> str:
    """The records whose (doc_id, rec_no) the query ``keys`` selects, with the view's
    columns. Row-value ``IN`` lets the engine skip what it need not read (a join would
    scan every record to probe a handful)."""
    docs = f"doc_id IN (SELECT doc_id FROM ({keys}) k)"
    return (f"SELECT {RECORD_COLUMNS} FROM (SELECT * FROM records WHERE {docs} AND (doc_id, rec_no) IN ({keys})) r "
            f"LEFT JOIN (SELECT * FROM record_events WHERE {docs} AND (doc_id, rec_no) IN ({keys})) re "
            "ON re.doc_id = r.doc_id AND re.rec_no = r.rec_no LEFT JOIN documents d ON d.doc_id = r.doc_id "
            f"ORDER BY {order}")


def _base_only(flt: Filter) -> bool:
    return all(not getattr(flt, f) for f in ("date_from", "date_to", "weapons", "sources"))


def records(q: Q, flt: Filter, search: Optional[str] = None, limit: int = 1000, offset: int = 0,
            types: Optional[Sequence[str]] = None):
    """A page of records passing ``flt`` (and ``search`` in their evidence or sentence),
    the latest first. The page is chosen on the base table when the filter allows (country,
    region, place, type, category), and only its rows are joined to their event and article."""
    table = "records" if _base_only(flt) else "records_v"
    where, params = flt.to_sql("r", table=table)
    s, sp = _search("coalesce(r.sentence, '') || ' ' || coalesce(r.evidence, '')", search)
    t = ""
    if types:
        t = f" AND r.type IN ({_marks(types)})"
        sp = sp + list(types)
    page = (f"SELECT r.doc_id, r.rec_no, r.date FROM {table} r WHERE {where} AND {s}{t} "
            f"ORDER BY r.date DESC NULLS LAST, r.doc_id, r.rec_no LIMIT {int(limit)} OFFSET {int(offset)}")
    return q(f"WITH p AS ({page}) "
             + _records_of("SELECT doc_id, rec_no FROM p", "date DESC NULLS LAST, r.doc_id, r.rec_no"),
             params + sp)


def count_records(q: Q, flt: Filter, search: Optional[str] = None,
                  types: Optional[Sequence[str]] = None) -> int:
    table = "records" if _base_only(flt) else "records_v"
    where, params = flt.to_sql("r", table=table)
    s, sp = _search("coalesce(r.sentence, '') || ' ' || coalesce(r.evidence, '')", search)
    t = ""
    if types:
        t = f" AND r.type IN ({_marks(types)})"
        sp = sp + list(types)
    df = q(f"SELECT count(*) AS n FROM {table} r WHERE {where} AND {s}{t}", params + sp)
    return int(df["n"].iloc[0]) if len(df) else 0


def _doc_where(flt: Filter, search: Optional[str]) -> tuple[str, list]:
    conds, params = [], []
    if not flt.is_empty():
        where, params = flt.to_sql("r")
        conds.append(f"d.doc_id IN (SELECT r.doc_id FROM records_v r WHERE {where})")
    s, sp = _search("coalesce(d.title, '') || ' ' || d.text", search)
    conds.append(s)
    return " AND ".join(conds), params + sp


def documents(q: Q, flt: Filter, search: Optional[str] = None, limit: int = 500, offset: int = 0):
    """A page of articles (without their text) passing ``flt``; with ``search``, the words
    must be in the title or the text, and ``snippet`` shows them in context."""
    where, params = _doc_where(flt, search)
    snippet = "NULL"
    sp: list = []
    if search and search.strip():
        snippet = ("substr(d.text, greatest(position(? IN lower(d.text)) - 90, 1), 240)")
        sp = [search.strip().lower()]
    return q(f"SELECT d.doc_id, d.name, d.title, d.outlet, d.url, d.published, d.published_at, d.language, "
             f"d.n_records, {snippet} AS snippet FROM documents d WHERE {where} "
             f"ORDER BY d.published DESC NULLS LAST, d.name LIMIT {int(limit)} OFFSET {int(offset)}",
             sp + params)


def count_documents(q: Q, flt: Filter, search: Optional[str] = None) -> int:
    where, params = _doc_where(flt, search)
    df = q(f"SELECT count(*) AS n FROM documents d WHERE {where}", params)
    return int(df["n"].iloc[0]) if len(df) else 0


def places(q: Q, flt: Filter, limit: int = 5000):
    """Distinct places named by the records passing ``flt`` (name, lat, lon, precision,
    mentions), the most named first."""
    from dataclasses import replace

    keep = tuple(t for t in ("place",) if not flt.types or t in flt.types) or ("__none__",)
    where, params = replace(flt, types=keep).to_sql("r")
    return q("SELECT r.name, min(r.lat) AS lat, min(r.lon) AS lon, min(r.precision) AS precision, "
             f"count(*) AS mentions FROM records_v r WHERE r.lat IS NOT NULL AND {where} "
             f"GROUP BY r.name ORDER BY mentions DESC, r.name LIMIT {int(limit)}", params)


# -- filter choices -------------------------------------------------------------------------
def options(q: Q) -> dict:
    """Every value the filters can take: distincts over the base tables (no view, no join),
    so a million records answer in tens of milliseconds; the app caches it per store version."""
    from ..filters import parse_date

    out = {"date_min": None, "date_max": None, "countries": [], "admin1": [], "places": [],
           "sources": [], "types": [], "categories": [], "weapons": []}

    def distinct(sql):
        df = q(sql, [])
        return [v for v in (df.iloc[:, 0].tolist() if len(df) else []) if v is not None and v == v and v != ""]

    rng = q("SELECT min(d) AS lo, max(d) AS hi FROM (SELECT date AS d FROM events WHERE date IS NOT NULL "
            "UNION ALL SELECT CAST(published AS VARCHAR) FROM documents WHERE published IS NOT NULL) x", [])
    if len(rng):
        out["date_min"], out["date_max"] = parse_date(rng["lo"].iloc[0]), parse_date(rng["hi"].iloc[0])
    out["countries"] = distinct("SELECT DISTINCT country FROM records WHERE country IS NOT NULL ORDER BY 1")
    out["admin1"] = distinct("SELECT DISTINCT admin1 FROM records WHERE admin1 IS NOT NULL ORDER BY 1")
    out["places"] = distinct("SELECT DISTINCT coalesce(place, CASE WHEN type = 'place' THEN name END) AS p "
                             "FROM records WHERE place IS NOT NULL OR type = 'place' ORDER BY 1")
    out["sources"] = distinct("SELECT DISTINCT coalesce(outlet, name) FROM documents ORDER BY 1")
    out["types"] = distinct("SELECT DISTINCT type FROM records ORDER BY 1")
    out["categories"] = distinct("SELECT DISTINCT category FROM records WHERE category IS NOT NULL ORDER BY 1")
    out["weapons"] = sorted(set(distinct(
        "SELECT DISTINCT category FROM records WHERE type = 'weapon' AND category IS NOT NULL "
        "UNION SELECT DISTINCT model FROM records WHERE type = 'weapon' AND model IS NOT NULL")))
    return out
