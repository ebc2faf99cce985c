"""Web page readers: precision and recall of the kept text, speed, and figures F1.

Corpora:
- ``tests/data/pages/``: the team's annotated articles composed into five outlets' page
  layouts (``compose.py``), with the article's own text as the truth of what to keep;
- ``data/public-pages/scrapinghub/`` when restored (``scripts/restore_public_pages.py``):
  181 real saved pages of news and blog sites with their article bodies marked by people.

Kept text is scored on word tokens (a multiset): precision = kept tokens that are the
article's, recall = article tokens kept. Speed in pages per CPU second, one core, with the
cost of parsing the page alone (lexbor) as the floor. Figures F1: the pages through the
whole pipeline vs the same articles as plain text, by ``../shared/eval/score.py``.
"""
from __future__ import annotations

import importlib.util
import json
import re
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "data" / "pages"
PUBLIC = ROOT / "data" / "public-pages" / "scrapinghub"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def kept_scores(pairs) -> dict:
    """Micro-averaged token precision/recall/F1 over (kept text, true text) pairs."""
    tp = fp = fn = 0
    for kept, true in pairs:
        k, t = tokens(kept), tokens(true)
        common = sum((k & t).values())
        tp, fp, fn = tp + common, fp + sum(k.values()) - common, fn + sum(t.values()) - common
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def composed_pages() -> list[tuple[str, str, str]]:
    """(page name, html, true text) of the composed pages."""
    out = []
    for k in map(json.loads, (PAGES / "kept.jsonl").read_text(encoding="utf-8").splitlines()):
        html = (PAGES / "html" / k["doc"]).read_text(encoding="utf-8")
        out.append((k["doc"], html, "\n\n".join([k["title"]] + k["paragraphs"])))
    return out


def public_pages() -> list[tuple[str, str, str]]:
    truth_file = PUBLIC / "truth.json"
    if not truth_file.is_file():
        return []
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    out = []
    for key, t in sorted(truth.items()):
        f = PUBLIC / f"{key}.html"
        if f.is_file():
            raw = f.read_bytes()
            out.append((key, raw.decode("utf-8", errors="replace"), t["text"]))
    return out


def measure_readers(pages, headline: bool = True) -> None:
    from selectolax.lexbor import LexborHTMLParser

    from ..web.reader import read_html

    read_html("<html><body><p>warm up the imports</p></body></html>")
    t0 = time.process_time()
    for _, html, _ in pages:
        LexborHTMLParser(html).body
    floor = len(pages) / max(time.process_time() - t0, 1e-9)
    for reader in ("trafilatura", "fallback", "auto"):
        t0 = time.process_time()
        pairs, used = [], Counter()
        for _, html, true in pages:
            page = read_html(html, reader=reader, headline=headline)
            pairs.append((page.text, true))
            used[page.reader] += 1
        rate = len(pages) / max(time.process_time() - t0, 1e-9)
        s = kept_scores(pairs)
        empty = sum(1 for k, _ in pairs if not k.strip())
        how = "" if reader != "auto" else " (" + ", ".join(f"{k} {v}" for k, v in used.items()) + ")"
        print(f"  {reader:<12} precision {s['precision']:.3f}  recall {s['recall']:.3f}  "
              f"F1 {s['f1']:.3f}  {rate:6.1f} pages/CPU-s ({rate / floor:.3f} x parsing alone, "
              f"{floor:.0f}/s)  empty {empty}{how}")


def figures_f1() -> None:
    """Figures F1 of the composed pages vs the same articles as plain text."""
    if not SCORER.is_file():
        print("  (../shared/eval/score.py absent: figures F1 skipped)")
        return
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    from ..documents import load_path
    from ..extract import extract_batch

    golds = [json.loads(x) for x in (PAGES / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    kept = {k["doc"]: k for k in map(json.loads, (PAGES / "kept.jsonl").read_text().splitlines())}
    texts = {}
    for folder in (ROOT / "tests" / "data").iterdir():
        for f in (folder / "texts").glob("*.txt") if (folder / "texts").is_dir() else ():
            texts[f.name] = f
    page_docs = [load_path(PAGES / "html" / g["doc"]) for g in golds]
    text_docs = [load_path(texts[kept[g["doc"]]["text"]]) for g in golds]
    fallback_docs = [_read_with(PAGES / "html" / g["doc"], "fallback") for g in golds]
    rename = {kept[g["doc"]]["text"]: g["doc"] for g in golds}
    for label, docs in (("plain text", text_docs), ("web pages", page_docs),
                        ("fallback reader alone", fallback_docs)):
        out = extract_batch(docs)
        preds = {rename.get(d.name, d.name): {"doc": rename.get(d.name, d.name),
                                             "records": [r.to_dict() for r in recs]}
                 for d, recs in out.values()}
        tot = Counter()
        for g in golds:
            res = score.score_doc(g, preds.get(g["doc"]))
            tot.update({k: v for k, v in res.items() if isinstance(v, (int, float))})
            ok, n = res["attr"]["date"]
            tot.update({"date_ok": ok, "date_n": n})
        tp, fp, fn = tot["fig_tp"], tot["fig_fp"], tot["fig_fn"]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        dated = sum(1 for d, _ in out.values() if d.published)
        print(f"  {label:<22} figures F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn}); "
              f"figure dates right {tot['date_ok']}/{tot['date_n']}; "
              f"articles with a publication date {dated}/{len(docs)}")
    right = sum(1 for g, d in zip(golds, page_docs) if str(d.published) == g.get("published"))
    outlets = sum(1 for d in page_docs if d.source)
    print(f"  web pages: publication date equal to the gold's {right}/{len(golds)}, "
          f"outlet known {outlets}/{len(golds)}")


def _read_with(path: Path, reader: str):
    """A Document of a page read by one reader alone (metadata as usual)."""
    from ..documents import doc_id_for
    from ..records import Document
    from ..web.reader import read_html

    page = read_html(path.read_text(encoding="utf-8"), reader=reader)
    return Document(doc_id=doc_id_for(page.text), name=path.name, text=page.text, title=page.title,
                    published=page.published, published_from="page", source=page.site_name, fmt="html")


def run(args) -> int:
    pages = composed_pages()
    print(f"-- composed pages ({len(pages)}, five outlets' layouts; truth = headline + paragraphs)")
    measure_readers(pages)
    print("-- figures F1, composed pages vs the same articles as plain text")
    figures_f1()
    public = public_pages()
    if public:
        if args.n:
            public = public[:args.n]
        print(f"-- public saved pages ({len(public)}, scrapinghub/article-extraction-benchmark; "
              "truth = article body, no headline)")
        measure_readers(public, headline=False)
    else:
        print("-- public saved pages: not restored (python scripts/restore_public_pages.py)")
    return 0
