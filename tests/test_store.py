"""The store: idempotent, atomic ingest; reads while another process writes."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from dashboard.documents import doc_id_for
from dashboard.filters import Filter
from dashboard.records import Document, Record
from dashboard.store import Store

ROOT = Path(__file__).resolve().parents[1]
CITIES = {"Kyiv": (50.45, 30.52, "Kyiv City"), "Sumy": (50.92, 34.80, "Sumy"),
          "Odesa": (46.48, 30.73, "Odesa")}


def fake_extract(docs):
    """Figures from lines like ``killed 12 Kyiv 2025-04-24`` (stands in for the extractor)."""
    out = {}
    for d in docs:
        recs = []
        for line in d.text.splitlines():
            parts = line.split()
            if len(parts) == 4 and parts[1].isdigit():
                cat, n, city, day = parts
                lat, lon, admin1 = CITIES[city]
                start = d.text.index(line)
                recs.append(Record(type="weapon" if cat in ("missile", "drone") else "casualty",
                                   doc=d.name, doc_id=d.doc_id, category=cat, count=int(n),
                                   qualifier="exact", start=start, end=start + len(line),
                                   evidence=line, sentence=line, date=day, date_precision="day",
                                   place=city, lat=lat, lon=lon, country="UA", admin1=admin1,
                                   precision="city", scope="event"))
                recs.append(Record(type="place", doc=d.name, doc_id=d.doc_id, name=city, lat=lat,
                                   lon=lon, country="UA", admin1=admin1, precision="city"))
        out[d.doc_id] = recs
    return out


def doc(name, text, published=None, source=None):
    return Document(doc_id=doc_id_for(text), name=name, text=text, title=name,
                    published=published, source=source)


DOCS = [doc("a.txt", "Strike\nkilled 12 Kyiv 2025-04-24\ndrone 145 Kyiv 2025-04-24",
            date(2025, 4, 24), "Outlet A"),
        doc("b.txt", "Report\nkilled 12 Kyiv 2025-04-24\ninjured 90 Kyiv 2025-04-24", date(2025, 4, 24)),
        doc("c.txt", "Other\nkilled 35 Sumy 2025-04-13", date(2025, 4, 14))]


@pytest.fixture(params=["memory", "file", "postgresql"])
def store(request, tmp_path):
    """The same tests on every backend: DuckDB in memory, a DuckDB file, PostgreSQL."""
    if request.param == "postgresql":
        s = Store(request.getfixturevalue("pg_url"))
    else:
        s = Store(":memory:" if request.param == "memory" else str(tmp_path / "s.duckdb"))
    yield s
    s.close()


def test_ingest_reads_events_and_comparisons(store):
    assert store.count_documents() == 0 and store.events_df().empty
    summary = store.ingest(DOCS, extractor=fake_extract)
    assert summary.added_documents == 3 and summary.duplicates == 0
    assert summary.records_by_type == {"casualty": 4, "weapon": 1, "place": 5}
    events = store.events_df()
    assert len(events) == 2 and summary.events == 2
    kyiv = events[events.place == "Kyiv"].iloc[0]
    assert kyiv.n_sources == 2 and kyiv.killed_best == 12 and kyiv.drones_best == 145
    assert kyiv.sources == "Outlet A, b.txt"
    comps = store.comparisons_df()
    assert len(comps[(comps.event_id == kyiv.event_id) & (comps.figure == "killed")]) == 2
    recs = store.records_df()
    assert {"event_id", "published", "outlet", "title", "date_inferred"} <= set(recs.columns)
    assert recs[recs.type == "casualty"].event_id.notna().all()
    assert store.document(DOCS[0].doc_id).text == DOCS[0].text
    assert store.document("nope") is None
    places = store.places_df()
    assert list(places.name) == ["Kyiv", "Sumy"] and list(places.documents) == [2, 1]


def test_filtered_reads(store):
    assert store.places_df().empty and "mentions" in store.places_df().columns
    store.ingest(DOCS, extractor=fake_extract)
    flt = Filter(places=("Sumy",))
    assert list(store.events_df(flt).place) == ["Sumy"]
    assert set(store.records_df(flt).doc) == {"c.txt"}
    assert list(store.documents_df(flt).name) == ["c.txt"]
    assert set(store.comparisons_df(flt).doc) == {"c.txt"}
    assert len(store.events_df(Filter(date_from=date(2025, 4, 20)))) == 1
    assert len(store.events_df(Filter(weapons=("drone",)))) == 1
    assert len(store.records_df(Filter(sources=("Outlet A",)))) == 4
    opts = store.options()
    assert opts["places"] == ["Kyiv", "Sumy"] and opts["weapons"] == ["drone"]
    assert opts["date_min"] == date(2025, 4, 13) and opts["date_max"] == date(2025, 4, 24)


def test_ingest_is_idempotent(store):
    store.ingest(DOCS[:2], extractor=fake_extract)
    v1 = store.version()
    again = store.ingest(DOCS, extractor=fake_extract)
    assert (again.added_documents, again.duplicates) == (1, 2)
    v2 = store.version()
    assert v2 != v1
    third = store.ingest(DOCS + DOCS, extractor=fake_extract)
    assert (third.added_documents, third.duplicates) == (0, 6)
    assert store.version() == v2 and store.count_documents() == 3
    assert len(store.records_df()) == 10


def test_a_fault_while_building_events_loses_nothing(store, monkeypatch):
    """Documents land whole or not at all; events left pending are built by the next run
    (on a DuckDB file the whole run is dropped instead, and the live file is unchanged)."""
    store.ingest(DOCS[:1], extractor=fake_extract)
    before = (store.version(), len(store.records_df()), len(store.events_df()))

    def boom(*a, **k):
        raise RuntimeError("simulated fault")
    monkeypatch.setattr("dashboard.store.pipeline.refresh", boom)
    with pytest.raises(RuntimeError):
        store.ingest(DOCS[1:], extractor=fake_extract)
    if store.backend == "duckdb" and not store.memory:
        assert (store.version(), len(store.records_df()), len(store.events_df())) == before
        assert store.count_documents() == 1
        assert [p.name for p in Path(store.path).parent.iterdir() if ".tmp-" in p.name] == []
    else:
        assert store.count_documents() == 3 and len(store.records_df()) == 10
    monkeypatch.undo()
    again = store.ingest(DOCS, extractor=fake_extract)
    assert store.count_documents() == 3 and again.events == 2
    kyiv = store.events_df(Filter(places=("Kyiv",))).iloc[0]
    assert kyiv.n_sources == 2 and kyiv.injured_best == 90


def test_a_document_whose_extraction_fails_is_reported(store):
    def picky(docs):
        if any(d.name == "c.txt" for d in docs):
            raise ValueError("cannot read this one")
        return fake_extract(docs)
    summary = store.ingest(DOCS, extractor=picky)
    assert summary.added_documents == 2
    assert summary.failed == [("c.txt", "extraction failed: ValueError: cannot read this one")]


def test_ingest_paths_reports_bad_files(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Strike\nkilled 3 Odesa 2025-05-01\n")
    (tmp_path / "in" / "empty.txt").write_text("  ")
    s = Store(":memory:")
    summary = s.ingest_paths([str(tmp_path / "in"), str(tmp_path / "missing.txt")],
                             extractor=fake_extract)
    assert summary.added_documents == 1
    assert sorted(Path(name).name for name, _ in summary.failed) == ["empty.txt", "missing.txt"]
    assert [Path(n).name for n, status, _ in summary.results if status == "added"] == ["good.txt"]


WRITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r}); sys.path.insert(0, {root!r})
    from test_store import fake_extract, doc
    from dashboard.store import Store
    def slow(docs):
        time.sleep(0.02 * len(docs))
        return fake_extract(docs)
    s = Store({path!r})
    for batch in range(4):
        docs = [doc(f"w{{batch}}_{{i}}.txt", f"T\\nkilled {{i + 1}} Odesa 2025-05-{{batch + 1:02d}}")
                for i in range(25)]
        s.ingest(docs, extractor=slow)
    print("done", s.count_documents())
""")


def test_reader_keeps_reading_while_another_process_ingests(tmp_path):
    path = str(tmp_path / "live.duckdb")
    reader = Store(path)
    reader_ = Store(path)
    proc = subprocess.Popen([sys.executable, "-c", WRITER.format(
        tests=str(ROOT / "tests"), root=str(ROOT), path=path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = []
    while proc.poll() is None:
        n = len(reader.records_df())
        seen.append(n)
        reader_.events_df()
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert out.strip() == "done 100"
    # every read saw a whole number of batches (25 documents, 50 records each), never half
    assert all(n % 50 == 0 for n in seen) and seen == sorted(seen) and len(seen) > 3
    assert len(reader.records_df()) == 200


def test_threads_keep_reading_while_this_process_ingests(tmp_path):
    import threading

    store = Store(str(tmp_path / "t.duckdb"))
    store.ingest(DOCS[:1], extractor=fake_extract)
    errors, counts, stop = [], [], threading.Event()

    def read():
        while not stop.is_set():
            try:
                counts.append(len(store.records_df()))
                store.events_df()
            except Exception as e:  # noqa: BLE001 - collected and asserted on below
                errors.append(e)

    threads = [threading.Thread(target=read) for _ in range(3)]
    for t in threads:
        t.start()
    for batch in range(5):
        store.ingest([doc(f"t{batch}_{i}.txt", f"T\nkilled {i + 1} Sumy 2025-05-0{batch + 1}")
                      for i in range(10)], extractor=fake_extract)
    stop.set()
    for t in threads:
        t.join()
    assert errors == [] and len(counts) > 5
    assert set(counts) <= {4 + 20 * k for k in range(6)}
    assert len(store.records_df()) == 104


def test_two_writer_processes_take_turns(tmp_path):
    path = str(tmp_path / "two.duckdb")
    script = textwrap.dedent("""
        import sys
        sys.path.insert(0, {tests!r}); sys.path.insert(0, {root!r})
        from test_store import fake_extract, doc
        from dashboard.store import Store
        s = Store({path!r})
        for b in range(3):
            s.ingest([doc(f"{tag}{{b}}_{{i}}.txt", f"{tag}\\nkilled {{i + 1}} Odesa 2025-06-0{{b + 1}}")
                      for i in range(10)], extractor=fake_extract)
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script.format(
        tests=str(ROOT / "tests"), root=str(ROOT), path=path, tag=tag)],
        stderr=subprocess.PIPE, text=True) for tag in ("x", "y")]
    for p in procs:
        assert p.wait(timeout=120) == 0, p.stderr.read()
    store = Store(path)
    assert store.count_documents() == 60 and len(store.records_df()) == 120


def test_filter_apply_events_matches_the_store(store):
    """Events filtered in memory (a session's uploads) follow the store's rule."""
    from dashboard.events import build_events

    store.ingest(DOCS, extractor=fake_extract)
    recs, docs = store.records_df(), store.documents_df()
    events, _, recs = build_events(recs.drop(columns=["event_id"]), docs)
    for flt in (Filter(places=("Sumy",)), Filter(types=("weapon",)), Filter(sources=("b.txt",)),
                Filter(date_to=date(2025, 4, 20))):
        assert sorted(flt.apply_events(events, recs).event_id) == sorted(store.events_df(flt).event_id)
