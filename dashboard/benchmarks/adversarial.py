"""Extraction time on crafted text against normal news of the same size (issue 14).

Each shape is read at 10 KB, 100 KB and 1 MB; the figure is CPU seconds per KB and its ratio to
news text of the same size (the sample articles repeated), measured in the same run. The
per-document budget (``DASHBOARD_DOC_BUDGET``) and the bounded scans keep every shape linear."""
from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WAR = "Russian missiles killed 12 people in Kyiv on Monday, officials said. "


def shapes(news: str) -> dict:
    """name -> function(size) -> text: the crafted inputs of issue 14 and a few more."""
    def rep(unit: str, n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]
    return {
        "news (the floor)": lambda n: rep(news, n),
        "full stops": lambda n: "." * n,
        "'1 ' after a war sentence": lambda n: WAR + rep("1 ", n),
        "'70 missiles and 145 drones and '": lambda n: WAR + rep("70 missiles and 145 drones and ", n),
        "casualty words": lambda n: WAR + rep("killed ", n),
        "place names": lambda n: WAR + rep("Kyiv Kharkiv Odesa ", n),
        "commas": lambda n: WAR + rep("a, ", n),
        "number words": lambda n: WAR + rep("twenty-one hundred and ", n),
        "one long word": lambda n: WAR + "x" * n,
    }


def run(args) -> None:
    from ..documents import load_bytes
    from ..extract import extract_document
    from ..gazetteer import get_gazetteer

    gaz = get_gazetteer()
    news = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "assets" / "sample").glob("*.txt")))
    sizes = [10_000, 100_000, 1_000_000] if not args.n else [args.n]
    print(f"{'shape':36} " + " ".join(f"{s // 1000:>7} KB" for s in sizes) + "   (CPU ms per KB, x news)")
    floor = {}
    for name, make in shapes(news).items():
        cells = []
        for size in sizes:
            doc = load_bytes("bench.txt", make(size).encode("utf-8"))
            t0 = time.process_time()
            extract_document(doc, gaz)
            ms = (time.process_time() - t0) * 1000 / (size / 1024)
            floor.setdefault(size, ms)
            cells.append(f"{ms:6.2f} {ms / floor[size]:4.1f}x")
        print(f"{name:36} " + " ".join(cells))
