"""Places F1 of ``gaz.find`` on the shared seed and dev articles, scored by ../shared/eval/score.py.

Skipped where the shared evaluation material is not beside the repository.
"""
import json
from pathlib import Path

import pytest

from dashboard.gazetteer import get_gazetteer

SHARED = Path(__file__).resolve().parents[2] / "shared"
SETS = [("gold/seeds.jsonl", "../../seeds"), ("dev/gold.jsonl", "texts")]


@pytest.mark.parametrize("gold_rel, texts_rel", SETS)
def test_places_f1(gold_rel, texts_rel, shared_scorer):
    score = shared_scorer
    gold_path = SHARED / "eval" / gold_rel
    gaz = get_gazetteer()
    tp = fp = fn = 0
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = (gold_path.parent / texts_rel / gold["doc"]).read_text(encoding="utf-8")
        records = [{"type": "place", "name": m.geocode.name, "lat": m.geocode.lat,
                    "lon": m.geocode.lon} for m in gaz.find(text) if not m.adjective]
        out = score.score_doc(gold, {"doc": gold["doc"], "records": records})
        tp, fp, fn = tp + out["place_tp"], fp + out["place_fp"], fn + out["place_fn"]
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.9, (tp, fp, fn)
