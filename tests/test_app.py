"""AppTest for every page (the entry file with ``st.navigation``, and each page run on its
own): it renders, a filter changes the data, the URL is read, an empty corpus or an empty
result gives a helpful message, not an exception.

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
PAGES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app_pages").glob("*.py"))


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
    return " ".join(str(e.value) for kind in ("markdown", "info", "caption", "warning", "success", "subheader")
                    for e in getattr(at, kind))


def app(query=None):
    """The whole app (entry file) on its first page."""
    return run("streamlit_app.py", query)


def frame(at, i=0):
    return at.dataframe[i].value


def test_eight_pages_in_their_own_folder_not_pages():
    assert len(PAGES) == 8
    assert not (ROOT / "pages").exists()        # a pages/ folder would turn on the classic mode


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_with_filters_in_the_sidebar(store, page):
    at = run(page)
    assert not at.exception, at.exception
    keys = {w.key for w in at.sidebar.multiselect}
    assert {"country", "admin1", "place", "type", "category", "weapon", "source"} <= keys
    assert {w.key for w in at.sidebar.date_input} == {"from", "to"}


def test_the_entry_file_runs_every_page_with_one_sidebar(store):
    at = app()
    assert not at.exception
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        assert len(at.sidebar.multiselect) == 7


@pytest.mark.parametrize("page", [p for p in PAGES if not p.endswith(("add_documents.py", "event.py"))])
def test_empty_corpus_says_how_to_add_articles(empty_store, page):
    at = run(page)
    assert not at.exception
    assert "corpus is empty" in texts(at)


@pytest.mark.parametrize("page", [p for p in PAGES if not p.endswith(("add_documents.py", "event.py"))])
def test_empty_filter_result_says_what_to_change(store, page):
    at = run(page, {"from": "2030-01-01"})
    assert not at.exception
    assert "Nothing matches the current filters" in texts(at)
    assert "from=2030-01-01" in texts(at)


def test_overview_figures_follow_a_filter_change(store):
    at = app()
    assert metric(at, "Events") == "2" and metric(at, "Killed") == "9" and metric(at, "Injured") == "93"
    assert metric(at, "Missiles launched") == "70" and metric(at, "Drones launched") == "145"
    assert metric(at, "Outlets") == "2"
    at.sidebar.multiselect(key="place").select("Sumy Oblast").run()
    assert metric(at, "Events") == "1" and metric(at, "Killed") == "not reported" and metric(at, "Injured") == "3"


def test_overview_reads_the_filter_from_the_url_and_country_codes(store):
    at = app({"place": "Kyiv", "type": ["casualty", "weapon"], "country": "UA"})
    assert at.sidebar.multiselect(key="place").value == ["Kyiv"]
    assert at.sidebar.multiselect(key="type").value == ["casualty", "weapon"]
    assert at.sidebar.multiselect(key="country").value == ["UA"]     # shown (and linked) as "Ukraine"
    assert metric(at, "Events") == "1" and metric(at, "Killed") == "9"


def test_overview_table_reads_as_words(store):
    table = frame(app())
    assert list(table["Date"]) == ["28 April 2025", "24 April 2025"] or "April 2025" in list(table["Date"])
    assert list(table.columns) == ["Date", "Place", "Kind", "Killed", "Injured", "Dossier"]
    kyiv = table[table["Place"] == "Kyiv"].iloc[0]
    assert kyiv["Killed"] == "9 (9-12)" and kyiv["Dossier"].startswith("Event?event=ev_")
    sumy = table[table["Place"] == "Sumy Oblast"].iloc[0]
    assert sumy["Killed"] == "not reported" and sumy["Date"] == "April 2025"


def test_overview_counts_figures_without_date_or_place(store):
    from dataclasses import replace

    from app_support import DOCS, records_for
    doc = replace(DOCS[0], text=DOCS[0].text + " Elsewhere 4 people were killed.", doc_id="x" * 16)
    rec = [r for r in records_for(DOCS[0]) if r.category == "killed"][0]
    undated = replace(rec, doc_id=doc.doc_id, date=None, date_precision=None, place=None, lat=None, lon=None)
    store.ingest([doc], extractor=lambda docs: {doc.doc_id: [undated]})
    assert "1 of 7 figures lack a date, 1 lack a place" in texts(app())


def test_map_offline_style_draws_every_event_and_follows_the_filter(store):
    at = run("app_pages/map.py")
    spec = charts_of(at)[0]
    style = spec["layout"]["map"]["style"]
    assert {"countries", "admin1", "rivers", "lakes", "places", "events"} <= set(style["sources"])
    assert "glyphs" not in style                    # labels drawn with the browser's fonts: nothing fetched
    assert len(style["sources"]["events"]["data"]["features"]) == 2
    dots = [t for t in spec["data"] if t.get("customdata")]
    assert sorted(t["name"] for t in dots) == ["attack", "drone strike (region or country only)"] or len(dots) == 2
    assert sum(len(t["customdata"]) for t in dots) == 2
    at.sidebar.multiselect(key="place").select("Kyiv").run()
    spec = charts_of(at)[0]
    kyiv = store.events_df()
    kyiv = kyiv[kyiv["place"] == "Kyiv"]["event_id"].iloc[0]
    assert [c for t in spec["data"] if t.get("customdata") for c in t["customdata"]] == [[kyiv]]


def test_map_hover_leads_with_figures_and_sources(store):
    spec = charts_of(run("app_pages/map.py"))[0]
    kyiv = next(t["text"][0] for t in spec["data"] if t.get("text") and "Kyiv" in t["text"][0])
    assert kyiv.startswith("<b>killed 9 (9-12) · injured 90</b> · missiles 70 · drones 145<br>killed: Reuters 9; BBC ≥ 12<br>")


def test_map_online_tiles_fall_back_with_a_message_when_unreachable(store, monkeypatch):
    import app_ui.maps
    monkeypatch.setattr(app_ui.maps, "tiles_reachable", lambda *a, **k: (False, "URLError: offline"))
    monkeypatch.setattr("app_pages.map.tiles_reachable", lambda *a, **k: (False, "URLError: offline"), raising=False)
    at = run("app_pages/map.py")
    at.radio(key="basemap").set_value("Online tiles (OpenStreetMap)").run()
    assert any("cannot be reached" in w.value for w in at.warning)
    assert "tiles" not in charts_of(at)[0]["layout"]["map"]["style"]["sources"]


def test_timeline_has_bars_per_period_and_the_event_timeline(store):
    at = run("app_pages/timeline.py")
    bars, timeline = charts_of(at)[:2]
    events = next(t for t in bars["data"] if t["name"] == "events")
    assert sum(events["y"]) == 1                    # the month-precision event counts only in months
    at.radio(key="freq").set_value("month").run()
    events = next(t for t in charts_of(at)[0]["data"] if t["name"] == "events")
    assert sum(events["y"]) == 2
    names = {t["name"] for t in timeline["data"]}
    assert {"month-precision events", "statements"} <= names


def test_timeline_slider_sets_the_date_filter(store):
    from datetime import date
    at = app()
    at.switch_page("app_pages/timeline.py").run()
    at.slider(key="date_slider").set_range(date(2025, 4, 20), date(2025, 4, 25)).run()
    assert at.sidebar.date_input(key="from").value == date(2025, 4, 20)
    assert at.sidebar.date_input(key="to").value == date(2025, 4, 25)


def test_comparisons_show_each_source_with_its_qualifier(store):
    at = run("app_pages/comparisons.py")
    specs = charts_of(at)
    sources = specs[0]
    labels = {(t["name"], t["text"][0]) for t in sources["data"] if t.get("mode") == "markers+text"}
    assert {("BBC", "≥ 12"), ("Reuters", "9"), ("BBC", "70")} <= labels
    arrows = [t for t in sources["data"] if t.get("mode") == "lines+markers"]
    assert len(arrows) == 1 and arrows[0]["x"][0] == 12 and arrows[0]["x"][1] > 12   # open upwards, never from 0
    assert "killed: Reuters: 9; BBC: at least 12 — the sources disagree" in texts(at)


def test_comparisons_bars_have_readable_names_in_the_chosen_order(store):
    at = run("app_pages/comparisons.py")
    bars = charts_of(at)[1]
    killed = next(t for t in bars["data"] if t["name"] == "killed")
    assert killed["orientation"] == "h"
    assert killed["y"][0].startswith("Kyiv, 24 April 2025 · ")        # the deadliest first
    at.radio(key="cmp_order").set_value("by date (latest first)").run()
    killed = next(t for t in charts_of(at)[1]["data"] if t["name"] == "killed")
    assert killed["y"][1].startswith("Sumy Oblast, April 2025 · drone strike")
    assert killed["text"] == ["9 (9-12)", "not reported"]


def test_comparisons_can_show_only_disagreeing_events(store):
    at = run("app_pages/comparisons.py")
    assert len(at.selectbox(key="cmp_event").options) == 2
    at.toggle(key="cmp_disagree").set_value(True).run()
    assert not at.exception
    options = at.selectbox(key="cmp_event").options       # BBC says at least 12 killed, Reuters 9
    assert len(options) == 1 and "Kyiv" in options[0]


def test_weapons_launched_per_event(store):
    at = run("app_pages/comparisons.py")
    weapons = charts_of(at)[2]
    assert sorted(t["name"] for t in weapons["data"]) == ["drone launched", "missile launched"]


def test_event_dossier_lists_sources_sentences_and_articles(store):
    kyiv = store.events_df()
    kyiv = kyiv[kyiv["place"] == "Kyiv"]["event_id"].iloc[0]
    at = run("app_pages/event.py", {"event": kyiv})
    assert not at.exception
    assert [s.value for s in at.subheader][0] == "Kyiv, 24 April 2025 · missile and drone strike"
    sentences = frame(at, 1)
    assert "Nine people were killed in Kyiv on 24 April 2025, Ukrainian officials said." in list(sentences["Sentence"])
    assert set(frame(at, 0)["Outlet"]) == {"BBC", "Reuters"}
    from app_support import DOCS
    at.selectbox(key="dossier_doc").set_value(DOCS[0].doc_id).run()
    html = " ".join(m.value for m in at.markdown)
    assert '<mark class="span-casualty"' in html and "&lt;script&gt;" in html and "<script>" not in html


def test_event_dossier_marks_a_claim_by_a_party(store):
    from dataclasses import replace

    from app_support import KYIV_AT, _doc, _span
    text = "Russia's defence ministry said it shot down more than 30 drones over Kyiv on 24 April 2025."
    doc = _doc("mod.txt", text, None, "TASS", "MoD statement")
    from datetime import date
    doc = replace(doc, published=date(2025, 4, 24))
    claim = _span(doc, "more than 30 drones", type="weapon", category="drone", count=30, low=31,
                  qualifier="more_than", role="shot_down", claimant="Russia's defence ministry", **KYIV_AT)
    store.ingest([doc], extractor=lambda docs: {doc.doc_id: [claim]})
    kyiv = store.events_df()
    kyiv = kyiv[kyiv["place"] == "Kyiv"]["event_id"].iloc[0]
    at = run("app_pages/event.py", {"event": kyiv})
    assert "Russia's defence ministry: more than 30 drone shot down (in TASS)" in texts(at)
    sources = charts_of(at)[0]
    claimed = [t for t in sources["data"] if t.get("name") == "TASS" and t.get("mode") == "markers+text"]
    assert claimed[0]["text"] == ["> 30 (claim)"] and claimed[0]["marker"]["symbol"].endswith("-open")


def test_event_dossier_without_an_id_offers_the_events(store):
    at = run("app_pages/event.py")
    assert len(at.selectbox(key="dossier_pick").options) == 2


def test_records_table_reads_as_words_and_downloads_use_the_cli_writers(store):
    at = run("app_pages/records.py")
    table = frame(at)
    assert len(table) == 9
    assert "≥ 12 killed" in list(table["What"]) and "None" not in table.to_string()
    at.sidebar.multiselect(key="type").select("casualty").run()
    assert len(frame(at)) == 4
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Events CSV (ACLED columns)", "Events GeoJSON", "Records CSV"]


def test_export_matches_the_cli_and_can_carry_a_bom(store):
    from app_ui.export import BOM, _render
    from dashboard.exports import render
    from dashboard.filters import Filter
    plain = _render(store, Filter(), "csv", "events", False).decode("utf-8")
    assert plain == render(store.events_df(Filter()), "csv", "events")
    assert plain.splitlines()[0].startswith("event_id,event_date,event_type,country,admin1,location")
    assert _render(store, Filter(), "csv", "events", True).decode("utf-8").startswith(BOM)


def test_records_search_finds_words(store):
    at = run("app_pages/records.py")
    at.text_input(key="rec_search").input("drones").run()
    assert len(frame(at)) == 2 and set(frame(at)["What"]) == {"70 missile launched", "145 drone launched"}


def test_articles_full_text_search_and_escaped_highlights(store):
    from app_support import DOCS
    at = run("app_pages/documents.py")
    at.text_input(key="doc_search").input("nine people").run()
    assert at.selectbox(key="doc").options == [o for o in at.selectbox(key="doc").options if "Nine" in o]
    assert len(at.selectbox(key="doc").options) == 1
    at.text_input(key="doc_search").input("").run()
    at.selectbox(key="doc").set_value(DOCS[0].doc_id).run()
    html = " ".join(m.value for m in at.markdown)
    assert "&lt;script&gt;alert" in html and "<script>" not in html
    assert '<mark class="span-casualty"' in html and '<mark class="span-weapon"' in html


def test_articles_choosing_a_record_shows_its_sentence(store):
    from app_support import DOCS
    at = run("app_pages/documents.py")
    at.selectbox(key="doc").set_value(DOCS[0].doc_id).run()
    table = frame(at)
    row = list(table["Words"]).index("70 missiles")
    at.session_state["doc_records"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    assert "Russia launched 70 missiles and 145 drones." in [i.value for i in at.info]
    assert "outline:2px solid" in " ".join(m.value for m in at.markdown)


def test_filters_lists_are_filled(store):
    at = app()
    opts = {w.key: w.options for w in at.sidebar.multiselect}
    assert opts["weapon"] and opts["source"] == ["BBC", "Reuters"]
    assert "Ukraine" in opts["country"]


def test_add_documents_pasted_text_reaches_every_page_of_the_session(store, monkeypatch):
    from dashboard.records import Record

    def fake_extract(doc, gazetteer=None):
        i = doc.text.index("7 people")
        return [Record(type="casualty", doc=doc.name, doc_id=doc.doc_id, start=i, end=i + 8, evidence="7 people",
                       sentence=doc.text, category="killed", count=7, qualifier="exact", date="2025-05-02",
                       date_precision="day", place="Odesa", lat=46.48, lon=30.72, country="UA",
                       admin1="Odesa", precision="city", scope="event")]
    monkeypatch.setattr("dashboard.extract.extract_document", fake_extract, raising=False)
    at = app()
    at.switch_page("app_pages/add_documents.py").run()
    at.text_area(key="paste").input("A strike on Odesa killed 7 people on 2 May 2025.")
    at.text_input(key="source_name").input("Kyiv Independent")
    next(b for b in at.button if b.label == "Extract records").click().run()
    assert not at.exception
    assert "pasted.txt: 1 records extracted" in texts(at)
    at.switch_page("app_pages/overview.py").run()
    assert metric(at, "Events") == "3" and metric(at, "Killed") == "16"
    assert store.count_documents() == 3              # not shared until saved
    at.switch_page("app_pages/add_documents.py").run()
    next(b for b in at.button if b.label == "Save to the shared store").click().run()
    assert store.count_documents() == 4 and at.session_state["uploads"] == []
    assert "Saved 1 article(s) to the shared store." in texts(at)


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
    at = run("app_pages/add_documents.py")
    at.text_area(key="paste").input("anything")
    next(b for b in at.button if b.label == "Extract records").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == ["**empty.txt** was not added: the file is empty"]
    assert "good.txt: 4 records extracted" in texts(at)
    assert any("ru.txt" in w.value and "no records" in w.value for w in at.warning)
    assert any("No publication date was found in good.txt" in w.value for w in at.warning)


