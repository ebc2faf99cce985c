"""AppTest for every page: it renders, a filter changes the data, the URL is read,
an empty corpus or an empty result gives a helpful message, not an exception.

The pages read a real in-memory store whose records come from a hand-written table
(tests/app_support.py), so the expected figures are known; the browser tests run the
whole flow with the real extractor.
"""
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import app_ui.data
from app_support import make_store

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["streamlit_app.py"] + sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py"))


@pytest.fixture
def store(monkeypatch):
    s = make_store()
    monkeypatch.setattr(app_ui.data, "get_store", lambda: s)
    return s


@pytest.fixture
def empty_store(monkeypatch):
    s = make_store(empty=True)
    monkeypatch.setattr(app_ui.data, "get_store", lambda: s)
    return s


def run(page, query=None):
    at = AppTest.from_file(str(ROOT / page), default_timeout=60)
    if query:
        at.query_params.update(query)
    return at.run()


def charts_of(at):
    return [json.loads(e.proto.spec) for e in at.get("plotly_chart")]


def metric(at, label):
    return next(m.value for m in at.metric if m.label == label)


def texts(at):
    return " ".join(str(e.value) for kind in ("markdown", "info", "caption", "warning", "success")
                    for e in getattr(at, kind))


def test_there_are_six_pages_besides_the_overview():
    assert len(PAGES) == 7


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_with_filters_in_the_sidebar(store, page):
    at = run(page)
    assert not at.exception, at.exception
    keys = {w.key for w in at.sidebar.multiselect}
    assert {"country", "admin1", "place", "type", "category", "weapon", "source"} <= keys
    assert {w.key for w in at.sidebar.date_input} == {"from", "to"}


@pytest.mark.parametrize("page", PAGES[:-1])
def test_empty_corpus_says_how_to_add_articles(empty_store, page):
    at = run(page)
    assert not at.exception
    assert "corpus is empty" in texts(at)


@pytest.mark.parametrize("page", PAGES[:-1])
def test_empty_filter_result_says_what_to_change(store, page):
    at = run(page, {"from": "2030-01-01"})
    assert not at.exception
    assert "Nothing matches the current filters" in texts(at)
    assert "from=2030-01-01" in texts(at)


def test_overview_figures_follow_a_filter_change(store):
    at = run("streamlit_app.py")
    assert metric(at, "Events") == "2" and metric(at, "Killed") == "9" and metric(at, "Injured") == "93"
    assert metric(at, "Missiles launched") == "70" and metric(at, "Drones launched") == "145"
    assert metric(at, "Sources") == "2"
    at.sidebar.multiselect(key="place").select("Sumy Oblast").run()
    assert metric(at, "Events") == "1" and metric(at, "Killed") == "0" and metric(at, "Injured") == "3"


def test_overview_reads_the_filter_from_the_url(store):
    at = run("streamlit_app.py", {"place": "Kyiv", "type": ["casualty", "weapon"]})
    assert at.sidebar.multiselect(key="place").value == ["Kyiv"]
    assert at.sidebar.multiselect(key="type").value == ["casualty", "weapon"]
    assert metric(at, "Events") == "1" and metric(at, "Killed") == "9"


def test_overview_counts_figures_without_date_or_place(store):
    from dataclasses import replace

    from app_support import DOCS, records_for
    doc = replace(DOCS[0], text=DOCS[0].text + " Elsewhere 4 people were killed.", doc_id="x" * 16)
    rec = [r for r in records_for(DOCS[0]) if r.category == "killed"][0]
    undated = replace(rec, doc_id=doc.doc_id, date=None, date_precision=None, place=None, lat=None, lon=None)
    store.ingest([doc], extractor=lambda docs: {doc.doc_id: [undated]})
    assert "1 of 7 figures lack a date, 1 lack a place" in texts(run("streamlit_app.py"))


def test_map_draws_every_event_and_follows_the_filter(store):
    at = run("pages/1_Map.py")
    spec = charts_of(at)[0]
    traces = {t["name"]: t for t in spec["data"]}
    assert len(traces.pop("places mentioned")["lat"]) == 2         # Kyiv, Sumy Oblast
    names = list(traces)                                           # Sumy Oblast is region-level: a disc
    assert names[0].endswith("(region/country-level)") and names[1].endswith("(located)")
    assert sum(len(t["customdata"]) for t in traces.values()) == 2
    assert spec["layout"]["map"]["style"] == "white-bg"
    assert spec["layout"]["map"]["layers"][0]["source"].endswith("static/basemap/countries.geojson")
    at.sidebar.multiselect(key="country").select("UA").run()
    at.sidebar.multiselect(key="place").select("Kyiv").run()
    spec = charts_of(at)[0]
    kyiv = store.events_df()
    kyiv = kyiv[kyiv["place"] == "Kyiv"]["event_id"].iloc[0]
    assert [t["customdata"] for t in spec["data"] if t["name"] != "places mentioned"] == [[[kyiv]]]


def test_map_without_places_layer_and_a_place_only_filter(store):
    at = run("pages/1_Map.py")
    at.toggle(key="show_places").set_value(False).run()
    assert [t["name"] for t in charts_of(at)[0]["data"] if t["name"] == "places mentioned"] == []


def test_map_online_tiles_are_an_option(store):
    at = run("pages/1_Map.py")
    at.radio(key="basemap").set_value("Online tiles (needs internet)").run()
    assert charts_of(at)[0]["layout"]["map"]["style"] == "carto-positron"


def test_timeline_draws_month_span_statement_and_publications(store):
    spec = charts_of(run("pages/2_Timeline.py"))[0]
    names = {t["name"] for t in spec["data"]}
    assert {"month-precision events", "statements", "articles"} <= names
    assert len(names) == 4                           # plus one row of day-precision events (Kyiv)


def test_comparisons_draws_sources_and_event_bars(store):
    at = run("pages/3_Comparisons.py")
    specs = charts_of(at)
    assert len(specs) == 3
    kyiv_chart = specs[0]
    assert [t["x"] for t in kyiv_chart["data"] if t["name"] == "disagrees"] == [[9, 12]]
    sumy = store.events_df()
    sumy = sumy[sumy["place"] == "Sumy Oblast"]["event_id"].iloc[0]
    at.selectbox(key="cmp_event").set_value(sumy).run()
    first = charts_of(at)[0]
    assert {t["y"][0] for t in first["data"]} == {"injured"}


def test_comparisons_can_show_only_disagreeing_events(store):
    at = run("pages/3_Comparisons.py")
    assert len(at.selectbox(key="cmp_event").options) == 2
    at.toggle(key="cmp_disagree").set_value(True).run()
    assert not at.exception
    options = at.selectbox(key="cmp_event").options       # BBC says 12 killed, Reuters 9
    assert len(options) == 1 and "Kyiv" in options[0]


def test_records_table_and_downloads_follow_the_filter(store):
    at = run("pages/4_Records.py")
    assert len(at.dataframe[0].value) == 9
    at.sidebar.multiselect(key="type").select("casualty").run()
    assert len(at.dataframe[0].value) == 4
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Download CSV", "Download GeoJSON"]


def test_documents_page_escapes_the_article_and_marks_spans(store):
    from app_support import DOCS
    at = run("pages/5_Documents.py")
    at.selectbox(key="doc").set_value(DOCS[0].doc_id).run()
    html = " ".join(m.value for m in at.markdown)
    assert "&lt;script&gt;alert" in html and "<script>" not in html
    assert '<mark class="span-casualty"' in html and '<mark class="span-weapon"' in html
    assert len(at.dataframe[0].value) == 6
    assert "outline" not in html                      # nothing chosen yet


def test_documents_page_choosing_a_record_shows_its_sentence(store):
    from app_support import DOCS
    at = run("pages/5_Documents.py")
    at.selectbox(key="doc").set_value(DOCS[0].doc_id).run()
    table = at.dataframe[0].value
    row = list(table["evidence"]).index("70 missiles")
    at.session_state["doc_records"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    assert "Russia launched 70 missiles and 145 drones." in [i.value for i in at.info]
    assert "outline:2px solid" in " ".join(m.value for m in at.markdown)


def test_add_documents_pasted_text_reaches_every_page_of_the_session(store, monkeypatch):
    from dashboard.records import Record

    def fake_extract(doc, gazetteer=None):
        i = doc.text.index("7 people")
        return [Record(type="casualty", doc=doc.name, doc_id=doc.doc_id, start=i, end=i + 8, evidence="7 people",
                       sentence=doc.text, category="killed", count=7, qualifier="exact", date="2025-05-02",
                       date_precision="day", place="Odesa", lat=46.48, lon=30.72, country="UA",
                       admin1="Odesa", precision="city", scope="event")]
    monkeypatch.setattr("dashboard.extract.extract_document", fake_extract, raising=False)
    at = run("streamlit_app.py")
    at.switch_page("pages/6_Add_documents.py").run()
    at.text_area(key="paste").input("A strike on Odesa killed 7 people on 2 May 2025.")
    at.text_input(key="source_name").input("Kyiv Independent")
    next(b for b in at.button if b.label == "Extract records").click().run()
    assert not at.exception
    assert "pasted.txt: 1 records extracted" in texts(at)
    assert len(at.session_state["uploads"]) == 1
    at.switch_page("streamlit_app.py").run()
    assert metric(at, "Events") == "3" and metric(at, "Killed") == "16"
    assert store.count_documents() == 3              # not shared until saved
    at.switch_page("pages/6_Add_documents.py").run()
    next(b for b in at.button if b.label == "Save to the shared store").click().run()
    assert store.count_documents() == 4 and at.session_state["uploads"] == []


def test_upload_over_the_size_limit_is_refused_with_a_message(monkeypatch):
    import streamlit as st

    from app_ui import ingest
    monkeypatch.setattr(st, "session_state", {})
    monkeypatch.setattr("dashboard.extract.extract_document", lambda doc, gazetteer=None: [], raising=False)
    big = b"x" * (ingest.MAX_FILE_MB * 1024 * 1024 + 1)
    seen = []
    report = ingest.add_documents([("big.txt", big), ("ok.txt", b"Drones hit Kharkiv."), ("ok2.txt", b"Drones hit Kharkiv.")],
                                  progress=lambda i, n, name: seen.append((i, n)))
    assert report.failed[0][0] == "big.txt" and "over the 2 MB limit" in report.failed[0][1]
    assert report.added == [("ok.txt", 0)] and report.duplicates == ["ok2.txt"]
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    assert len(st.session_state["uploads"]) == 1


def test_sidebar_links_every_page(store):
    at = run("streamlit_app.py")
    links = [e.proto.label for e in at.get("page_link")]
    assert links == ["Overview", "Map", "Timeline", "Figure comparisons", "Records", "Documents", "Add documents"]


def _ingest_isolated(monkeypatch, extract=None):
    import streamlit as st

    from app_ui import ingest
    monkeypatch.setattr(st, "session_state", {})
    monkeypatch.setattr("dashboard.extract.extract_document", extract or (lambda doc, gazetteer=None: []),
                        raising=False)
    return ingest


def test_each_bad_upload_is_named_once_and_the_good_ones_are_kept(monkeypatch):
    def extract(doc, gazetteer=None):
        if "explode" in doc.text:
            raise RuntimeError("boom")
        return []
    ingest = _ingest_isolated(monkeypatch, extract)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    report = ingest.add_documents([("empty.txt", b""), ("image.txt", png), ("good.txt", b"Drones hit Kharkiv."),
                                   ("bad.txt", b"This one will explode."), ("report.pdf", b"%PDF-1.4 x"),
                                   ("cp1251.txt", "Дроны атаковали Харьков.".encode("cp1251"))])
    failed = dict(report.failed)
    assert set(failed) == {"empty.txt", "image.txt", "bad.txt", "report.pdf"}
    assert not any(reason.startswith(name) for name, reason in report.failed)   # "empty.txt: empty.txt: ..."
    assert "empty" in failed["empty.txt"] and "binary" in failed["image.txt"] and ".pdf" in failed["report.pdf"]
    assert "boom" in failed["bad.txt"]
    assert [n for n, _ in report.added] == ["good.txt", "cp1251.txt"]
    assert report.undated == ["good.txt", "cp1251.txt"]
    assert "Харьков" in st_uploads(ingest)[1][0].text


def st_uploads(ingest):
    import streamlit as st
    return st.session_state[ingest.UPLOADS]


def test_an_undated_article_added_again_with_a_date_is_dated_not_a_duplicate(monkeypatch):
    from datetime import date
    ingest = _ingest_isolated(monkeypatch)
    text = b"A missile strike killed 3 people in Zaporizhzhia, officials said."
    assert ingest.add_documents([("pasted.txt", text)]).undated == ["pasted.txt"]
    assert ingest.add_documents([("pasted.txt", text)]).duplicates == ["pasted.txt"]
    report = ingest.add_documents([("pasted.txt", text)], published=date(2025, 5, 2), source="Ukrinform")
    assert [n for n, _ in report.updated] == ["pasted.txt"] and not report.undated
    (doc, _), = st_uploads(ingest)
    assert doc.published == date(2025, 5, 2) and doc.source == "Ukrinform"


def test_an_article_already_in_the_shared_store_is_said_so(monkeypatch):
    ingest = _ingest_isolated(monkeypatch)
    report = ingest.add_documents([("kyiv.txt", b"Drones hit Kharkiv.")], in_store=lambda doc_id: True)
    assert report.stored == ["kyiv.txt"] and not report.added and st_uploads(ingest) == []


def test_add_documents_page_shows_every_message_without_the_name_twice(store, monkeypatch):
    from app_ui import ingest
    report = ingest.AddReport(added=[("good.txt", 4), ("ru.txt", 0)], failed=[("empty.txt", "the file is empty")],
                              undated=["good.txt"])
    monkeypatch.setattr(ingest, "add_documents", lambda items, **kw: report)
    at = run("pages/6_Add_documents.py")
    at.text_area(key="paste").input("anything")
    next(b for b in at.button if b.label == "Extract records").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == ["**empty.txt** was not added: the file is empty"]
    assert "good.txt: 4 records extracted" in texts(at)
    assert any("ru.txt" in w.value and "no records" in w.value for w in at.warning)
    assert any("No publication date was found in good.txt" in w.value for w in at.warning)


def test_documents_page_tooltips_and_sentence_of_an_upload(store):
    """Upload records come through pandas (None -> NaN): no "place: nan" tooltip, and a
    sentence with "$" and "*" is shown as text, not LaTeX or emphasis."""
    from app_support import _doc, _span
    doc = _doc("odesa.txt", "Odesa, 2 May 2025. A strike that cost $5 million *killed 7 people* in Odesa.",
               None, None, "Odesa strike")
    recs = [_span(doc, "killed 7 people", type="casualty", category="killed", count=7, qualifier="exact"),
            _span(doc, "Odesa", type="place", name="Odesa", lat=46.48, lon=30.72, country="UA")]
    at = AppTest.from_file(str(ROOT / "pages/5_Documents.py"), default_timeout=60)
    at.session_state["uploads"] = [(doc, [r.to_dict() for r in recs])]
    at.run()
    at.selectbox(key="doc").set_value(doc.doc_id).run()
    html = " ".join(m.value for m in at.markdown)
    assert "nan" not in html and 'title="place: Odesa"' in html and 'title="casualty: killed"' in html
    table = at.dataframe[0].value
    at.session_state["doc_records"] = {"selection": {"rows": [list(table["type"]).index("casualty")],
                                                     "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    assert [i.value for i in at.info] == ["A strike that cost \\$5 million \\*killed 7 people\\* in Odesa."]
