"""The app with web pages: "Add by URL" on the Add documents page (a loopback site, no
internet), and the Documents page showing the outlet with a link and what the reader left out."""
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import app_ui.data
from dashboard.documents import load_bytes
from dashboard.store import Store
from web_support import Site, article_page

ROOT = Path(__file__).resolve().parents[1]
PAGE = article_page("Missile strike on Kyiv kills six",
                    ["A Russian missile strike on Kyiv killed six people and injured 21 on Thursday "
                     "morning, the city's military administration said."],
                    "2025-04-24T07:30:00+03:00", site="Kyiv Daily", canonical="https://kyiv.example/strike")


@pytest.fixture
def store(monkeypatch):
    s = Store(":memory:")
    monkeypatch.setattr(app_ui.data, "get_store", lambda: s)
    return s


@pytest.fixture
def site():
    s = Site().start()
    s.add("/strike", PAGE)
    yield s
    s.stop()


def test_add_by_url_fetches_reads_and_names_a_failure(store, site):
    at = AppTest.from_file(str(ROOT / "pages" / "6_Add_documents.py"), default_timeout=60).run()
    at.text_area(key="urls").input(f"{site.url('/strike')}\n{site.url('/nothing-here')}\n")
    next(b for b in at.button if b.label == "Extract records").click().run()
    assert not at.exception
    successes = " ".join(e.value for e in at.success)
    assert f"{site.url('/strike')}: " in successes and "records extracted" in successes
    assert [e.value for e in at.error] == [f"**{site.url('/nothing-here')}** was not added: HTTP 404 "
                                           "Not Found (the page is gone)"]
    (doc, records), = at.session_state["uploads"]
    assert (doc.source, doc.url, doc.published_at) == ("Kyiv Daily", "https://kyiv.example/strike",
                                                        "2025-04-24T07:30:00+03:00")
    assert {(r["category"], r["count"]) for r in records if r["type"] == "casualty"} == {("killed", 6), ("injured", 21)}


def test_documents_page_links_the_outlet_and_shows_what_was_left_out(store):
    doc = load_bytes("kyiv.html", PAGE.encode())
    store.ingest([doc])
    at = AppTest.from_file(str(ROOT / "pages" / "5_Documents.py"), default_timeout=60).run()
    assert not at.exception
    assert "Missile strike on Kyiv kills six (Kyiv Daily)" in at.selectbox(key="doc").options
    captions = " ".join(c.value for c in at.caption)
    assert "[Kyiv Daily](https://kyiv.example/strike)" in captions
    assert "2025-04-24T07:30:00+03:00" in captions
    exp = at.expander[0]
    assert "trafilatura" in exp.label and f"{doc.dropped_count} blocks" in exp.label
    assert "Earthquake kills 12 in Chile" in " ".join(m.value for m in exp.markdown)
