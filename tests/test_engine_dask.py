"""``ingest --engine dask`` on a local ``distributed`` cluster (started by the test): the same
records as the local ingest, idempotent (stored documents skipped before extraction), bad
files named on stderr, and the Parquet partitions the store loads in bulk."""
from __future__ import annotations

import shutil

import pytest

from dashboard.benchmarks.ingest_dask import records_checksum
from dashboard.cli import main
from dashboard.engines.dask import ingest, partitions
from dashboard.store import Store

N = 120


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from dashboard.corpus import generate

    folder = tmp_path_factory.mktemp("corpus") / "articles"
    generate(N, str(folder), seed=11)
    return folder


@pytest.fixture(scope="module")
def scheduler():
    """A running two-worker cluster, reached by its address like a remote one (--scheduler)."""
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=40)
    yield cluster.scheduler_address
    cluster.close()


@pytest.fixture(scope="module")
def local(corpus, tmp_path_factory):
    store = Store(str(tmp_path_factory.mktemp("local") / "local.duckdb"))
    summary = store.ingest_paths([str(corpus)])
    assert summary.added_documents == N
    return store


def test_partitions_follow_the_local_chunks():
    files = [f"f{i}.txt" for i in range(1234)]
    parts = partitions(files, workers=2)
    assert [f for p in parts for f in p] == files
    assert all(len(p) % 50 == 0 for p in parts[:-1]) and max(map(len, parts)) <= 500
    assert len(partitions(files, workers=1, size=100)) == 13
    with pytest.raises(ValueError):
        partitions(files, workers=1, size=120)


def test_handoff_takes_each_chunk_once_and_keeps_it_for_a_retry_document_by_document():
    from types import SimpleNamespace as D

    from dashboard.engines.dask import handoff

    records = {k: (k, [k]) for k in "abcd"}
    lookup = handoff(records)
    a, b, c, d = (D(doc_id=k) for k in "abcd")
    assert lookup([a, b]) == {"a": ("a", ["a"]), "b": ("b", ["b"])} and set(records) == {"c", "d"}
    assert lookup([b]) == {"b": ("b", ["b"])} and lookup([a]) == {"a": ("a", ["a"])}   # the retry
    assert lookup([c, d]) == {"c": ("c", ["c"]), "d": ("d", ["d"])} and records == {}


def test_doc_slices_keep_each_documents_rows_in_order():
    import pyarrow as pa

    from dashboard.engines.dask import doc_slices

    t = pa.table({"doc_id": ["x", "x", "y", "x"], "rec_no": [0, 1, 0, 2]})
    out = doc_slices(t)
    assert out["x"].column("rec_no").to_pylist() == [0, 1, 2] and out["y"].num_rows == 1
    assert doc_slices(t.slice(0, 0)) == {}


@pytest.mark.timeout(300)
def test_dask_ingest_matches_the_local_ingest_and_is_idempotent(corpus, local, scheduler, tmp_path):
    store = Store(str(tmp_path / "dask.duckdb"))
    parquet = tmp_path / "parquet"
    seen = []
    run = ingest(store, [str(corpus)], scheduler=scheduler, partition_size=50,
                 parquet_dir=str(parquet), progress=seen.append)
    assert run.workers == 2 and run.files == N and run.extracted == N and sum(seen) == N
    assert len(list((parquet / "records").glob("part-*.parquet"))) == 3      # 120 files / 50
    # each worker that ran a partition reports its peak (a loaded machine may leave one idle)
    from distributed import Client
    with Client(scheduler) as client:
        workers = set(client.scheduler_info()["workers"])
    assert run.peak_mb and set(run.peak_mb) <= workers and all(mb > 50 for mb in run.peak_mb.values())
    assert 0 < run.task_seconds < 2 * run.seconds["extract"] + 1 and run.cpu_seconds > 0   # bench's shares
    assert set(run.machine) == {"busy", "idle", "steal"} and run.machine["busy"] > 0
    assert run.summary.added_documents == N and store.count_documents() == N
    assert records_checksum(store) == records_checksum(local)
    assert run.summary.events == len(local.events_df())
    assert sorted(map(str, store.documents_df()["published"])) == sorted(map(str, local.documents_df()["published"]))
    # again: every document is already stored, so nothing is extracted and nothing changes
    version = store.version()
    again = ingest(store, [str(corpus)], scheduler=scheduler, partition_size=50)
    assert again.extracted == 0 and again.summary.added_documents == 0
    assert again.summary.duplicates == N and store.version() == version


@pytest.mark.timeout(300)
def test_cli_skips_stored_documents_and_names_bad_files(corpus, tmp_path, capsys):
    folder = tmp_path / "in"
    shutil.copytree(corpus, folder)
    files = sorted(folder.glob("*.txt"))
    db = str(tmp_path / "cli.duckdb")
    assert Store(db).ingest_paths([str(f) for f in files[:30]]).added_documents == 30
    (folder / "zz-bad.txt").write_bytes(b"\x00\x01\x02 binary")
    code = main(["ingest", "--engine", "dask", "--workers", "1", "--no-progress", "--db", db, str(folder)])
    out, err = capsys.readouterr()
    assert code == 1                                   # one input failed
    assert "failed: zz-bad.txt:" in err and "zz-bad.txt" not in out
    assert f"added {N - 30} documents, skipped 30 already stored or duplicate, 1 failed" in out
    assert f"{N - 30} documents extracted" in out
    assert Store(db).count_documents() == N
