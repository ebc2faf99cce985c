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
LABELS = ["Events", "Killed", "Injured", "Missiles launched", "Drones launched", "Sources"]


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
    assert by_secrets["Events"] == "1" and by_secrets["Sources"] == "1"
