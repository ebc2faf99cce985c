"""Extraction throughput on ~4 KB articles (one core, warm) and `import dashboard` time.

Each figure is in articles per CPU-second and also as a ratio to a floor measured in the same
run over the same texts (a plain word-and-number regex pass, nothing else): the machine is shared
and its speed drifts, the ratio much less. See docs/extraction-speed.md.
"""
from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _corpus(n: int, sample_only: bool = False):
    """``n`` articles of ~4 KB: the sample corpus (two real 3.8 KB articles) and, unless
    ``sample_only``, the development set's 1.6 KB articles padded with their own text to
    ~4 KB (denser in figures and places than most news)."""
    from ..documents import load_path
    from ..records import Document

    files = sorted((ROOT / "assets" / "sample").glob("*.txt"))
    dev = ROOT.parent / "shared" / "eval" / "dev" / "texts"
    if dev.is_dir() and not sample_only:
        files += sorted(dev.glob("*.txt"))
    base = [load_path(f) for f in files]
    docs = []
    for i in range(n):
        d = base[i % len(base)]
        text = d.text
        while len(text) < 3500:               # pad short articles to ~4 KB with their own text
            text = text + "\n\n" + d.text
        docs.append(Document(doc_id=f"{i:016x}", name=f"bench{i}.txt", text=text[:4200],
                             published=d.published))
    return docs


def run(args) -> int:
    from ..extract import extract_document

    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import dashboard"],
                         capture_output=True, text=True, cwd=ROOT)
    t_import = time.perf_counter() - t0
    print(f"import dashboard (fresh interpreter, incl. start-up): {t_import:.3f} s")

    n = args.n or 600
    for label, docs in (("sample articles (real, 3.8 KB)", _corpus(n, sample_only=True)),
                        ("composed articles (development set padded to ~4 KB, dense in figures and places)",
                         _corpus(n))):
        print(f"-- {label}")
        _measure(docs)
    return 0


def _measure(docs) -> None:
    from ..extract import extract_document

    kb = sum(len(d.text) for d in docs) / len(docs) / 1024
    gaz = None
    try:
        from ..gazetteer import get_gazetteer
        t0 = time.perf_counter()
        gaz = get_gazetteer()
        gaz.find("Kyiv")
        print(f"gazetteer load: {time.perf_counter() - t0:.3f} s")
    except ImportError:
        print("gazetteer: not available, places skipped")

    class NoPlaces:
        def find(self, text):
            return []

    for label, g in (("figures, dates, statements (no places)", NoPlaces()), ("full pipeline with places", gaz)):
        if g is None:
            continue
        for d in docs[:20]:                   # warm up
            extract_document(d, g)
        floor = _floor(docs)
        t0, c0 = time.perf_counter(), time.process_time()
        nrec = sum(len(extract_document(d, g)) for d in docs)
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        floor = min(floor, _floor(docs))      # the less disturbed of the runs before and after
        rate = len(docs) / dc
        print(f"extract, {label}: {len(docs)} articles of {kb:.1f} KB: "
              f"{rate:.0f} articles/s per CPU-second (one core), "
              f"{len(docs) / dt:.0f}/s wall-clock; {nrec / len(docs):.0f} records/article")
        print(f"   floor (a plain regex pass over the same texts, this run): {len(docs) / floor:,.0f} "
              f"articles/CPU-s; extraction / floor = {rate * floor / len(docs):.5f} "
              f"(one article costs {len(docs) / floor / rate:.0f} floor passes)")


_FLOOR_RE = re.compile(r"[A-Za-z]+|\d+")


def _floor(docs, repeat: int = 3) -> float:
    """CPU seconds of the floor: one plain regex pass over every text (best of ``repeat``)."""
    best = float("inf")
    for _ in range(repeat):
        c0 = time.process_time()
        for d in docs:
            _FLOOR_RE.findall(d.text)
        best = min(best, time.process_time() - c0)
    return best
