"""Words with their lemmas (pymorphy3) and sentences, for Ukrainian and Russian text.

``tokenize(text, lang)`` returns :class:`Token` values with offsets into ``text`` (Python str
indices), the lower-case form, every lemma pymorphy3 proposes and the parts of speech. The
analysers load once per process (about 0.2 s each, with their dictionaries from
``pymorphy3-dicts-uk`` / ``pymorphy3-dicts-ru``: nothing is downloaded).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,:]|\.\d)|\d+(?:[.,]\d+)?|"
                    r"[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*(?:-[^\W_]+)*|[^\w\s]")
_APOS = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u0451": "\u0435"})   # ’ ʼ -> ', ё -> е
_CYR = re.compile(r"[\u0400-\u04ff]")


@lru_cache(maxsize=2)
def analyzer(lang: str):
    import pymorphy3
    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=200_000)
def analyse(word: str, lang: str) -> tuple[tuple[str, ...], frozenset, str]:
    """(lemmas, parts of speech, the likeliest part of speech) of a lower-case word;
    non-Cyrillic words are their own lemma. A word the dictionary lacks (its parse is a guess
    from its ending) has "GUESS" among its parts of speech."""
    if not _CYR.search(word):
        return (word,), frozenset({"LATN"}), "LATN"
    if not analyzer(lang).word_is_known(word):
        lemmas, pos, first = _parse(word, lang)
        return lemmas, pos | {"GUESS"}, first
    return _parse(word, lang)


def _parse(word: str, lang: str):
    lemmas, pos, first = [], set(), None
    for p in analyzer(lang).parse(word):
        nf = p.normal_form.translate(_APOS)
        if nf not in lemmas:
            lemmas.append(nf)
        if p.tag.POS:
            pos.add(str(p.tag.POS))
            first = first or str(p.tag.POS)
    return tuple(lemmas), frozenset(pos), first or "UNKN"


@dataclass(frozen=True)
class Token:
    i: int
    start: int
    end: int
    text: str
    low: str                      # lower case, ’ and ʼ as ', ё as е
    lemmas: tuple[str, ...]
    pos: frozenset
    pos0: str                     # the likeliest part of speech

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalpha()

    def has(self, *lemmas: str) -> bool:
        return self.low in lemmas or any(x in lemmas for x in self.lemmas)


def tokenize(text: str, lang: str) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text):
        s = m.group(0)
        low = s.lower().translate(_APOS)
        if s[:1].isalpha():
            lemmas, pos, pos0 = analyse(low, lang)
            if "-" in low and "GUESS" in pos:       # "Шахедами-136": the first part's lemmas too
                head, _, tail = low.partition("-")
                more = analyse(head, lang)[0] if _CYR.search(head) else (head,)
                lemmas = lemmas + tuple(dict.fromkeys(x for m in more for x in (m, f"{m}-{tail}")))
        else:
            pos0 = "NUM" if s[:1].isdigit() else "PNCT"
            lemmas, pos = (low,), frozenset({pos0})
        out.append(Token(len(out), m.start(), m.end(), s, low, lemmas, pos, pos0))
    return out


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    index: int
    tokens: tuple                 # the Token values inside it


_BLANK = re.compile(r"[ \t\r\u00a0]*\n")
_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'»”)]*(?=\s+[\"'«“(–—-]?\s*[^\W\d_]*[A-ZА-ЯЄІЇҐЁ\d])|\n")


MAX_SENTENCE = 1000   # characters: a longer "sentence" (a list run together, crafted text) is cut


def _bounded(text: str, s: int, e: int, para: int):
    """Cut a span longer than MAX_SENTENCE at a ';' or ',' (else a space) near the limit, so
    that the rules' work per sentence stays bounded."""
    while e - s > MAX_SENTENCE:
        window = text[s + MAX_SENTENCE // 2:s + MAX_SENTENCE]
        cut = max(window.rfind(";"), window.rfind(","))
        if cut < 0:
            cut = window.rfind(" ")
        cut = s + MAX_SENTENCE // 2 + cut + 1 if cut >= 0 else s + MAX_SENTENCE
        yield s, cut, para
        s = cut
    yield s, e, para


def sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Sentences (a line break always ends one; a blank line starts a paragraph)."""
    spans, pos, para = [], 0, 0
    for m in _END.finditer(text):
        if m.group(0) != "\n":
            before = text[pos:m.start()].rsplit(None, 1)
            last = before[-1] if before else ""
            if len(last) <= 3 and last.lower() in {"м", "р", "г", "вул", "ул", "с", "смт", "тис", "тыс", "млн",
                                                    "т", "ч", "им", "ім", "див", "см", "пос"}:
                continue
        spans.append((pos, m.end(), para))
        if m.group(0) == "\n" and _BLANK.match(text, m.end()):
            para += 1
        pos = m.end()
    spans.append((pos, len(text), para))
    spans = [piece for span in spans for piece in _bounded(text, *span)]
    out, ti = [], 0
    for s, e, p in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        while ti < len(tokens) and tokens[ti].start < s:
            ti += 1
        tj = ti
        while tj < len(tokens) and tokens[tj].end <= e:
            tj += 1
        out.append(Sentence(s, e, text[s:e], p, len(out), tuple(tokens[ti:tj])))
        ti = tj
    return out
