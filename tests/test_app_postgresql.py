"""The app started on a PostgreSQL store shows what it shows on DuckDB (the Overview's
numbers, a filtered page), whether the store is named by $DASHBOARD_DB or by Streamlit
secrets (``[connections.dashboard] url = ...``)."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app_support import DOCS, hand_extractor
from dashboard.store import Store

ROOT = Path(__file__).resolve().parents[1]
LABELS = ["Events", "Killed", "Injured", "Missiles launched", "Drones launched", "Outlets"]


def overview(monkeypatch, location=None, secrets=None):
    if location:
        monkeypatch.setenv("DASHBOARD_DB", location)
    else:
        monkeypatch.delenv("DASHBOARD_DB", raising=False)
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    if secrets:
        at.secrets["connections"] = secrets
    at.run()
    assert not at.exception
    return {m.label: m.value for m in at.metric if m.label in LABELS}


def test_the_overview_on_postgresql_matches_duckdb(pg_server, tmp_path, monkeypatch):
    duck = str(tmp_path / "s.duckdb")
    pg = pg_server.create_db("app_overview")
    for location in (duck, pg):
        Store(location).ingest(DOCS, extractor=hand_extractor)
    on_duck = overview(monkeypatch, duck)
    on_pg = overview(monkeypatch, pg)
    assert on_duck == on_pg and on_pg["Events"] == "2" and on_pg["Killed"] == "9"
    pg2 = pg_server.create_db("app_secrets")
    Store(pg2).ingest(DOCS[:1], extractor=hand_extractor)
    by_secrets = overview(monkeypatch, secrets={"dashboard": {"url": pg2}})
    assert by_secrets["Events"] == "1" and by_secrets["Outlets"] == "1"


def test_every_page_query_runs_on_postgresql_as_on_duckdb(pg_server, tmp_path):
    """dashboard/store/queries.py is plain SQL: each page's view gives the same answer on both."""
    from dashboard import views
    from dashboard.filters import Filter
    duck_path = str(tmp_path / "q.duckdb")
    pg_path = pg_server.create_db("app_queries")
    stores = [Store(duck_path), Store(pg_path)]
    for s in stores:
        s.ingest(DOCS, extractor=hand_extractor)
    kyiv = stores[0].events(Filter(places=("Kyiv",)), evidence=False)["event_id"].iloc[0]
    out = []
    for s in stores:
        got = {}
        for flt in (Filter(), Filter(countries=("UA",), types=("casualty",)), Filter(date_from="2025-04-25")):
            got[("summary", flt)] = s.summary(flt)
            got[("events", flt)] = s.events(flt, order="toll")[["event_id", "toll", "evidence"]].values.tolist()
            got[("sources", flt)] = sorted(s.event_sources(flt)["line"])
            got[("days", flt)] = s.event_counts(flt, "week").astype(str).values.tolist()
            got[("month", flt)] = s.event_days(flt, per_month=True)["n_events"].tolist()
            got[("records", flt)] = s.records(flt, search="kyiv")[["doc_id", "rec_no"]].values.tolist()
            got[("count", flt)] = s.count_records(flt, "kyiv")
            got[("docs", flt)] = s.documents(flt, search="kyiv")["doc_id"].tolist()
            got[("places", flt)] = s.place_aggregates(flt)[["place", "n_events", "kind"]].values.tolist()
            got[("options", flt)] = {k: v for k, v in s.options().items() if k != "sources"}
        cmp = s.comparisons([kyiv])
        got["cmp"] = sorted(zip(cmp["figure"], cmp["source_name"], cmp["count"]))
        got["recs"] = len(s.event_records(kyiv))
        got["weapons"] = s.weapons_by_event([kyiv]).values.tolist()
        got["dossier"] = views.event_view(s, kyiv, "http://h/b")["disagreements"]
        out.append(got)
    assert out[0] == out[1]
    assert out[0]["dossier"] and out[0]["recs"] >= 4
