"""Numbers in Ukrainian and Russian text: digits ("12", "61 тис."), words in any case
("дванадцяти", "двенадцать", "сімох", "троих", "дюжину"), vague amounts ("десятки")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

_TIME_AFTER = re.compile(r"[:.]\d")
_PERCENT = re.compile(r"\s?(?:%|відс|проц)")
_ATTACHED_BEFORE = re.compile(r"[^\W\d_]-$|№\s*$|#$|\d[:./]$|\+$")   # "Х-59/69", "(+79)": no figure
#: a case ending written on digits ("133-ма", "2-х", "5-ти", "3-ох"): still a cardinal number; an
#: ordinal's ending ("3-й", "2-го", "5-м") or a compound ("63-річний", "20-кілометрової") is not
_CASE_SUFFIX = re.compile(r"-(?:ма|ми|ти|ть|х|ох|ьох|ом|ьом|ю|ью|мя|ух|ём|ем)(?![^\W\d_])")


@dataclass(frozen=True)
class Num:
    i: int                  # first and last token (indices in the sentence's tokens)
    j: int
    value: Optional[int]
    vague: bool
    in_words: bool
    word: str               # the lemma of a number word ("один", "дюжина"), "" for digits


def _word_value(t, lex) -> Optional[tuple]:
    for lemma in (t.low,) + t.lemmas:
        hit = lex.numbers.get(lemma)
        if hit:
            return hit[0], hit[1], lemma
    if len(t.low) >= 7 and "GUESS" in t.pos:
        near = _near_number(t.low, lex)
        if near:
            return lex.numbers[near][0], lex.numbers[near][1], near
    return None


@lru_cache(maxsize=20_000)
def _near_number_cached(word: str, names: tuple) -> Optional[str]:
    from rapidfuzz import fuzz, process
    hit = process.extractOne(word, names, scorer=fuzz.ratio, score_cutoff=89)
    return hit[0] if hit else None


def _near_number(word: str, lex) -> Optional[str]:
    """A number word a letter away from the dictionary's ("двенадцять", Russian spelled with a
    Ukrainian ending): pymorphy3 does not know it, rapidfuzz finds the numeral it means."""
    return _near_number_cached(word, tuple(k for k, v in lex.numbers.items() if v[1] in ("cardinal", "collective")))


def find_numbers(toks, text: str, lex, excluded) -> list[Num]:
    """The numbers among a sentence's tokens; ``excluded`` are (start, end) spans (dates, times)."""
    out, k, n = [], 0, len(toks)
    while k < n:
        t = toks[k]
        if any(a <= t.start < b for a, b in excluded):
            k += 1
            continue
        if t.pos0 == "NUM":
            raw = re.sub(r"[ \u00a0\u202f\u2009]", "", t.text)
            if not raw.isdigit() or _TIME_AFTER.match(text, t.end) or _PERCENT.match(text, t.end) or \
                    _ATTACHED_BEFORE.search(text[max(0, t.start - 3):t.start]) or \
                    (text[t.end:t.end + 1] == "-" and not _CASE_SUFFIX.match(text, t.end)):
                k += 1
                continue
            value, j = int(raw), k
            if _CASE_SUFFIX.match(text, t.end):           # "133-ма": the ending's tokens belong to it
                while j + 1 < n and toks[j + 1].end <= _CASE_SUFFIX.match(text, t.end).end():
                    j += 1
            if value == 0:
                k += 1
                continue
            nxt = toks[k + 1] if k + 1 < n else None
            if nxt is not None:
                hit = _word_value(nxt, lex)
                if hit and hit[1] == "multiplier":
                    value, j = value * hit[0], k + 1
                    if j + 1 < n and toks[j + 1].text == "." and toks[j + 1].start == toks[j].end:
                        j += 1
                    rest = toks[j + 1] if j + 1 < n else None      # "3 тис. 120": 3,120
                    if rest is not None and rest.pos0 == "NUM" and rest.text.isdigit() and int(rest.text) < hit[0] \
                            and not _TIME_AFTER.match(text, rest.end) and not any(a <= rest.start < b for a, b in excluded):
                        value, j = value + int(rest.text), j + 1
            out.append(Num(k, j, value, False, False, ""))
            k = j + 1
            continue
        hit = _word_value(t, lex) if t.word else None
        if hit is None or hit[1] == "multiplier":
            k += 1
            continue
        value, kind, lemma = hit
        j = k
        if kind == "vague" and value == 10 and k > 0 and toks[k - 1].low in _ROUGHLY:
            kind, lemma = "cardinal", lemma + " " + ABOUT_TENS    # "близько десятка докерів": about 10
        if kind == "cardinal" and value < 10 and j + 1 < n and toks[j + 1].word:
            more = _word_value(toks[j + 1], lex)
            if more and more[0] == 10 and more[1] == "vague":     # "двох десятків": about 20
                value, j, lemma = value * 10, j + 1, lemma + " " + ABOUT_TENS
        if lemma in _ONE_AND_A_HALF and j + 1 < n and toks[j + 1].word:
            more = _word_value(toks[j + 1], lex)      # "полутора сотен": 150, "півтори тисячі": 1,500
            if more and more[0] in (100, 1000):
                value, kind, j = more[0] * 3 // 2, "cardinal", j + 1
            elif more and more[0] == 10 and more[1] == "vague":   # "півтора десятка": about 15
                value, kind, j, lemma = 15, "cardinal", j + 1, lemma + " " + ABOUT_TENS
        # "двадцять п'ять", "сто двадцять три": hundreds, tens and units add up
        while kind == "cardinal" and j + 1 < n and toks[j + 1].word:
            more = _word_value(toks[j + 1], lex)
            step = 100 if value % 100 == 0 else 10 if value % 10 == 0 else 1
            if not more or more[1] != "cardinal" or more[0] >= step or (step == 10 and more[0] >= 10) \
                    or 10 <= value % 100 < 20:            # "десять два" is two numbers
                break
            value, j = value + more[0], j + 1
        if kind == "cardinal" and j + 1 < n and toks[j + 1].word:
            more = _word_value(toks[j + 1], lex)          # "пять тысяч", "п'ять тисяч": 5,000
            if more and more[1] == "multiplier":
                value, j = value * more[0], j + 1
        vague = kind == "vague"
        out.append(Num(k, j, None if vague else value, vague, True, lemma))
        k = j + 1
    return out


_ONE_AND_A_HALF = frozenset({"полтора", "півтора", "півтори"})
#: words before "десятка" that make it a round count of ten ("близько десятка", "около десятка")
_ROUGHLY = frozenset({"близько", "около", "приблизно", "примерно", "понад", "більше", "более", "свыше", "до",
                      "щонайменше", "не"})
#: the mark on "півтора десятка" (15, a round count: qualifier "about")
ABOUT_TENS = "десятка"
