"""Filter: one value for the sidebar, the URL, store queries and export."""
from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from dashboard.filters import Filter

RECORDS = pd.DataFrame([
    {"type": "casualty", "category": "killed", "model": None, "date": "2025-04-24", "published": None,
     "place": "Kyiv", "name": None, "country": "UA", "admin1": "Kyiv City", "outlet": "A", "doc": "a.txt",
     "event_id": "e1"},
    {"type": "weapon", "category": "missile", "model": "KN-23", "date": "2025-04-24", "published": None,
     "place": "Kyiv", "name": None, "country": "UA", "admin1": "Kyiv City", "outlet": "A", "doc": "a.txt",
     "event_id": "e1"},
    {"type": "casualty", "category": "killed", "model": None, "date": "2024-07", "published": None,
     "place": "Kyiv", "name": None, "country": "UA", "admin1": "Kyiv City", "outlet": None, "doc": "b.txt",
     "event_id": "e2"},
    {"type": "place", "category": None, "model": None, "date": None, "published": "2025-04-13",
     "place": None, "name": "Sumy", "country": "UA", "admin1": "Sumy", "outlet": None, "doc": "b.txt",
     "event_id": None},
    {"type": "casualty", "category": "killed", "model": None, "date": None, "published": None,
     "place": "Gaza", "name": None, "country": "PS", "admin1": None, "outlet": "C", "doc": "c.txt",
     "event_id": "e3"},
])

CASES = [
    Filter(),
    Filter(date_from=date(2025, 4, 1)),
    Filter(date_to=date(2024, 7, 15)),
    Filter(date_from=date(2024, 7, 20), date_to=date(2024, 8, 1)),
    Filter(countries=("UA",)),
    Filter(places=("Sumy", "Gaza")),
    Filter(types=("casualty",), categories=("killed",)),
    Filter(weapons=("KN-23",)),
    Filter(sources=("A", "b.txt")),
    Filter(admin1=("Kyiv City",), date_from=date(2025, 1, 1)),
]


def test_round_trip_examples():
    for f in CASES:
        assert Filter.from_query_params(f.to_query_params()) == f


names = st.text(min_size=1, max_size=8).map(str.strip).filter(bool)


@given(st.builds(Filter, date_from=st.none() | st.dates(), date_to=st.none() | st.dates(),
                 countries=st.lists(names, max_size=3), places=st.lists(names, max_size=3),
                 weapons=st.lists(names, max_size=2), sources=st.lists(names, max_size=2)))
def test_round_trip_property(f):
    assert Filter.from_query_params(f.to_query_params()) == f


def test_parse_accepts_strings_lists_and_ignores_junk():
    f = Filter.from_query_params({"from": "2025-04", "to": "not a date", "country": "UA",
                                  "place": ["Kyiv", "Kyiv", " "], "colour": "red"})
    assert f == Filter(date_from=date(2025, 4, 1), countries=("UA",), places=("Kyiv",))
    assert f.to_query_params() == {"from": ["2025-04-01"], "country": ["UA"], "place": ["Kyiv"]}
    assert Filter().is_empty() and Filter().describe() == "all"


def test_apply_rules():
    def docs(f):
        return sorted(f.apply(RECORDS).index)
    assert docs(Filter(date_from=date(2025, 4, 1))) == [0, 1, 3]   # the place record by published
    assert docs(Filter(date_from=date(2024, 7, 31), date_to=date(2024, 7, 31))) == [2]  # month overlaps
    assert docs(Filter(places=("Sumy",))) == [3]
    assert docs(Filter(weapons=("KN-23",))) == [0, 1]    # the weapon and its event's figures
    assert docs(Filter(sources=("A",))) == [0, 1]
    assert docs(Filter(sources=("b.txt",))) == [2, 3]
    assert docs(Filter(countries=("PS",), types=("casualty",))) == [4]


def test_sql_matches_pandas():
    con = duckdb.connect()
    con.register("records_v", RECORDS)
    for f in CASES:
        where, params = f.to_sql("r")
        got = con.execute(f"SELECT doc, type, date FROM records_v r WHERE {where}", params).df()
        want = f.apply(RECORDS)[["doc", "type", "date"]]
        assert sorted(map(tuple, got.astype(str).values)) == sorted(map(tuple, want.astype(str).values)), f


def test_events_frame_rules_in_pandas_and_sql():
    events = pd.DataFrame([{"event_id": "e1", "date": "2025-04-24", "place": "Kyiv", "country": "UA",
                            "admin1": "Kyiv City", "weapons": "drone, missile", "sources": "A, B"},
                           {"event_id": "e2", "date": None, "place": "Sumy", "country": "UA",
                            "admin1": "Sumy", "weapons": "", "sources": "C"}])
    con = duckdb.connect()
    con.register("events", events)
    for f, want in [(Filter(weapons=("drone",)), ["e1"]), (Filter(sources=("C",)), ["e2"]),
                    (Filter(date_to=date(2025, 5, 1)), ["e1"]), (Filter(places=("Sumy",)), ["e2"])]:
        assert list(f.apply(events).event_id) == want
        where, params = f.to_sql("e", frame="events")
        assert list(con.execute(f"SELECT event_id FROM events e WHERE {where}", params)
                    .df().event_id) == want


def test_missing_published_timestamps_never_pass_a_date_bound():
    df = pd.DataFrame({"type": ["place", "place"], "date": [None, None],
                       "published": pd.to_datetime(["2025-04-24", None])})
    assert list(Filter(date_from=date(2025, 1, 1)).apply(df).index) == [0]
    assert list(Filter(date_to=date(2025, 12, 31)).apply(df).index) == [0]
