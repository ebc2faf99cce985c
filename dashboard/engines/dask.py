"""Ingest on a Dask cluster: the same extractor, over many workers, loaded into the store in bulk.

``python -m dashboard ingest --engine dask [--scheduler ADDRESS] [--workers N] PATH...``

1. This process lists the input files (no reading) and cuts the list into partitions of
   ``partition_size`` files (a multiple of the local ingest's chunk, so an article's batch
   neighbours, and with them inferred dates, are the same as in the local ingest).
2. The ids of the documents already stored go to every worker once; each task reads its
   files, drops stored and repeated documents *before extraction*, extracts with
   ``dashboard.store.ingest.extract_all`` (the local ingest's own code, one process), and
   writes ``documents/part-N.parquet`` and ``records/part-N.parquet`` under the Parquet folder.
   It returns only counts, failures and its worker's peak memory.
3. The partitions are read back one at a time, in input order, and handed to the store's own
   streaming writer (``Store.ingest_inputs`` with the records extracted on the cluster, each
   document's as a slice of its partition's Arrow table: rows the workers validated are not
   turned into Python dicts and validated again here):
   DuckDB or PostgreSQL, the events the new documents touch rebuilt, idempotent like the
   local ingest (stored documents skipped again, so two loads at once lose nothing).

Without ``--scheduler`` a local ``distributed`` cluster of ``--workers`` processes (one thread
each: extraction is pure Python) is started and stopped here. With a remote scheduler the
workers must import this package (the same Docker image: ``dask worker ADDRESS``) and see
the input files and the Parquet folder at the same paths (a shared file system).
"""
from __future__ import annotations

import itertools
import os
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

PARTITION_SIZE = 500   # most files per task; a multiple of dashboard.store.ingest.CHUNK


@dataclass
class DaskRun:
    """What a Dask ingest did, for the command line and the benchmark."""

    summary: object = None                    # the store's IngestSummary of the bulk load
    files: int = 0
    extracted: int = 0                        # documents extracted (new ones)
    skipped: int = 0                          # already stored, or repeated in a partition
    workers: int = 0
    peak_mb: dict = field(default_factory=dict)   # worker address -> peak resident MB
    cpu_seconds: float = 0.0                  # extraction CPU summed over tasks
    task_seconds: float = 0.0                 # extraction wall time summed over tasks (busy workers)
    machine: dict = field(default_factory=dict)   # this machine's CPU during the extraction phase
    seconds: dict = field(default_factory=dict)   # start, extract, load


def partitions(files: list[str], workers: int, size: Optional[int] = None) -> list[list[str]]:
    """``files`` (in the local ingest's order) cut into lists of ``size`` files; by default
    about four per worker, at most PARTITION_SIZE, always a multiple of the local chunk."""
    from ..store.ingest import CHUNK

    if size is None:
        per = -(-len(files) // max(1, 4 * workers))
        size = min(PARTITION_SIZE, max(CHUNK, -(-per // CHUNK) * CHUNK))
    if size <= 0 or size % CHUNK:
        raise ValueError(f"partition size {size} is not a positive multiple of {CHUNK}")
    return [files[i:i + size] for i in range(0, len(files), size)]


def warm() -> float:
    """Load the extractor and the gazetteer in a worker (once per process); seconds taken."""
    t0 = time.perf_counter()
    from ..extract import extract_document
    from ..records import Document

    extract_document(Document(doc_id="warm", name="warm.txt", text="A strike on Kyiv killed 2 people."))
    return time.perf_counter() - t0


def extract_partition(part: int, files: list[str], stored, out_dir: str) -> dict:
    """One task: read ``files``, skip ``stored`` ids, extract, write two Parquet files."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..documents import load_many
    from ..store.ingest import CHUNK, document_table, extract_stream

    cpu0, wall0 = time.process_time(), time.perf_counter()
    new, seen, skipped, failed = [], set(), 0, []
    for path, d, err in load_many(files):
        if d is None:
            failed.append((Path(path).name, getattr(err, "reason", None) or str(err)))
        elif d.doc_id in stored or d.doc_id in seen:
            skipped += 1
        else:
            seen.add(d.doc_id)
            new.append(d)
    docs, tables = [], []
    chunks = [new[i:i + CHUNK] for i in range(0, len(new), CHUNK)]
    for chunk, (table, out, errors) in extract_stream(chunks, workers=1):
        docs += out
        tables.append(table)
        names = {d.doc_id: d.name for d in chunk}
        failed += [(names.get(doc_id, doc_id), reason) for doc_id, reason in errors]
    if docs:
        import pyarrow.compute as pc

        table = pa.concat_tables(tables)
        counts = {}
        if table.num_rows:
            vc = pc.value_counts(table["doc_id"])
            counts = dict(zip(vc.field("values").to_pylist(), vc.field("counts").to_pylist()))
        name = f"part-{part:06d}.parquet"
        _write(pq, document_table(docs, counts), Path(out_dir) / "documents" / name)
        _write(pq, table, Path(out_dir) / "records" / name)
    from distributed import get_worker

    return {"part": part, "files": len(files), "extracted": len(docs), "skipped": skipped,
            "failed": failed, "cpu": time.process_time() - cpu0, "wall": time.perf_counter() - wall0,
            "worker": get_worker().address,
            "peak_mb": peak_mb()}


def machine_cpu() -> dict:
    """This machine's CPU seconds so far, all processes (``/proc/stat``): busy, idle, and
    steal (taken by the hypervisor); empty where there is no ``/proc/stat``. The engine takes
    the difference over its extraction phase, so the benchmark can tell how much of the cores
    other programs had on a shared machine."""
    try:
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:9]]
    except (OSError, ValueError):
        return {}
    hz = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    v += [0] * (8 - len(v))
    user, nice, system, idle, iowait, irq, softirq, steal = v
    return {"busy": (user + nice + system + irq + softirq) / hz, "idle": (idle + iowait) / hz,
            "steal": steal / hz}


def peak_mb() -> float:
    """This process's peak resident memory in MB. ``VmHWM`` on Linux: ``ru_maxrss`` would
    report the parent's peak in a spawned worker (it survives fork and exec)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _documents(row: dict):
    """A Document back from a row of a documents partition."""
    import json

    from ..records import Document

    dropped = row.get("dropped")
    return Document(doc_id=row["doc_id"], name=row["name"], text=row["text"], title=row["title"] or "",
                    published=row["published"], published_from=row["published_from"],
                    source=row["outlet"], fmt=row["fmt"] or "txt", path=row["path"], url=row["url"],
                    published_at=row["published_at"], language=row["language"], reader=row["reader"],
                    dropped_count=row["dropped_count"] or 0,
                    dropped=tuple(json.loads(dropped)) if dropped else ())


def partition_items(out_dir: str, n_parts: int, records: dict):
    """``(name, Document, None)`` for every extracted document, partition by partition in
    input order (one partition in memory at a time); its records go into ``records`` as a
    slice of the partition's Arrow table (rows the worker validated: the store's writer
    takes them as they are, with no round trip through Python dicts)."""
    import pyarrow.parquet as pq

    for part in range(n_parts):
        name = f"part-{part:06d}.parquet"
        dfile, rfile = Path(out_dir) / "documents" / name, Path(out_dir) / "records" / name
        if not dfile.exists():
            continue
        by_doc = doc_slices(pq.read_table(rfile))
        for row in pq.read_table(dfile).to_pylist():
            doc = _documents(row)
            records[doc.doc_id] = (doc, by_doc.get(doc.doc_id, []))
            yield doc.path or doc.name, doc, None


def doc_slices(table) -> dict:
    """``doc_id -> table of its rows``: zero-copy slices when each document's rows are
    together (as the workers write them), else a take of its row numbers."""
    ids = table.column("doc_id").to_pylist()
    runs: dict = {}
    start = 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i] != ids[start]:
            runs.setdefault(ids[start], []).append((start, i - start))
            start = i
    out = {}
    for doc_id, spans in runs.items():
        if len(spans) == 1:
            out[doc_id] = table.slice(*spans[0])
        else:
            out[doc_id] = table.take([j for s, n in spans for j in range(s, s + n)])
    return out


def handoff(records: dict) -> Callable:
    """The extractor handed to the store's writer: each document's records (extracted on
    the cluster) taken out of ``records`` as the writer asks for its chunk, so one partition
    at most is held; the last chunk's are kept, since the writer retries a chunk that fails
    one document at a time."""
    last: dict = {}

    def lookup(docs):
        if all(d.doc_id in last for d in docs):
            return {d.doc_id: last[d.doc_id] for d in docs}
        last.clear()
        last.update((d.doc_id, records.pop(d.doc_id)) for d in docs)
        return dict(last)

    return lookup


def _write(pq, table, path: Path) -> None:
    """Write a Parquet file whole or not at all (a retried task never leaves half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp-{os.getpid()}")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def _client(scheduler: Optional[str], workers: int):
    """A client on ``scheduler``, or on a new local cluster of ``workers`` processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler, timeout="30s"), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=40)
    return Client(cluster), cluster


def ingest(store, paths: list[str], scheduler: Optional[str] = None, workers: int = 2,
           parquet_dir: Optional[str] = None, partition_size: Optional[int] = None,
           progress: Optional[Callable[[int], None]] = None, saved_by: Optional[str] = None) -> DaskRun:
    """Extract ``paths`` on a Dask cluster and load the records into ``store`` in bulk."""
    from distributed import as_completed

    from ..documents import expand_paths

    run = DaskRun()
    files = [str(p) for p, _ in expand_paths(paths)]
    run.files = len(files)
    if not files:
        return run
    own_dir = parquet_dir is None
    out = parquet_dir or tempfile.mkdtemp(prefix="dask-ingest-", dir=_scratch_dir(store))
    failed = []
    t0 = time.perf_counter()
    client, cluster = _client(scheduler, workers)
    try:
        client.run(warm)
        run.workers = len(client.scheduler_info()["workers"])
        run.seconds["start"] = time.perf_counter() - t0
        t1, cpu1 = time.perf_counter(), machine_cpu()
        parts = partitions(files, run.workers, partition_size)
        ids = frozenset(store.documents_df()["doc_id"])
        stored = client.scatter([ids], broadcast=True)[0]   # one object, not its items
        futures = [client.submit(extract_partition, i, chunk, stored, out, pure=False)
                   for i, chunk in enumerate(parts)]
        for fut in as_completed(futures):
            r = fut.result()
            run.extracted += r["extracted"]
            run.skipped += r["skipped"]
            run.cpu_seconds += r["cpu"]
            run.task_seconds += r.get("wall", 0.0)
            run.peak_mb[r["worker"]] = max(run.peak_mb.get(r["worker"], 0.0), r["peak_mb"])
            failed += [tuple(f) for f in r["failed"]]
            fut.release()
            if progress:
                progress(r["files"])
        run.seconds["extract"] = time.perf_counter() - t1
        cpu2 = machine_cpu()
        if cpu1 and cpu2:
            run.machine = {k: cpu2[k] - cpu1[k] for k in cpu1}
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    try:
        t2 = time.perf_counter()
        records: dict = {}
        items = itertools.chain(((name, None, reason) for name, reason in failed),
                                partition_items(out, len(parts), records))
        run.summary = store.ingest_inputs(items, total=run.extracted + len(failed), extractor=handoff(records),
                                          workers=1, saved_by=saved_by)
        run.summary.duplicates += run.skipped
        run.seconds["load"] = time.perf_counter() - t2
    finally:
        if own_dir:
            shutil.rmtree(out, ignore_errors=True)
    return run


def _scratch_dir(store) -> Optional[str]:
    """Beside the store file when it is on disk (same file system, room for the corpus)."""
    if getattr(store, "memory", False):
        return None
    folder = Path(store.path).parent
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder)


def run_cli(args, store) -> int:
    """``ingest --engine dask``: progress on stderr, the summary on stdout."""
    from ..documents import expand_paths

    bar = None
    if not args.no_progress:
        from tqdm import tqdm

        bar = tqdm(total=sum(1 for _ in expand_paths(args.paths)), unit="file", desc=f"ingest (dask{' ' + args.scheduler if args.scheduler else ''})",
                   file=sys.stderr)
    try:
        run = ingest(store, args.paths, scheduler=args.scheduler, workers=args.workers,
                     parquet_dir=args.parquet_dir, progress=bar.update if bar else None)
    finally:
        if bar is not None:
            bar.close()
    if not run.files:
        print("nothing to ingest: no .txt, .md or .html files found", file=sys.stderr)
        return 1
    for line in run.summary.errors():
        print(line, file=sys.stderr)
    for line in run.summary.lines():
        print(line)
    print(f"dask: {run.workers} workers, {run.extracted} documents extracted in "
          f"{run.seconds['extract']:.1f} s, loaded in {run.seconds['load']:.1f} s")
    print(f"store: {store.path}")
    return 1 if run.summary.failed else 0
