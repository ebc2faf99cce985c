"""One :class:`Filter` value shared by the sidebar, the URL, store queries and ``export``.

A Filter is parsed and printed in one place only (this module)::

    flt = Filter.from_query_params({"from": "2025-04-01", "country": ["UA"]})
    flt.to_query_params()          # {"from": ["2025-04-01"], "country": ["UA"]}
    flt.apply(records_df)          # pandas
    where, params = flt.to_sql("r")  # the same rule in DuckDB

Rules (an empty field means "all"):

- ``date_from`` / ``date_to``: a row is kept when its date overlaps the range. A row's
  date is ``date`` (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; a month overlaps a range that
  touches any of its days), else the article's ``published`` date; rows with neither go
  when a date bound is set.
- ``countries``, ``admin1``, ``admin2``, ``types``, ``categories``: the column is one of the
  values (``admin2``, the district, county or raion, is read on records; events carry none:
  the rule leaves them all).
- ``places``: ``place`` (or, for place records, their ``name``) is one of the values.
- ``weapons``: a weapon category or model (``missile``, ``Shahed-136``). Records are kept
  when they are such a weapon or belong to an event that has one; events when their
  ``weapons`` list holds one.
- ``sources``: the article's outlet or file name (records: ``outlet``/``doc``; events:
  any of their ``sources``).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Iterable, Mapping, Optional

# query-string key -> Filter field, in the order they are printed
PARAM_KEYS = {"from": "date_from", "to": "date_to", "country": "countries", "admin1": "admin1",
              "admin2": "admin2", "place": "places", "type": "types", "category": "categories",
              "weapon": "weapons", "source": "sources"}
LIST_FIELDS = ("countries", "admin1", "places", "types", "categories", "weapons", "sources", "admin2")


def parse_date(value: Any) -> Optional[date]:
    """A date from a ``date``, an ISO string (``2025-04-24``, ``2025-04``, ``2025``) or None.

    Month and year strings give their first day. Anything unreadable gives None.
    """
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    s = str(value).strip()[:10]
    for pad in ("", "-01", "-01-01"):
        if len(s + pad) != 10:
            continue
        try:
            return date.fromisoformat(s + pad)
        except ValueError:
            return None
    return None


def _tuple(values: Any) -> tuple[str, ...]:
    """Strings from one value or a list, stripped, empties and repeats dropped, order kept."""
    if values is None:
        return ()
    if isinstance(values, (str, bytes)):
        values = [values]
    out: list[str] = []
    for v in values:
        v = str(v).strip()
        if v and v not in out:
            out.append(v)
    return tuple(out)


@dataclass(frozen=True)
class Filter:
    """What the analyst chose to look at. Every field optional; empty means all."""

    date_from: Optional[date] = None
    date_to: Optional[date] = None
    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    admin2: tuple[str, ...] = ()

    def __post_init__(self):
        # normalise here so that every way of building a Filter gives the same value
        object.__setattr__(self, "date_from", parse_date(self.date_from))
        object.__setattr__(self, "date_to", parse_date(self.date_to))
        for name in LIST_FIELDS:
            object.__setattr__(self, name, _tuple(getattr(self, name)))

    # -- parse and print ---------------------------------------------------------------
    @classmethod
    def from_query_params(cls, params: Mapping[str, Any]) -> "Filter":
        """Build from a query-string mapping (str -> str or list of str).

        Unknown keys are ignored, and so are dates that do not parse.
        """
        kwargs: dict[str, Any] = {}
        for key, name in PARAM_KEYS.items():
            if key not in params:
                continue
            values = _tuple(params[key])
            if name.startswith("date_"):
                kwargs[name] = next((d for d in map(parse_date, values) if d), None)
            else:
                kwargs[name] = values
        return cls(**kwargs)

    def to_query_params(self) -> dict[str, list[str]]:
        """The query-string form: only the fields that are set, each as a list of strings."""
        out: dict[str, list[str]] = {}
        for key, name in PARAM_KEYS.items():
            value = getattr(self, name)
            if isinstance(value, date):
                out[key] = [value.isoformat()]
            elif value:
                out[key] = list(value)
        return out

    @classmethod
    def from_args(cls, args) -> "Filter":
        """Build from argparse results (``--from --to --country ...``, repeatable)."""
        return cls.from_query_params({k: getattr(args, k if k != "from" else "date_from", None) or []
                                      for k in PARAM_KEYS})

    def is_empty(self) -> bool:
        return not self.to_query_params()

    def describe(self) -> str:
        """A short human sentence of what is selected ("all" when nothing is)."""
        parts = [f"{k}={','.join(v)}" for k, v in self.to_query_params().items()]
        return "; ".join(parts) if parts else "all"

    # -- pandas ------------------------------------------------------------------------
    def apply(self, df):
        """Rows of ``df`` (a records or events frame) that pass the filter.

        A rule whose column the frame lacks (``type`` on an events frame) is skipped.
        """
        import pandas as pd

        if df is None or len(df) == 0 or self.is_empty():
            return df
        cols = df.columns
        mask = pd.Series(True, index=df.index)
        if self.date_from or self.date_to:
            d = df["date"].astype("object") if "date" in cols else pd.Series(None, index=df.index)
            if "published" in cols:
                pub = df["published"].map(_iso)
                d = d.where(d.notna() & (d != ""), pub)
            d = d.where(d.notna(), None)
            start = d.map(lambda s: _pad(s, "00"))
            end = d.map(lambda s: _pad(s, "99"))
            if self.date_from:
                mask &= end.notna() & (end.fillna("") >= self.date_from.isoformat())
            if self.date_to:
                mask &= start.notna() & (start.fillna("") <= self.date_to.isoformat())
        for name, col in (("countries", "country"), ("admin1", "admin1"), ("admin2", "admin2"),
                          ("types", "type"), ("categories", "category")):
            values = getattr(self, name)
            if values and col in cols:
                mask &= df[col].isin(values)
        if self.places and "place" in cols:
            place = df["place"]
            if "name" in cols and "type" in cols:
                place = place.where(place.notna(), df["name"].where(df["type"] == "place"))
            mask &= place.isin(self.places)
        if self.weapons:
            mask &= self._weapon_mask(df)
        if self.sources:
            if "sources" in cols:   # events: comma list
                mask &= df["sources"].fillna("").map(lambda s: _any_in(s, self.sources))
            else:
                m = pd.Series(False, index=df.index)
                for col in ("outlet", "doc", "name"):
                    if col in cols:
                        m |= df[col].isin(self.sources)
                mask &= m
        return df[mask]

    def apply_events(self, events_df, records_df):
        """Events with at least one record passing the filter: the store's rule for
        ``events_df(flt)``, for frames built in memory (a session's uploads)."""
        if self.is_empty() or events_df is None or len(events_df) == 0:
            return events_df
        kept = self.apply(records_df)
        return events_df[events_df["event_id"].isin(set(kept["event_id"].dropna()))]

    def _weapon_mask(self, df):
        import pandas as pd

        cols = df.columns
        if "weapons" in cols:      # events: comma list of categories and models
            return df["weapons"].fillna("").map(lambda s: _any_in(s, self.weapons))
        hit = pd.Series(False, index=df.index)
        if "type" in cols:
            is_w = df["type"] == "weapon"
            for col in ("category", "model"):
                if col in cols:
                    hit |= is_w & df[col].isin(self.weapons)
        if "event_id" in cols:
            events = set(df.loc[hit, "event_id"].dropna())
            hit |= df["event_id"].isin(events)
        return hit

    # -- DuckDB ------------------------------------------------------------------------
    def to_sql(self, alias: str = "r", frame: str = "records",
               table: str = "records_v") -> tuple[str, list]:
        """``(where_sql, params)`` with the same rules as :meth:`apply`, for DuckDB.

        ``alias`` is the relation's alias in the query; ``frame`` is ``"records"`` or
        ``"events"`` (which columns the rules read); ``table`` is the records relation the
        weapon rule looks events up in. ``where_sql`` is ``"TRUE"`` when the filter is
        empty, so it can always follow ``WHERE``.
        """
        a = alias + "." if alias else ""
        events = frame == "events"
        clauses: list[str] = []
        params: list = []
        if self.date_from or self.date_to:
            if events:
                d = f"{a}date"
            else:
                d = f"coalesce(nullif({a}date, ''), CAST({a}published AS VARCHAR))"
            if self.date_from:
                clauses.append(f"({d} || substr('-99-99', 1, 10 - length({d}))) >= ?")
                params.append(self.date_from.isoformat())
            if self.date_to:
                clauses.append(f"({d} || substr('-00-00', 1, 10 - length({d}))) <= ?")
                params.append(self.date_to.isoformat())
        for name, col in (("countries", "country"), ("admin1", "admin1"), ("admin2", "admin2"),
                          ("types", "type"), ("categories", "category")):
            values = getattr(self, name)
            if values and not (events and name == "admin2"):
                clauses.append(f"{a}{col} IN ({_marks(values)})")
                params.extend(values)
        if self.places:
            if events:
                clauses.append(f"{a}place IN ({_marks(self.places)})")
            else:
                clauses.append(f"coalesce({a}place, CASE WHEN {a}type = 'place' THEN {a}name END)"
                               f" IN ({_marks(self.places)})")
            params.extend(self.places)
        if self.weapons:
            w = _marks(self.weapons)
            if events:
                clauses.append(f"list_has_any(string_split({a}weapons, ', '), [{w}])")
                params.extend(self.weapons)
            else:
                clauses.append(
                    f"(({a}type = 'weapon' AND ({a}category IN ({w}) OR {a}model IN ({w}))) OR "
                    f"{a}event_id IN (SELECT event_id FROM {table} WHERE event_id IS NOT NULL "
                    f"AND type = 'weapon' AND (category IN ({w}) OR model IN ({w}))))")
                params.extend(self.weapons * 4)
        if self.sources:
            s = _marks(self.sources)
            if events:
                clauses.append(f"list_has_any(string_split({a}sources, ', '), [{s}])")
                params.extend(self.sources)
            else:
                clauses.append(f"({a}outlet IN ({s}) OR {a}doc IN ({s}))")
                params.extend(self.sources * 2)
        return (" AND ".join(clauses) if clauses else "TRUE"), params


def _iso(v) -> Optional[str]:
    """A date-like value as ``YYYY-MM-DD`` text; None for missing values (None, NaN, NaT)."""
    if v is None or type(v).__name__ in ("NAType", "NaTType") or v != v:
        return None
    return v.isoformat()[:10] if hasattr(v, "isoformat") else str(v)[:10]


def _marks(values: Iterable) -> str:
    return ", ".join("?" for _ in values)


def _pad(s, fill: str):
    """``2024-07`` -> ``2024-07-00`` / ``2024-07-99``: a date string's first/last sort key."""
    if not isinstance(s, str) or not s:
        return None
    s = s[:10]
    return s + f"-{fill}-{fill}"[: 10 - len(s)] if len(s) < 10 else s


def _any_in(comma_list: str, values: tuple[str, ...]) -> bool:
    return any(p in values for p in comma_list.split(", ") if p)


FILTER_FIELDS = tuple(f.name for f in fields(Filter))
