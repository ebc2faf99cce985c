"""Numbers in news text, in digits and in words, with their character spans.

``find_numbers(text)`` yields :class:`Number` for "12", "1,200", "5000", "1.2 million",
"twelve", "twenty-one", "one hundred and five", "a dozen", "two dozen", and vague
amounts ("dozens", "hundreds", "scores") with ``vague=True`` and a low bound.
It does not judge whether a number is a casualty figure; ``figures`` does that.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
         "hundreds of thousands": 200000, "millions": 2_000_000}

_word = r"(?:%s)" % "|".join(sorted(list(UNITS) + list(TENS), key=len, reverse=True))
_scale = r"(?:hundred|thousand|million|billion)"
# "twenty-one", "one hundred and five", "two thousand", "a hundred"
_WORDNUM = (rf"(?:(?:{_word}|a)(?:[\s-]+{_scale}){{0,2}}(?:(?:[\s-]+and)?[\s-]+{_word}(?:[\s-]+{_scale}){{0,2}})*"
            rf"(?:-(?:{_word}))?)")
# "1,200", "1.2 million", "2.1m", "1.5bn" (a letter suffix only before a word: "2.1m people")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:million|billion|thousand)|(?:m|bn)(?=\s+(?!long\b|high\b|wide\b|deep\b|tall\b|away\b|thick\b|across\b|below\b|above\b|from\b)[a-z]))?"
_DOZEN = r"(?:(?:a|one|two|three|four|five|half\s+a)\s+dozen)"
_VAGUE = r"(?:tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions)"

# a number starts after no word, decimal point or separator; or where pages saved as text run
# two sentences together ("in the area.Three people died"), as the sentence splitter reads them
NUMBER_RE = re.compile(
    rf"(?:(?<![\w.,:/-])|(?-i:(?<=[a-z]{{2}}\.)(?=[A-Z][a-z])))(?:(?P<dozen>{_DOZEN})|(?P<digits>{_DIGITS})|(?P<vague>{_VAGUE})|(?P<words>{_WORDNUM}))(?![\w])",
    re.IGNORECASE)


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    text: str
    value: Optional[int]       # None for vague amounts
    vague: bool = False
    low: Optional[int] = None  # the low bound of a vague amount or a range
    in_words: bool = False
    high: Optional[int] = None  # the high bound of a range ("between 11 and 20")


def words_to_int(s: str) -> Optional[int]:
    """'twenty-one' -> 21, 'one hundred and five' -> 105, 'a hundred' -> 100, else None."""
    toks = [t for t in re.split(r"[\s-]+", s.lower()) if t and t != "and"]
    if not toks:
        return None
    total, current, seen = 0, 0, False
    for t in toks:
        if t in UNITS:
            current += UNITS[t]
            seen = True
        elif t in TENS:
            current += TENS[t]
            seen = True
        elif t == "a":
            current += 1
        elif t in SCALES:
            scale = SCALES[t]
            current = max(current, 1) * scale
            if scale >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    return total + current


def _digits_value(s: str) -> Optional[int]:
    m = re.match(r"([\d,]+(?:\.\d+)?)\s*(million|billion|thousand|m|bn)?", s, re.I)
    if not m:
        return None
    num = float(m.group(1).replace(",", ""))
    if m.group(2):
        num *= SCALES[{"m": "million", "bn": "billion"}.get(m.group(2).lower(), m.group(2).lower())]
    if num != num or num in (float("inf"), float("-inf")):
        return None   # a run of hundreds of digits is no count (the store flags huge ones)
    return int(round(num))


_START_WORDS = frozenset(w2 for w in list(UNITS) + list(TENS) + ["a", "half", "dozens", "scores", "hundreds",
                                                              "thousands", "millions", "tens"]
                         for w2 in (w, w.capitalize(), w.upper()))
_CANDIDATE = re.compile(r"\d+|[A-Za-z]+")


_WORD_TOKEN = re.compile(r"[A-Za-z]+")


def _well_formed_end(text: str, start: int, end: int) -> int:
    """The end of the longest number of ``text[start:end]`` (a run of number words) that reads
    as one number: a unit or teen takes only a scale after it ("six hundred", not "six\n\nTwo"
    across a headline's end, nor "nineteen eighty"), a ten a unit or a scale ("twenty-five"),
    "a" only a scale ("a hundred", not "a nine-night"); no line break inside."""
    prev, last_end, pos = None, start, start
    for t in _WORD_TOKEN.finditer(text, start, end):
        w = t.group().lower()
        if w == "and":
            if prev != "scale":
                break
            continue
        kind = ("unit" if w in UNITS else "ten" if w in TENS else "scale" if w in SCALES else "a")
        if prev is not None and ("\n" in text[pos:t.start()] or
                                 prev in ("unit", "a", "ten+unit") and kind != "scale" or
                                 prev == "ten" and kind not in ("scale", "unit")):
            break
        prev = "ten+unit" if prev == "ten" and kind == "unit" else kind
        last_end = pos = t.end()
    return last_end


def _matches(text: str):
    """NUMBER_RE's matches, tried only where a digit or a number word starts (much faster
    than scanning the alternation from every position); a run of number words is cut to the
    number it reads as (see :func:`_well_formed_end`)."""
    end = 0
    for c in _CANDIDATE.finditer(text):
        if c.start() < end:
            continue
        tok = c.group()
        if tok not in _START_WORDS and not tok[0].isdigit():
            continue
        m = NUMBER_RE.match(text, c.start())
        if m is not None:
            if m.group("words") and not m.group(0).isalpha():
                cut = _well_formed_end(text, m.start(), m.end())
                if cut < m.end():
                    end = cut
                    if text[m.start():cut].lower() != "a":
                        yield NUMBER_RE.match(text, m.start(), cut)     # the number, up to its cut
                    continue
            end = m.end()
            yield m


_ECHO = re.compile(r"\s*\(\s*(\d{1,6}|[A-Za-z][A-Za-z -]{1,30}?)\s*\)")


def find_numbers(text: str) -> Iterator[Number]:
    """Numbers in digits or words; "two (2) soldiers" (a legal and military style that repeats a
    number in digits) is one number."""
    echo = -1
    for n in _numbers(text):
        if n.start == echo:
            continue
        e = _ECHO.match(text, n.end) if n.value is not None else None
        if e is not None:
            inner = e.group(1)
            value = int(inner) if inner.isdigit() else words_to_int(inner.lower())
            if value == n.value and n.in_words != (not inner.isdigit()):
                # "two (2) boatmen", "08 (eight) persons": one number written twice
                echo = e.start(1)
                n = Number(n.start, e.end(), text[n.start:e.end()], n.value, in_words=n.in_words)
        yield n


def _numbers(text: str) -> Iterator[Number]:
    for m in _matches(text):
        s = m.group(0)
        if m.group("dozen"):
            head = s.lower().split()[0]
            mult = 0.5 if head == "half" else (1 if head in ("a", "one") else UNITS[head])
            yield Number(m.start(), m.end(), s, int(12 * mult), in_words=True)
        elif m.group("digits"):
            if re.fullmatch(r"\d+\.\d+", s):      # 3.5 alone is a measure, not a count
                continue
            v = _digits_value(s)
            if v is not None:
                yield Number(m.start(), m.end(), s, v)
        elif m.group("vague"):
            yield Number(m.start(), m.end(), s, None, vague=True, low=VAGUE[s.lower()], in_words=True)
        else:
            if s.lower() == "a":
                continue
            v = words_to_int(s)
            if v is None or re.fullmatch(r"a", s.split()[0], re.I) and " " not in s:
                continue
            yield Number(m.start(), m.end(), s, v, in_words=True)
