"""The corpus generator: deterministic, varied, realistic articles."""
from __future__ import annotations

import json
from collections import Counter

from dashboard.corpus import generate, main
from dashboard.dates import find_publication_date


def read(folder):
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def test_same_seed_same_corpus_other_seed_other_corpus(tmp_path):
    generate(40, str(tmp_path / "a"), seed=3)
    generate(40, str(tmp_path / "b"), seed=3)
    generate(40, str(tmp_path / "c"), seed=4)
    a, b, c = read(tmp_path / "a"), read(tmp_path / "b"), read(tmp_path / "c")
    assert len(a) == 40 and a == b and a != c


def test_articles_are_realistic_and_varied(tmp_path):
    out = tmp_path / "c"
    assert main(["--n", "200", "--out", str(out)]) == 0
    texts = read(out)
    truth = [json.loads(x) for x in (out / "truth.jsonl").read_text().splitlines()]
    assert len(texts) == 200 and len(truth) == 200
    sizes = [len(t.encode()) for t in texts.values()]
    assert min(sizes) >= 1500 and max(sizes) <= 4096
    # every article has a dateline the reader understands, matching the truth's date window
    by_doc = {t["doc"]: t for t in truth}
    for name, text in texts.items():
        pub = find_publication_date(text)
        if not by_doc[name]["dated"]:   # a follow-up without a dateline (date to be inferred)
            assert pub is None, name
            continue
        assert pub is not None, name
        assert 0 <= (pub.toordinal() - _ord(by_doc[name]["date"])) <= 2, name
    assert 0 < sum(not t["dated"] for t in truth) < 30
    # several outlets tell the same event, and in different words
    per_event = Counter(t["event"] for t in truth)
    multi = [e for e, n in per_event.items() if n >= 2]
    assert len(multi) >= 20
    e = multi[0]
    docs = [t["doc"] for t in truth if t["event"] == e]
    assert len({texts[d] for d in docs}) == len(docs)
    outlets = {json.loads((out / (d + ".json")).read_text())["source"] for d in truth_docs(truth)}
    assert len(outlets) >= 8
    assert len({t["city"] for t in truth}) >= 30
    assert any("at least" in t for t in texts.values()) and any("drone" in t for t in texts.values())


def truth_docs(truth):
    return [t["doc"] for t in truth]


def _ord(iso):
    from datetime import date
    return date.fromisoformat(iso).toordinal()
