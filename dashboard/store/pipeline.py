"""One ingest run, end to end: answer every input, extract the new ones in a worker pool,
write them as they come, then rebuild the events they touch (see :mod:`.ingest` and
:mod:`.refresh`). Memory is bounded by the chunk window and the flush size, never by
the number of inputs."""
from __future__ import annotations

import os
import time
from contextlib import ExitStack
from typing import Callable, Iterable, Optional

from . import faults
from .ingest import CHUNK, LOOKUP, PARALLEL_FROM, IngestSummary, Sink, extract_stream, set_version
from .refresh import new_batch, rebuild_places, refresh


def run(backend, items: Iterable[tuple], total: Optional[int] = None, extractor=None,
        progress: Optional[Callable[[int], None]] = None, workers: Optional[int] = None,
        summary: Optional[IngestSummary] = None, saved_by: Optional[str] = None) -> IngestSummary:
    """Ingest ``items``: ``(input name, Document or None, error or None)`` each.

    ``total`` (the number of inputs, when known) decides whether a worker pool pays off;
    ``extractor(docs) -> {doc_id: records or (document, records)}`` replaces the
    project's extractor (tests), and then extraction runs in this process.
    """
    summary = summary or IngestSummary()
    if workers is None:
        big = total is None or total >= PARALLEL_FROM
        workers = min(os.cpu_count() or 1, 4) if big and extractor is None else 1
    names: dict = {}          # doc_id -> the input that brought it first in this run
    clock = {"write": 0.0}
    t_start = time.perf_counter()

    def tick(n: int = 1) -> None:
        if progress and n:
            progress(n)

    with ExitStack() as stack:
        sink = Sink(lambda: stack.enter_context(backend.writer()), summary, names, progress,
                    saved_by=saved_by)
        chunks = _chunks(backend, items, summary, names, tick)
        for chunk, (table, docs, errors) in extract_stream(chunks, extractor, workers):
            for doc_id, reason in errors:
                summary.answer(names.get(doc_id, doc_id), "failed", reason)
                tick()
            t0 = time.perf_counter()
            sink.add(docs, table)
            clock["write"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        sink.flush()
        clock["write"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        if sink.w is not None or _has_pending(backend):
            w = sink.writer()
            with faults.writing(w.location):
                figures = refresh(w)
                with w.transaction():
                    w.lock_events()
                    rebuild_places(w)
                    set_version(w, new_batch())
            summary.seconds["events"] = time.perf_counter() - t0
            summary.seconds["event_slices"] = figures["blocks"]
    summary.seconds["extract"] = (time.perf_counter() - t_start - clock["write"]
                                  - summary.seconds.get("events", 0.0))
    summary.seconds["write"] = clock["write"]
    summary.events = count_events(backend)
    return summary


def _chunks(backend, items, summary: IngestSummary, names: dict, tick):
    """Chunks of new documents; every other input is answered here."""
    waiting, chunk = [], []

    def lookup():
        stored = known(backend, [d.doc_id for d in waiting])
        for d in waiting:
            if d.doc_id in stored:
                summary.answer(names[d.doc_id], "stored", "already stored")
                tick()
            else:
                chunk.append(d)
        waiting.clear()

    for name, doc, err in items:
        if err is not None:
            summary.answer(name, "failed", err if isinstance(err, str)
                           else getattr(err, "reason", None) or str(err))
            tick()
            continue
        first = names.get(doc.doc_id)
        if first is not None:
            summary.answer(name, "duplicate", f"duplicate of {first}")
            tick()
            continue
        names[doc.doc_id] = name
        waiting.append(doc)
        if len(waiting) >= LOOKUP:
            lookup()
        while len(chunk) >= CHUNK:
            yield chunk[:CHUNK]
            del chunk[:CHUNK]
    lookup()
    while chunk:
        yield chunk[:CHUNK]
        del chunk[:CHUNK]


def known(backend, doc_ids: list) -> set:
    """Which of ``doc_ids`` the store holds (as its readers see it now)."""
    if not doc_ids:
        return set()
    rows = backend.rows("SELECT doc_id FROM documents WHERE doc_id IN ("
                        + ", ".join("?" for _ in doc_ids) + ")", doc_ids)
    return {r[0] for r in rows or []}


def _has_pending(backend) -> bool:
    rows = backend.rows("SELECT count(*) FROM pending")
    return bool(rows and rows[0][0])


def count_events(backend) -> int:
    rows = backend.rows("SELECT count(*) FROM events")
    return int(rows[0][0]) if rows else 0
