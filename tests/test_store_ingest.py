"""Streaming ingest: every input answered, values bounded, events rebuilt by slices equal
to a full build, and two ingests at once store every document exactly once."""
from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from dashboard.records import Record
from dashboard.store import Store
from test_store import CITIES, ROOT, doc, fake_extract


@pytest.fixture(params=["memory", "file", "postgresql"])
def store(request, tmp_path):
    if request.param == "postgresql":
        s = Store(request.getfixturevalue("pg_url"))
    else:
        s = Store(":memory:" if request.param == "memory" else str(tmp_path / "s.duckdb"))
    yield s
    s.close()


def test_every_input_is_answered_under_its_own_path(tmp_path):
    d = tmp_path / "in"
    (d / "empty-folder").mkdir(parents=True)
    (d / "a.txt").write_text("Strike\nkilled 3 Odesa 2025-05-01\n")
    (d / "b.txt").write_text("Strike\nkilled 3 Odesa 2025-05-01\n")     # the same text
    os.mkfifo(d / "pipe.txt")                                          # would block a reader
    os.symlink(d / "loop2.txt", d / "loop1.txt")
    os.symlink(d / "loop1.txt", d / "loop2.txt")
    (d / "tail.txt").write_bytes(b"Strike in Odesa. " * 400 + b"\x00\x01binary tail")
    s = Store(":memory:")
    s.ingest_paths([str(d / "a.txt")], extractor=fake_extract)
    summary = s.ingest_paths([str(d), str(d / "empty-folder"), str(d / "pipe.txt"),
                              str(tmp_path / "missing.txt")], extractor=fake_extract)
    answers = {Path(n).name: (status, detail) for n, status, detail in summary.results}
    assert answers["a.txt"] == ("stored", "already stored")
    assert answers["b.txt"] == ("duplicate", f"duplicate of {d / 'a.txt'}")
    assert answers["empty-folder"][0] == "failed" and "no .txt" in answers["empty-folder"][1]
    assert answers["pipe.txt"][0] == "failed" and "FIFO" in answers["pipe.txt"][1]
    assert "loop" in answers["loop1.txt"][1] and "loop" in answers["loop2.txt"][1]
    assert "binary" in answers["tail.txt"][1]
    assert answers["missing.txt"][0] == "failed"
    # a fresh store: the second copy of a text is "duplicate of" the first, by path
    fresh = Store(":memory:").ingest_paths([str(d / "a.txt"), str(d / "b.txt")], extractor=fake_extract)
    got = {Path(n).name: (st, detail) for n, st, detail in fresh.results}
    assert got == {"a.txt": ("added", "2 records"), "b.txt": ("duplicate", f"duplicate of {d / 'a.txt'}")}


def hostile_extract(docs):
    """A 20-digit count, an infinite coordinate, a huge sentence with a NUL: kept, bounded."""
    out = fake_extract(docs)
    for d in docs:
        if d.name == "hostile.txt":
            out[d.doc_id].append(Record(type="casualty", doc=d.name, doc_id=d.doc_id, category="killed",
                                        count=99999999999999999999, low=10 ** 400, qualifier="exact",
                                        start=0, end=5, evidence="killed 99999999999999999999",
                                        sentence="x\x00" + "y" * 10_000, sent_start=0, lat=float("inf"),
                                        lon=30.5, date="2025-05-01", scope="event", place="Odesa"))
    return out


def test_a_count_beyond_reason_is_flagged_and_the_batch_lands(store):
    docs = [doc("hostile.txt", "Strike\nkilled 3 Odesa 2025-05-01\n"),
            doc("ok.txt", "Other\nkilled 7 Sumy 2025-05-02\n")]
    summary = store.ingest(docs, extractor=hostile_extract)
    assert summary.added_documents == 2 and summary.failed == []
    recs = store.records_df()
    huge = recs[recs.evidence == "killed 99999999999999999999"].iloc[0]
    import pandas as pd
    assert pd.isna(huge["count"]) and pd.isna(huge["low"]) and pd.isna(huge["lat"])
    assert "count_out_of_range" in huge["extra"] and "99999999999999999999" in huge["extra"]
    assert len(huge["sentence"]) <= 4000 and "\x00" not in huge["sentence"]
    assert set(recs.doc) == {"hostile.txt", "ok.txt"} and len(recs) == 5
    assert len(store.events_df()) == 2


def test_records_given_as_validated_arrow_rows_land_as_the_records_would(store):
    """The Dask engine hands the writer each document's rows as its workers validated them
    (slices of a Parquet partition's Arrow table): stored exactly as the records themselves
    would be; a chunk whose table does not fit is retried document by document, and only
    the document at fault is named."""
    import pyarrow as pa

    from dashboard.benchmarks.ingest_dask import records_checksum
    from dashboard.engines.dask import doc_slices
    from dashboard.store import ingest as I

    docs = [doc("hostile.txt", "Strike\nkilled 3 Odesa 2025-05-01\n"),
            doc("ok.txt", "Other\nkilled 7 Sumy 2025-05-02\ndrone 20 Sumy 2025-05-02\n"),
            doc("none.txt", "Nothing to count here.")]
    direct = Store(":memory:")
    direct.ingest(docs, extractor=hostile_extract)
    I._init_worker(hostile_extract)
    table, _, errors = I.extract_docs(docs)                  # what a worker writes
    assert errors == [] and table.num_rows == len(direct.records_df())
    rows = doc_slices(table)
    assert docs[2].doc_id not in rows and rows[docs[1].doc_id].num_rows == 4
    summary = store.ingest(docs, extractor=lambda ds: {d.doc_id: rows.get(d.doc_id, []) for d in ds})
    assert summary.added_documents == 3 and summary.failed == []
    assert records_checksum(store) == records_checksum(direct)
    assert len(store.events_df()) == len(direct.events_df())

    # one document's table lacks a column: the chunk is retried one document at a time
    more = [doc("good.txt", "Good\nkilled 4 Kyiv 2025-05-03\n"), doc("bad.txt", "Bad\nkilled 5 Kyiv 2025-05-03\n")]
    I._init_worker(hostile_extract)                          # the ingest above set its own
    table, _, _ = I.extract_docs(more)
    rows = doc_slices(table)
    rows[more[1].doc_id] = rows[more[1].doc_id].drop_columns(["type"])
    assert isinstance(rows[more[1].doc_id], pa.Table)
    summary = store.ingest(more, extractor=lambda ds: {d.doc_id: rows[d.doc_id] for d in ds})
    assert summary.added_documents == 1 and [n for n, _ in summary.failed] == ["bad.txt"]
    assert "not a record" in summary.failed[0][1]
    assert set(store.records_df().doc) == {"hostile.txt", "ok.txt", "good.txt"}


# -- events by slices ---------------------------------------------------------------------
def line_extract(docs):
    """``cat n city day`` lines; ``day`` may be ``-`` (an undated figure)."""
    out = {}
    for d in docs:
        recs = []
        for line in d.text.splitlines():
            parts = line.split()
            if len(parts) != 4 or not parts[1].isdigit():
                continue
            cat, n, city, day = parts
            lat, lon, admin1 = CITIES[city]
            start = d.text.index(line)
            dated = dict(date=day, date_precision="day") if day != "-" else {}
            recs.append(Record(type="casualty", doc=d.name, doc_id=d.doc_id, category=cat, count=int(n),
                               qualifier="exact", start=start, end=start + len(line), evidence=line,
                               sentence=line, place=city, lat=lat, lon=lon, country="UA",
                               admin1=admin1, precision="city", scope="event", **dated))
        out[d.doc_id] = recs
    return out


def corpus(n_events=25, seed=3):
    rng = random.Random(seed)
    docs = []
    for e in range(n_events):
        day = (date(2025, 4, 1) + timedelta(days=rng.randrange(20))).isoformat()
        city = rng.choice(list(CITIES))
        killed, injured = rng.randrange(1, 60), rng.randrange(1, 90)
        for k in range(rng.choice([1, 2, 3])):
            # a later report may date the strike a day later (overnight), or not at all
            d = day if k == 0 else rng.choice([day, (date.fromisoformat(day) + timedelta(days=1)).isoformat(), "-"])
            docs.append(doc(f"e{e}_{k}.txt", f"E{e} {k}\nkilled {killed} {city} {d}\ninjured {injured} {city} {d}"))
    rng.shuffle(docs)
    return docs


def partition(store):
    recs = store.records_df()
    recs = recs[recs.event_id.notna()]
    return sorted(sorted(zip(g.doc, g.rec_no)) for _, g in recs.groupby("event_id"))


def test_events_built_by_slices_equal_a_full_build(monkeypatch):
    monkeypatch.setattr("dashboard.store.refresh.BLOCK", 8)   # many small slices
    docs = corpus()
    sliced = Store(":memory:")
    for i in range(0, len(docs), 17):     # batches in random date order
        sliced.ingest(docs[i:i + 17], extractor=line_extract)
    full = Store(":memory:")
    monkeypatch.setattr("dashboard.store.refresh.BLOCK", 10 ** 9)
    full.ingest(docs, extractor=line_extract)
    full.rebuild_events()
    assert partition(sliced) == partition(full)
    cols = ["date", "place", "n_sources", "killed_best", "injured_best", "date_inferred"]
    assert sliced.events_df()[cols].values.tolist() == full.events_df()[cols].values.tolist()
    undated = sliced.records_df()
    assert undated.date_inferred.any()   # undated reports took their event's date


# -- two ingests at once -------------------------------------------------------------------
INGESTER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r}); sys.path.insert(0, {root!r})
    from test_store import fake_extract, doc
    from dashboard.store import Store
    s = Store({location!r})
    docs = [doc(f"d{{i}}.txt", f"D{{i}}\\nkilled {{i % 50 + 1}} Odesa 2025-06-{{i % 28 + 1:02d}}")
            for i in range({lo}, {hi})]
    summary = s.ingest(docs, extractor=fake_extract)
    print(summary.added_documents, summary.duplicates)
""")


@pytest.mark.parametrize("kind", ["file", "postgresql"])
def test_two_ingests_at_once_of_overlapping_sets_store_each_document_once(kind, tmp_path, request):
    location = request.getfixturevalue("pg_url") if kind == "postgresql" else str(tmp_path / "c.duckdb")
    Store(location).close()   # the schema exists before the race
    procs = [subprocess.Popen([sys.executable, "-c", INGESTER.format(
        tests=str(ROOT / "tests"), root=str(ROOT), location=location, lo=lo, hi=hi)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for lo, hi in ((0, 400), (200, 600))]
    reader, seen = Store(location), []
    while any(p.poll() is None for p in procs):
        time.sleep(0.05)
        docs = reader.documents_df()
        if len(docs):   # every visible document has all its records
            counts = reader.records_df().groupby("doc_id").size()
            seen.append(bool((docs.set_index("doc_id").n_records == counts.reindex(docs.doc_id)
                              .fillna(0).values).all()))
    outs = [p.communicate() for p in procs]
    assert all(p.returncode == 0 for p in procs), [e for _, e in outs]
    added = [tuple(map(int, o.split())) for o, _ in outs]
    assert sum(a for a, _ in added) == 600 and sum(d for _, d in added) == 200
    assert reader.count_documents() == 600
    recs = reader.records_df()
    assert len(recs) == 1200 and not recs.duplicated(["doc_id", "rec_no"]).any()
    assert all(seen)
    assert len(reader.events_df()) == len(reader.records_df().query("type == 'casualty'")
                                           .groupby(["date", "place"]).size())


def test_stale_temp_copies_of_a_killed_ingest_are_cleaned_at_the_next_start(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(str(path)).ingest([doc("a.txt", "A\nkilled 2 Sumy 2025-05-01")], extractor=fake_extract)
    for leftover in ("s.duckdb.tmp-99999-abcdef", "s.duckdb.tmp-99999-abcdef.wal"):
        (tmp_path / leftover).write_bytes(b"x" * 1000)
    store = Store(str(path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.duckdb", "s.duckdb.lock"]
    assert store.count_documents() == 1
