"""The store's write path: stream documents through extraction workers into the store.

One pass, bounded memory whatever the corpus size:

1. inputs are read one at a time (:func:`dashboard.documents.load_many`); a document
   already stored, or already seen in this run ("duplicate of X"), is answered at once
   and never extracted;
2. new documents go in chunks of :data:`CHUNK` to a pool of worker processes, at most
   :data:`WINDOW` chunks per worker in flight; each worker extracts, bounds every value
   (:mod:`.validate`) and sends back one Arrow table of records per chunk;
3. results are written as they come, :data:`FLUSH` documents per transaction
   (documents, records and the dates whose events must be rebuilt, together); a chunk
   that fails to write is retried document by document, so one bad document is named
   and skipped and every other one lands;
4. events are rebuilt for the affected dates only (:mod:`.refresh`), then places.

Per-document time budget: :func:`extract_docs` is the one place where a worker runs the
extractor, document by document when a chunk fails; a budget (``signal.setitimer`` in the
worker, or a per-task timeout in :func:`extract_stream`, which already gets one result
per task) goes there.
"""
from __future__ import annotations

import json
import os
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable, Iterator, Optional

from ..errors import printable
from ..records import Document
from . import faults
from .schema import RECORD_COLUMNS, cols
from .validate import clean_document_fields, clean_record, extra_json

CHUNK = 50            # documents per task sent to a worker
WINDOW = 2            # tasks in flight per worker (bounds memory: results wait in the queue)
FLUSH = 500           # documents per store transaction
PARALLEL_FROM = 200   # below this many inputs, extract in this process
LOOKUP = 500          # documents checked against the store per query
FIGURE_TYPES = ("casualty", "weapon")
DOC_COLUMNS = [c for c in cols("documents")]


@dataclass
class IngestSummary:
    """What an ingest did, and one answer per input (keyed by its path as given)."""

    added_documents: int = 0
    duplicates: int = 0
    failed: list = field(default_factory=list)     # (name, reason)
    records_by_type: dict = field(default_factory=dict)
    events: int = 0
    seconds: dict = field(default_factory=dict)    # load, extract, write, events
    results: list = field(default_factory=list)    # (input, status, detail)

    def answer(self, name: str, status: str, detail: str = "") -> None:
        self.results.append((name, status, detail))
        if status == "failed":
            self.failed.append((name, detail))
        elif status in ("duplicate", "stored"):
            self.duplicates += 1

    def lines(self) -> list[str]:
        """The summary as short lines for the command line (failures: :meth:`errors`)."""
        out = [f"added {self.added_documents} documents, skipped {self.duplicates} already stored "
               f"or duplicate, {len(self.failed)} failed; {self.events} events in the store"]
        if self.records_by_type:
            out.append("records: " + ", ".join(f"{k} {v}" for k, v in sorted(self.records_by_type.items())))
        out += [f"{printable(n)}: {d}" for n, s, d in self.results if s == "duplicate"]
        return out

    def errors(self) -> list[str]:
        return [f"failed: {printable(name)}: {printable(reason)}" for name, reason in self.failed]


# -- extraction (runs in worker processes) -----------------------------------------------
_EXTRACTOR: Optional[Callable] = None


def _default_extractor():
    """``extract_batch`` when the extractor offers it, else ``extract_document`` per doc."""
    from .. import extract

    return getattr(extract, "extract_batch", None) or _per_document


def _per_document(docs):
    from ..extract import extract_document

    return {d.doc_id: extract_document(d) for d in docs}


def _unpack(doc: Document, value) -> tuple[Document, list]:
    """``extract_batch`` gives (document, records); a plain extractor gives records."""
    if isinstance(value, tuple):
        return value[0], value[1]
    return doc, value or []


def _rows(doc: Document, records) -> list[tuple]:
    """The document's records as validated rows in :data:`RECORD_COLUMNS` order."""
    names = [c for c, _ in RECORD_COLUMNS]
    out = []
    for i, rec in enumerate(records):
        d = rec.to_dict() if hasattr(rec, "to_dict") else dict(rec)
        d = clean_record(d, len(doc.text))
        d["doc"], d["doc_id"], d["rec_no"] = d.get("doc") or doc.name, doc.doc_id, i
        d["extra"] = extra_json(d.get("extra"))
        out.append(tuple(d.get(c) for c in names))
    return out


def _arrow_schema():
    import pyarrow as pa

    kinds = {"bigint": pa.int64(), "int": pa.int32(), "double": pa.float64(), "bool": pa.bool_(),
             "text": pa.string()}
    return pa.schema([(c, kinds[t]) for c, t in RECORD_COLUMNS])


def to_arrow(rows: list[tuple]):
    """Rows as one Arrow table: compact to send between processes and read by DuckDB."""
    import pyarrow as pa

    schema = _arrow_schema()
    columns = list(zip(*rows)) if rows else [()] * len(schema)
    return pa.Table.from_arrays([pa.array(list(c), type=f.type) for f, c in zip(schema, columns)],
                                schema=schema)


def _is_table(value) -> bool:
    return hasattr(value, "num_rows") and hasattr(value, "schema")


def _concat(tables):
    """Validated rows (Arrow tables with :data:`RECORD_COLUMNS`) as one table of the schema
    :func:`to_arrow` makes; a table with other columns or types fails here."""
    import pyarrow as pa

    schema = _arrow_schema()
    parts = [t.select(schema.names).cast(schema) for t in tables if _is_table(t) and t.num_rows]
    # one chunk per column, as to_arrow makes: a table of many small slices writes slower
    return pa.concat_tables(parts).combine_chunks() if parts else to_arrow([])


def _from_json(row: dict) -> dict:
    """A stored row back as a record's dict (``extra`` is JSON text in a row)."""
    if isinstance(row.get("extra"), str):
        try:
            row["extra"] = json.loads(row["extra"])
        except ValueError:
            pass
    return row


def extract_docs(docs: list[Document]):
    """(records as an Arrow table, documents as extracted, [(doc_id, reason)]) for one
    chunk; a failing chunk is retried one document at a time, and a document whose
    records cannot be stored is named. THE place for a per-document time budget.

    An extractor may give a document's records as an Arrow table of validated rows (the
    Dask engine's Parquet partitions, made by this function in its workers): they go into
    the chunk's table as they are, unless the chunk fails, when each document's rows are
    validated again one by one."""
    try:
        result = _EXTRACTOR(docs)
        pairs = [_unpack(d, result.get(d.doc_id)) for d in docs]
        if pairs and all(_is_table(recs) or not recs for _, recs in pairs):
            return _concat(recs for _, recs in pairs), [d for d, _ in pairs], []
        rows = [r for d, recs in pairs for r in _rows(d, recs)]
        return to_arrow(rows), [d for d, _ in pairs], []
    except Exception:  # noqa: BLE001 - find which document fails, report it, keep the rest
        pass
    rows, out, errors = [], [], []
    for d in docs:
        try:
            d2, recs = _unpack(d, _EXTRACTOR([d]).get(d.doc_id))
            if _is_table(recs):
                recs = [_from_json(r) for r in recs.to_pylist()]
            mine = _rows(d2, recs)
            to_arrow(mine)   # a value no table can hold fails here, for this document only
            rows.extend(mine)
            out.append(d2)
        except Exception as e:  # noqa: BLE001
            errors.append((d.doc_id, f"extraction failed: {type(e).__name__}: {str(e)[:200]}"))
    return to_arrow(rows), out, errors


def _init_worker(extractor) -> None:
    global _EXTRACTOR
    _EXTRACTOR = extractor


def extract_stream(chunks: Iterable[list], extractor=None, workers: int = 1) -> Iterator[tuple]:
    """``(chunk, extract_docs(chunk))`` in input order; with ``workers > 1`` in a process
    pool holding at most ``WINDOW`` chunks per worker in flight."""
    extractor = extractor or _default_extractor()
    if workers < 2:
        _init_worker(extractor)
        for chunk in chunks:
            yield chunk, extract_docs(chunk)
        return
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # each worker loads the gazetteer itself (about a second, in parallel); loading it
    # here first to share it would keep a few hundred MB in this process for nothing
    with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork"),
                             initializer=_init_worker, initargs=(extractor,)) as pool:
        inflight: deque = deque()
        for chunk in chunks:
            inflight.append((chunk, pool.submit(extract_docs, chunk)))
            while len(inflight) >= workers * WINDOW:
                c, fut = inflight.popleft()
                yield c, fut.result()
        while inflight:
            c, fut = inflight.popleft()
            yield c, fut.result()


# -- writing ------------------------------------------------------------------------------
def pending_keys(table) -> list[str]:
    """Event keys a chunk's records touch: the dates of its figures, and ``doc:<id>`` for
    a document with undated figures (it may match an event of any date)."""
    import pyarrow.compute as pc

    if table.num_rows == 0:
        return []
    figs = table.filter(pc.is_in(table["type"], value_set=_pa_strings(FIGURE_TYPES)))
    dates = {d for d in figs["date"].to_pylist() if d}
    undated = figs.filter(pc.is_null(figs["date"]))
    docs = {f"doc:{d}" for d in undated["doc_id"].to_pylist()}
    return sorted(dates | docs)


def _pa_strings(values):
    import pyarrow as pa

    return pa.array(list(values), type=pa.string())


def document_table(docs: list[Document], n_records: dict, saved_by: Optional[str] = None):
    import pyarrow as pa

    now = datetime.now(timezone.utc).replace(tzinfo=None)
    rows = [clean_document_fields({
        "doc_id": d.doc_id, "name": d.name, "title": d.title, "published": d.published,
        "published_from": d.published_from, "outlet": d.source, "fmt": d.fmt, "path": d.path,
        "text": d.text, "n_records": int(n_records.get(d.doc_id, 0)), "ingested_at": now,
        "url": d.url, "published_at": d.published_at, "language": d.language,
        "reader": getattr(d, "reader", None), "dropped_count": int(getattr(d, "dropped_count", 0) or 0),
        "dropped": json.dumps(list(d.dropped), ensure_ascii=False) if getattr(d, "dropped", ()) else None,
        "saved_by": saved_by})
        for d in docs]
    types = {"date": pa.date32(), "int": pa.int32(), "timestamp": pa.timestamp("us"),
             "text": pa.string()}
    from .schema import TABLES

    return pa.table({c: pa.array([r[c] for r in rows], type=types[t])
                     for c, t in TABLES["documents"]})


class Sink:
    """Buffers extracted documents and writes them :data:`FLUSH` at a time."""

    def __init__(self, open_writer: Callable, summary: IngestSummary, names: dict, progress=None,
                 saved_by: Optional[str] = None):
        self._open, self.summary, self.names, self.progress = open_writer, summary, names, progress
        self.saved_by = saved_by   # who saved these documents (documents.saved_by)
        self.w = None
        self.docs: list[Document] = []
        self.tables: list = []
        self.version = uuid.uuid4().hex[:12]

    def writer(self):
        if self.w is None:
            self.w = self._open()
        return self.w

    def add(self, docs: list[Document], table) -> None:
        self.docs.extend(docs)
        self.tables.append(table)
        if len(self.docs) >= FLUSH:
            self.flush()

    def flush(self) -> None:
        if not self.docs:
            return
        import pyarrow as pa

        table = pa.concat_tables(self.tables) if self.tables else to_arrow([])
        docs, self.docs, self.tables = self.docs, [], []
        try:
            self._write(docs, table)
        except faults.StoreError:
            raise
        except Exception as e:  # noqa: BLE001 - a fault of the store stops; a bad document does not
            if faults.fatal(self.writer().location, e) is not None:
                raise faults.fatal(self.writer().location, e) from None
            for d in docs:     # one document per transaction: name the one that fails
                mine = table.filter(_is(table, d.doc_id))
                try:
                    self._write([d], mine)
                except Exception as e2:  # noqa: BLE001
                    known = faults.fatal(self.writer().location, e2)
                    if known is not None:
                        raise known from None
                    self.summary.answer(self.names.get(d.doc_id, d.name), "failed",
                                        f"could not be stored: {type(e2).__name__}: {str(e2)[:200]}")
        if self.progress:
            self.progress(len(docs))

    def _write(self, docs: list[Document], table) -> None:
        import pyarrow.compute as pc

        w = self.writer()
        counts = {}
        if table.num_rows:
            vc = pc.value_counts(table["doc_id"])
            counts = dict(zip(vc.field("values").to_pylist(), vc.field("counts").to_pylist()))
        dtable = document_table(docs, counts, self.saved_by)
        with w.transaction():
            won = set(w.insert_new("documents", dtable, DOC_COLUMNS, "doc_id"))
            mine = table.filter(pc.is_in(table["doc_id"], value_set=_pa_strings(won))) \
                if won and table.num_rows else table.slice(0, 0)
            w.insert("records", mine, [c for c, _ in RECORD_COLUMNS])
            keys = pending_keys(mine)
            if keys:
                import pyarrow as pa
                batch = uuid.uuid4().hex[:16]   # one per transaction: see refresh.refresh
                w.insert("pending", pa.table({"key": _pa_strings(keys),
                                              "batch": _pa_strings([batch] * len(keys))}),
                         ["key", "batch"])
            if won:
                set_version(w, self.version)
        for d in docs:
            name = self.names.get(d.doc_id, d.name)
            if d.doc_id in won:
                self.summary.added_documents += 1
                self.summary.answer(name, "added", f"{counts.get(d.doc_id, 0)} records")
            else:   # another ingest stored it meanwhile
                self.summary.answer(name, "stored", "already stored")
        if mine.num_rows:
            vc = pc.value_counts(mine["type"])
            for k, v in zip(vc.field("values").to_pylist(), vc.field("counts").to_pylist()):
                self.summary.records_by_type[k] = self.summary.records_by_type.get(k, 0) + int(v)


def _is(table, doc_id):
    import pyarrow.compute as pc

    return pc.equal(table["doc_id"], doc_id)


def set_version(w, version: str) -> None:
    w.execute("INSERT INTO meta VALUES ('version', ?) ON CONFLICT (key) DO UPDATE "
              "SET value = excluded.value", [version])
