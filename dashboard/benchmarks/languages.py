"""Language detection (accuracy and cost) and Ukrainian/Russian extraction throughput.

Corpora: ``tests/data/ukru_dev`` (6 uk + 6 ru articles), the English sets beside it
(``tests/data/heldout``, ``blind2``-``blind7``, ``assets/sample``) and, where it is present, the
ACLED notes development set (``/work/main/data/acled-dev`` or ``$ACLED_DEV``). The script rule
of :mod:`dashboard.language` is compared with ``py3langid`` when that package is installed
(it is not a dependency: the measure that chose the rule).
"""
from __future__ import annotations

import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _labelled():
    from ..documents import load_path
    out = []
    for f in sorted((ROOT / "tests" / "data" / "ukru_dev" / "texts").glob("*.txt")):
        out.append((load_path(f).text, f.name[:2]))
    for folder in ["heldout", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7"]:
        for f in sorted((ROOT / "tests" / "data" / folder / "texts").glob("*.txt")):
            out.append((load_path(f).text, "en"))
    for f in sorted((ROOT / "assets" / "sample").glob("*.txt")):
        out.append((load_path(f).text, "en"))
    acled = Path(os.environ.get("ACLED_DEV", "/work/main/data/acled-dev")) / "texts"
    for f in sorted(acled.glob("*.txt"))[:2000] if acled.is_dir() else ():
        out.append((f.read_text(encoding="utf-8", errors="replace"), "en"))
    return out


def _measure(name, fn, data):
    t0 = time.process_time()
    guesses = [fn(t) for t, _ in data]
    cpu = time.process_time() - t0
    by_lang: dict = {}
    for (_, gold), g in zip(data, guesses):
        ok, n = by_lang.get(gold, (0, 0))
        by_lang[gold] = (ok + (g == gold), n + 1)
    acc = ", ".join(f"{k} {ok}/{n}" for k, (ok, n) in sorted(by_lang.items()))
    print(f"{name}: {acc}; {cpu / len(data) * 1e6:.0f} µs per text (CPU)")


def _sentences(data):
    """Every line of 40+ characters of the uk/ru articles, labelled with its article's language:
    the harder case of a short text."""
    out = []
    for text, lang in data:
        if lang in ("uk", "ru"):
            out += [(ln, lang) for ln in text.split("\n") if len(ln) >= 40]
    return out


def run(args) -> int:
    from ..language import detect_language
    data = _labelled()
    _measure("script rule (dashboard.language)", detect_language, data)
    lines = _sentences(data)
    _measure("script rule, single uk/ru lines of 40+ characters", detect_language, lines)
    try:
        t0 = time.process_time()
        import py3langid
        py3langid.classify("warm up")
        print(f"py3langid: import and model load {time.process_time() - t0:.2f} s (CPU)")
        _measure("py3langid (all languages)", lambda t: py3langid.classify(t[:4000])[0], data)
        _measure("py3langid, single uk/ru lines", lambda t: py3langid.classify(t[:4000])[0], lines)
    except ImportError:
        print("py3langid: not installed (pip install py3langid to compare)")
    _throughput()
    return 0


def _throughput() -> None:
    from ..documents import load_path
    from ..extract import extract_document
    from ..gazetteer import get_gazetteer
    files = sorted((ROOT / "tests" / "data" / "ukru_dev" / "texts").glob("*.txt"))
    docs = [load_path(f) for f in files]
    gaz = get_gazetteer()
    t0 = time.process_time()
    for d in docs:
        extract_document(d, gaz)           # first pass: analysers and the Cyrillic names load
    first = time.process_time() - t0
    n = 0
    t0 = time.process_time()
    while time.process_time() - t0 < 3.0:
        for d in docs:
            extract_document(d, gaz)
            n += 1
    cpu = time.process_time() - t0
    kb = sum(len(d.text) for d in docs) / len(docs) / 1024
    print(f"uk/ru extraction (ukru_dev, {kb:.1f} KB articles): first pass with loading {first:.2f} s; "
          f"then {n / cpu:.0f} articles per CPU-second (one core)")
