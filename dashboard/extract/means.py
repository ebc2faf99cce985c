"""How an attack was carried out when no count is given: "Russian forces shelled the village",
"an IED exploded", "conducted an airstrike". One uncounted weapon record (``role="used"``) per
sentence and category, from the rows of ``assets/lexicons/means.csv``, looked up by tokens."""
from __future__ import annotations

import re

from .base import Figure
from .lexicon import Lexicon
from .numbers import Number

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_FIRST: dict = {}


def _by_first_word(lex: Lexicon) -> dict:
    """first word -> [(words, category)], longest first (a token look-up, not a scan)."""
    got = _FIRST.get(id(lex))
    if got is None:
        got = {}
        for words, cat in sorted(lex.means.items(), key=lambda kv: -len(kv[0])):
            got.setdefault(words[0], []).append((words, cat))
        _FIRST[id(lex)] = got
    return got


def attack_means(sentence: str, offset: int, lex: Lexicon, counted: set[str]) -> list[Figure]:
    """Uncounted weapon records of one sentence; ``counted`` holds the categories the sentence
    already counts ("70 missiles" makes "missile strike" add nothing)."""
    if not lex.means:
        return []
    first = _by_first_word(lex)
    low = sentence.lower()
    toks = None
    out, seen = [], set(counted)
    for m in _WORD.finditer(low):
        rows = first.get(m.group(0))
        if rows is None:
            continue
        if toks is None:
            toks = [(t.group(0), t.start(), t.end()) for t in _WORD.finditer(low)]
            index = {t[1]: i for i, t in enumerate(toks)}
        i = index[m.start()]
        for words, cat in rows:
            n = len(words)
            if tuple(t[0] for t in toks[i:i + n]) != words:
                continue
            if cat not in seen:
                seen.add(cat)
                s, e = toks[i][1], toks[i + n - 1][2]
                out.append(Figure("weapon", cat, Number(s, e, sentence[s:e], None), offset + s, offset + e, None,
                                  role="used", confidence=0.5, extra={"uncounted": True}))
            break
    return out
