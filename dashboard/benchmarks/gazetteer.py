"""``python -m dashboard bench gazetteer``: index load time and memory, look-ups/s, finds/s.

The load is timed in a fresh process (what every CLI run and app start pays); look-ups and
``find`` are timed warm, best of three runs, in CPU time (the machine is shared), and the
4 KB finds also as a ratio to a floor measured in the same run: one ``re.findall(r"\w+")``
tokenisation of the same text (what any scan of the words costs). Figures only, no
thresholds. Installed GeoNames packs (``python -m dashboard gazetteer list``) are part of the
index and named in the first line.
"""
from __future__ import annotations

import glob
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAMES = ["Kyiv", "Kiev", "Kharkov region", "Odessa", "Sumy oblast", "Sviatoshinsky district",
         "Krivoy Rog", "Dnepr", "Nikolaev", "Gaza", "Khan Younis", "El Fasher", "Hodeidah",
         "Washington", "Moscow", "the Moscow region", "Arad", "Zamzam", "Ukraine", "Belgorod",
         "Damascus", "Tehran", "Sanaa", "Aleppo", "Mandalay", "Nowhere-in-particular"]

_COLD = r"""
import json, time, sys
t, c = time.perf_counter(), time.process_time()
from dashboard.gazetteer import get_gazetteer
g = get_gazetteer()
load, cpu = time.perf_counter() - t, time.process_time() - c
rss = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmRSS')) / 1024
print(json.dumps({"load_s": load, "cpu_s": cpu, "rss_mb": rss, "rows": len(g), "keys": len(g.keys), "packs": g.packs}))
"""


def _articles() -> list[str]:
    paths = sorted(glob.glob(str(ROOT / "assets" / "sample" / "*.txt")))
    paths += sorted(glob.glob(str(ROOT.parent / "shared" / "eval" / "dev" / "texts" / "*.txt")))
    return [Path(p).read_text(encoding="utf-8") for p in paths]


def _best(fn, repeat: int = 3) -> float:
    """Best CPU time of ``repeat`` runs (this process only: other load does not count)."""
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def run(args) -> None:
    from dashboard.gazetteer import get_gazetteer

    get_gazetteer()  # make sure the index is compiled before timing a cold load
    cold = [json.loads(subprocess.run([sys.executable, "-c", _COLD], cwd=ROOT, check=True,
                                      capture_output=True, text=True).stdout) for _ in range(3)]
    best = min(cold, key=lambda c: c["load_s"])
    print(f"index load (fresh process, best of 3): {best['load_s']:.3f} s "
          f"({min(c['cpu_s'] for c in cold):.3f} s CPU), "
          f"resident {best['rss_mb']:.0f} MB ({best['rows']:,} rows, {best['keys']:,} names; "
          f"GeoNames packs: {', '.join(best['packs']) or 'none'})")
    gaz = get_gazetteer()
    n = getattr(args, "n", None) or 200_000
    names = (NAMES * (n // len(NAMES) + 1))[:n]
    t = _best(lambda: [gaz.lookup(x) for x in names])
    print(f"lookup (warm, cached): {n / t:,.0f} look-ups/s ({n:,} names, {len(NAMES)} distinct)")
    distinct = [gaz.name[r] for r in range(0, len(gaz), max(1, len(gaz) // 20_000))]

    def uncached():
        gaz._lookup.cache_clear()
        gaz.geocode.cache_clear()
        for x in distinct:
            gaz.lookup(x, fuzzy=False)

    t = _best(uncached)
    print(f"lookup (uncached, exact names): {len(distinct) / t:,.0f} look-ups/s "
          f"({len(distinct):,} distinct GeoNames names)")
    texts = _articles()
    if texts:
        reps = max(1, 400 // len(texts))
        batch = texts * reps
        kb = sum(len(x.encode()) for x in batch) / 1024
        t = _best(lambda: [gaz.find(x) for x in batch])
        print(f"find (warm): {len(batch) / t:,.0f} articles/s, {kb / t:,.0f} KB/s "
              f"({len(batch)} articles, mean {kb / len(batch):.1f} KB)")
        import re

        big = [(" ".join(texts) * 2)[:4096]] * 500
        t = _best(lambda: [gaz.find(x) for x in big])
        floor = _best(lambda: [re.findall(r"\w+", x) for x in big])
        print(f"find (warm, 4 KB articles): {len(big) / t:,.0f} articles/s CPU "
              f"({t / floor:.0f}x a plain \\w+ tokenisation of the same text)")
    rss = next(int(ln.split()[1]) for ln in open("/proc/self/status") if ln.startswith("VmRSS"))
    print(f"resident memory of this process now: {rss / 1024:.0f} MB")
