"""Sign-in for writes: the guard on "Save to the shared store" (AppTest), and who saved each
document (store). The real OpenID Connect round trip is in tests/test_browser_auth.py."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

import app_ui.data
from app_support import make_store
from dashboard.records import Document, Record
from dashboard.store import Store

ROOT = Path(__file__).resolve().parents[1]
PAGE = str(ROOT / "app_pages" / "add_documents.py")
AUTH = {"redirect_uri": "http://127.0.0.1:8501/oauth2callback", "cookie_secret": "x" * 32,
        "client_id": "dashboard", "client_secret": "s", "server_metadata_url":
        "http://127.0.0.1:9/.well-known/openid-configuration"}
TEXT = "A strike on Odesa killed 7 people on 2 May 2025."


def _fake_extract(doc, gazetteer=None):
    i = doc.text.index("7 people")
    return [Record(type="casualty", doc=doc.name, doc_id=doc.doc_id, start=i, end=i + 8, evidence="7 people",
                   sentence=doc.text, category="killed", count=7, qualifier="exact", date="2025-05-02",
                   date_precision="day", place="Odesa", lat=46.48, lon=30.72, country="UA",
                   admin1="Odesa", precision="city", scope="event")]


@pytest.fixture
def store(monkeypatch):
    s = make_store()
    monkeypatch.setattr(app_ui.data, "get_store", lambda: s)
    monkeypatch.setattr("dashboard.extract.extract_document", _fake_extract, raising=False)
    return s


def _add_and_save(at):
    at.text_area(key="paste").input(TEXT)
    next(b for b in at.button if b.label == "Extract records").click().run()
    assert len(at.session_state["uploads"]) == 1
    next(b for b in at.button if b.label == "Save to the shared store").click().run()
    assert not at.exception, at.exception


def _saved_by(store) -> dict:
    docs = store.documents_df()
    return dict(zip(docs["name"], docs["saved_by"]))


def _texts(at) -> str:
    return " ".join(str(e.value) for kind in ("info", "warning", "error", "success") for e in getattr(at, kind))


def test_local_mode_says_so_and_saves_as_local(store):
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert "Local single-user mode" in _texts(at) and "sign-in is not configured" in _texts(at)
    before = store.count_documents()
    _add_and_save(at)
    assert store.count_documents() == before + 1
    assert _saved_by(store)["pasted.txt"] == "local"


def test_saving_is_refused_without_sign_in_when_sign_in_is_configured(store):
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": False}
    at.run()
    assert "needs a signed-in analyst" in _texts(at)
    assert any(b.label == "Sign in" for b in at.button)
    before = store.count_documents()
    _add_and_save(at)
    assert "Not saved: sign in to save to the shared store" in _texts(at)
    assert store.count_documents() == before and len(at.session_state["uploads"]) == 1


def test_a_signed_in_analyst_saves_under_their_name(store):
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": True, "email": "ana@example.org", "name": "Ana"}
    at.run()
    assert "Signed in as **ana@example.org**" in _texts(at)
    before = store.count_documents()
    _add_and_save(at)
    assert store.count_documents() == before + 1
    assert _saved_by(store)["pasted.txt"] == "ana@example.org"


def test_only_listed_analysts_may_write(store):
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.secrets["auth"] = AUTH
    at.secrets["dashboard"] = {"analysts": ["ana@example.org", "@team.example.org"]}
    at.user = {"is_logged_in": True, "email": "mallory@example.com"}
    at.run()
    assert "not among the analysts allowed" in _texts(at)
    before = store.count_documents()
    _add_and_save(at)
    assert "mallory@example.com may not save" in _texts(at) and store.count_documents() == before
    at.user = {"is_logged_in": True, "email": "bo@team.example.org"}
    at.run()
    next(b for b in at.button if b.label == "Save to the shared store").click().run()
    assert store.count_documents() == before + 1 and _saved_by(store)["pasted.txt"] == "bo@team.example.org"


def test_reading_can_require_sign_in(store, monkeypatch):
    monkeypatch.setenv("DASHBOARD_REQUIRE_SIGN_IN_TO_READ", "1")
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": False}
    at.run()
    assert "open to signed-in analysts only" in _texts(at) and not at.metric
    at.user = {"is_logged_in": True, "email": "ana@example.org"}
    at.run()
    assert at.metric   # the Overview's figures


def test_documents_record_who_saved_them_and_when(tmp_path):
    db = str(tmp_path / "s.duckdb")
    store = Store(db)
    a = Document(doc_id="a1", name="a.txt", text="Drones hit Kharkiv.")
    b = Document(doc_id="b2", name="b.txt", text="Missiles hit Odesa.")
    store.ingest([a], extractor=lambda docs: {d.doc_id: [] for d in docs}, saved_by="ana@example.org")
    # a store of schema 3 (before the column) is migrated when opened; old rows stay NULL
    store.close()
    con = duckdb.connect(db)
    con.execute("DROP VIEW IF EXISTS records_v")
    con.execute("ALTER TABLE documents DROP COLUMN saved_by")
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.close()
    store = Store(db)
    store.ingest([b], extractor=lambda docs: {d.doc_id: [] for d in docs}, saved_by="bo@example.org")
    docs = Store(db).documents_df().set_index("name")
    assert docs.loc["b.txt", "saved_by"] == "bo@example.org"
    assert docs.loc["a.txt", "saved_by"] is None or docs.loc["a.txt", "saved_by"] != docs.loc["a.txt", "saved_by"]
    assert docs["ingested_at"].notna().all()
