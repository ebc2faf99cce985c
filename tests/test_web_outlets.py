"""Outlets, links and publication times travel from the page to the store and the exports."""
import csv
import io

import duckdb

from dashboard.cli import main
from dashboard.documents import load_bytes
from dashboard.store import Store
from web_support import article_page

PAGE = article_page("Missile strike on Kyiv kills six",
                    ["A Russian missile strike on Kyiv killed six people and injured 21 on Thursday "
                     "morning, the city's military administration said."],
                    "2025-04-24T07:30:00+03:00", site="Kyiv Daily", canonical="https://kyiv.example/strike")


def test_a_stored_page_keeps_outlet_link_time_reader_and_what_was_dropped():
    store = Store(":memory:")
    doc = load_bytes("kyiv.html", PAGE.encode())
    store.ingest([doc])
    back = store.document(doc.doc_id)
    assert (back.source, back.url, back.published_at, back.reader) == (
        "Kyiv Daily", "https://kyiv.example/strike", "2025-04-24T07:30:00+03:00", "trafilatura")
    assert back.dropped_count == doc.dropped_count > 0 and back.dropped == doc.dropped
    assert "Earthquake kills 12 in Chile" in back.dropped
    row = store.documents_df().iloc[0]
    assert row["reader"] == "trafilatura" and int(row["dropped_count"]) == doc.dropped_count


def test_records_export_carries_outlet_link_and_time(tmp_path):
    db = str(tmp_path / "e.duckdb")
    page = tmp_path / "kyiv.html"
    page.write_text(PAGE)
    assert main(["ingest", str(page), "--db", db, "--no-progress"]) == 0
    out = tmp_path / "r.csv"
    assert main(["export", "--level", "records", "--type", "casualty", "--db", db, "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert rows and {r["source"] for r in rows} == {"Kyiv Daily"}
    assert {r["url"] for r in rows} == {"https://kyiv.example/strike"}
    assert {r["published_at"] for r in rows} == {"2025-04-24T07:30:00+03:00"}
    assert main(["export", "--db", db, "-o", str(tmp_path / "ev.csv")]) == 0
    events = list(csv.DictReader(io.StringIO((tmp_path / "ev.csv").read_text())))
    assert events and all(e["source"] == "Kyiv Daily" for e in events)


def test_a_store_file_from_before_gains_the_new_columns(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE documents (doc_id VARCHAR PRIMARY KEY, name VARCHAR, title VARCHAR, "
                "published DATE, published_from VARCHAR, outlet VARCHAR, fmt VARCHAR, path VARCHAR, "
                "text VARCHAR, n_records INTEGER, ingested_at TIMESTAMP)")
    con.close()
    store = Store(str(db))
    summary = store.ingest([load_bytes("kyiv.html", PAGE.encode())])
    assert summary.added_documents == 1
    assert store.documents_df().iloc[0]["url"] == "https://kyiv.example/strike"
    assert store.feeds() == []
