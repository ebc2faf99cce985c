"""Ukrainian and Russian articles end to end: ukru_dev scored by the team's scorer, a Ukrainian
and an English report of one strike joined in one event, and the app showing Cyrillic spans
and each source's language.

ukru_dev and ukru_dev2 (tests/data/) were written blind by colleagues; the extractor was then
developed on them, so their scores are regression guards (each bar a little below what the
extractor reaches). The held-out sets written the same way are scored by the lead only."""
import json
from pathlib import Path

import pytest

from dashboard.documents import load_path
from dashboard.extract import extract_batch

ROOT = Path(__file__).resolve().parents[1]
UKRU = ROOT / "tests" / "data" / "ukru_dev"
#: set -> (figures F1, places F1, each figure attribute) bars; reached: ukru_dev 1.00 / 0.989 / 1.00,
#: ukru_dev2 1.00 / 0.984 / 1.00, ukru_blind3 0.921 / 0.894 / 0.845 (first contact, untuned; now
#: 0.989 / 0.900 / 0.919), ukru_blind4 0.908 / 0.886 / 0.812 (first contact; now 0.982 / 0.891 / 0.939),
#: ukru_blind5 0.896 / 0.862 / 0.822 (first contact, KOI8-U unread; now 0.966 / 0.893 / 0.917),
#: ukru_blind6 0.916 / 0.926 / 0.886 (first contact; now 0.988 / 0.926 / 0.872),
#: ukru_blind7 0.940 / 0.884 / 0.907 (first contact, the stop's last; now 0.964 / 0.925 / 0.912),
#: ukru_blind8 0.957 / 0.845 / 0.73 (first contact, stop 24: a mayor's channel, a loss table, a yearless
#: dateline; now 0.976 / 0.897 / 0.87), ukru_blind9 0.933 / 0.841 / 0.812 (first contact, stop 24: an exercise
#: in war words, a KOI8-U police report, lower-case "росія"; now 0.971 / 0.868 / 0.814), ukru_blind10 0.919 / 0.933 /
#: 0.906 (first contact, stop 25: a General Staff summary, a prosecutor's statement in cp1251, a governor's bullets
#: by stanitsa, a gas explosion told in war words; now 0.957 / 0.963 / 0.91), ukru_blind11 0.951 / 0.818 / 0.835
#: (first contact, written after every other fix of stop 25; a drone light show as the negative; now 0.951 / 0.839 /
#: 0.848), ukru_blind12 0.979 / 0.909 / 0.86 (first contact, stop 27: a hromada head's post, a General Staff summary,
#: a Crimean outlet, a cp1251 follow-up, a Belarusian debris story, a civil-defence drill as the negative),
#: ukru_blind13 0.892 / 0.893 / 0.851 (first contact, stop 28: a military administration's summary per hromada, a
#: week's Air Force table, a rescue report, a colloquial Telegram post, a Kazakh outlet, an FPV race as the negative;
#: now 0.913 / 0.893 / 0.854: the table's launched / shot-down pairs are not read), ukru_blind14 0.914 / 0.891 /
#: 0.86 (first contact, the stop's last: a settlement council's post, a Navy post, a milblogger's MoD losses, a
#: cp1251 health update, a farm's "war" on a pest with spraying drones as the negative; now 0.923 / 0.891 / 0.867)
#: ukru_blind15 0.869 / 0.901 / 0.836 (first contact, stop 29: an oblast's evening summary with a "27 / 21" table, a
#: rayon paper in cp1251, a fact-check of exaggerated tolls, a hospital statement, a KOI8-R resolution, a city day's
#: drone show as the negative; now 0.908 / 0.901 / 0.848: the table's "N / M" rows are read), ukru_blind16 0.914 /
#: 0.841 / 0.787 (first contact, stop 31: an oblast's Telegram post with emoji, a hospital director's video transcript,
#: an Air Force summary by type, a governor's post, a KOI8-R local site with comments, an emergencies table, a hunter
#: who downs a forest-patrol drone as the negative; now 0.954 / 0.882 / 0.828: stop 32 reads "одну з них збили", placed
#: on Ukraine rather than the town), ukru_blind17 0.938 / 0.978 / 1.0 (first
#: contact, stop 32: an oblast administration's post, a prosecutor's release, a governor's post, an independent
#: outlet's report, a health ministry update, a gas explosion as the negative; now 0.990 / 0.978 / 1.0) and
#: ukru_blind18 0.961 / 0.975 / 0.944 (written last: a hromada head's post, the General Staff's losses list, an
#: Investigative Committee release, a KOI8-R regional site, a battle reconstruction as the negative; now 0.989)
BARS = {"ukru_dev": (0.97, 0.96, 0.97), "ukru_dev2": (0.97, 0.96, 0.97), "ukru_blind3": (0.95, 0.87, 0.88),
        "ukru_blind4": (0.95, 0.86, 0.88), "ukru_blind5": (0.95, 0.86, 0.88),
        "ukru_blind6": (0.96, 0.9, 0.85), "ukru_blind7": (0.94, 0.86, 0.88), "ukru_blind8": (0.96, 0.87, 0.85),
        "ukru_blind9": (0.96, 0.85, 0.8), "ukru_blind10": (0.94, 0.94, 0.88),
        "ukru_blind11": (0.93, 0.81, 0.82), "ukru_blind12": (0.96, 0.9, 0.88), "ukru_blind13": (0.9, 0.88, 0.84),
        "ukru_blind14": (0.9, 0.87, 0.85), "ukru_blind15": (0.89, 0.88, 0.83), "ukru_blind16": (0.93, 0.87, 0.82),
        "ukru_blind17": (0.97, 0.96, 0.95), "ukru_blind18": (0.97, 0.96, 0.92)}
SEED = ROOT.parent / "shared" / "seeds" / "000_5742bace8683ef33.txt"     # the 24 April 2025 Kyiv strike


def _prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


@pytest.mark.parametrize("name", sorted(BARS))
def test_ukru_scores(name, shared_scorer):
    folder = ROOT / "tests" / "data" / name
    fig_bar, place_bar, attr_bar = BARS[name]
    golds = [json.loads(x) for x in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    out = extract_batch([load_path(f) for f in sorted((folder / "texts").glob("*.txt"))])
    preds = {d.name: {"doc": d.name, "records": [r.to_dict() for r in recs]} for d, recs in out.values()}
    tot = dict.fromkeys(("fig_tp", "fig_fp", "fig_fn", "place_tp", "place_fp", "place_fn"), 0)
    attr = {"qualifier": [0, 0], "date": [0, 0], "place": [0, 0]}
    for g in golds:
        res = shared_scorer.score_doc(g, preds.get(g["doc"]))
        for k in tot:
            tot[k] += res[k]
        for k, (ok, n) in res["attr"].items():
            attr[k][0] += ok
            attr[k][1] += n
    assert len(golds) == len(preds), (name, len(golds), len(preds))
    assert _prf(tot["fig_tp"], tot["fig_fp"], tot["fig_fn"]) >= fig_bar, (name, tot)
    assert _prf(tot["place_tp"], tot["place_fp"], tot["place_fn"]) >= place_bar, (name, tot)
    for k, (ok, n) in attr.items():
        assert ok / n >= attr_bar, (name, k, ok, n)


@pytest.fixture(scope="module")
def bilingual_store():
    if not SEED.is_file():
        pytest.skip("../shared/seeds is not beside this checkout")
    from dashboard.store import Store
    store = Store(":memory:")
    store.ingest([load_path(SEED), load_path(UKRU / "texts" / "uk02_dsns_kyiv_0424.txt"),
                  load_path(UKRU / "texts" / "ru01_meduza_kyiv_0424.txt")])
    return store


def _kyiv_event(store):
    ev = store.events_df(None)
    return ev[(ev["place"] == "Kyiv") & (ev["date"] == "2025-04-24")]


def test_a_ukrainian_russian_and_english_report_of_one_strike_are_one_event(bilingual_store):
    ev = _kyiv_event(bilingual_store)
    assert len(ev) == 1 and ev.iloc[0]["n_sources"] == 3
    comps = bilingual_store.comparisons_df(None)
    killed = comps[(comps["event_id"] == ev.iloc[0]["event_id"]) & (comps["figure"] == "killed")]
    assert sorted(killed["count"]) == [12, 12, 12] and len(set(killed["doc"])) == 3
    assert sorted(bilingual_store.documents_df(None)["language"]) == ["en", "ru", "uk"]


def test_the_documents_page_highlights_cyrillic_spans_exactly(bilingual_store, monkeypatch):
    import html

    import app_ui.data
    from streamlit.testing.v1 import AppTest
    monkeypatch.setattr(app_ui.data, "get_store", lambda: bilingual_store)
    doc = load_path(UKRU / "texts" / "uk02_dsns_kyiv_0424.txt")
    at = AppTest.from_file(str(ROOT / "app_pages" / "documents.py"), default_timeout=60).run()
    label = at.selectbox(key="doc")
    assert any(str(o).endswith("· uk") for o in label.options), label.options
    label.set_value(doc.doc_id).run()
    page = " ".join(m.value for m in at.markdown)
    recs = bilingual_store.records_df(None)
    recs = recs[recs["doc_id"] == doc.doc_id]
    for r in recs[recs["type"].isin(["casualty", "place"])].to_dict("records"):
        span = doc.text[int(r["start"]):int(r["end"])]
        assert span == r["evidence"]
        assert f">{html.escape(span)}</mark>" in page, span
    assert "language: uk" in " ".join(c.value for c in at.caption)


def test_the_event_dossier_shows_each_sources_language(bilingual_store, monkeypatch):
    import app_ui.data
    from streamlit.testing.v1 import AppTest
    monkeypatch.setattr(app_ui.data, "get_store", lambda: bilingual_store)
    event_id = _kyiv_event(bilingual_store).iloc[0]["event_id"]
    at = AppTest.from_file(str(ROOT / "app_pages" / "event.py"), default_timeout=60)
    at.query_params["event"] = event_id
    at.run()
    table = next(d.value for d in at.dataframe if "Figure" in d.value.columns)
    killed = table[table["Figure"] == "killed"]
    assert sorted(killed["Language"]) == ["en", "ru", "uk"]
