"""How an attack was carried out when no count is given: "Russian forces shelled the village",
"an IED exploded", "conducted an airstrike". One uncounted weapon record (``role="used"``) per
sentence and category, from the rows of ``assets/lexicons/means.csv``, looked up by tokens."""
from __future__ import annotations

import re

from .base import Figure
from .lexicon import Lexicon
from .numbers import Number

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def attack_means(sentence: str, offset: int, lex: Lexicon, counted: set[str]) -> list[Figure]:
    """Uncounted weapon records of one sentence; ``counted`` holds the categories the sentence
    already counts ("70 missiles" makes "missile strike" add nothing)."""
    if not lex.means:
        return []
    low = sentence.lower()
    toks = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(low)]
    out, seen = [], set(counted)
    for i in range(len(toks)):
        for n in (3, 2, 1):
            key = tuple(t[0] for t in toks[i:i + n])
            cat = lex.means.get(key) if len(key) == n else None
            if cat is None:
                continue
            if cat not in seen:
                seen.add(cat)
                s, e = toks[i][1], toks[i + n - 1][2]
                num = Number(s, e, sentence[s:e], None)
                out.append(Figure("weapon", cat, num, offset + s, offset + e, None, role="used", confidence=0.5,
                                  extra={"uncounted": True}))
            break
    return out
