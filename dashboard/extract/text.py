"""Paragraphs and sentences with their character offsets (no model, no download)."""
from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = {"u.s", "u.k", "u.n", "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt",
           "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
           "oct", "nov", "dec", "p.m", "a.m", "approx", "gov", "sen", "rep", "prof", "maj", "adm",
           "e.g", "i.e", "inc", "ltd", "co", "corp", "d.c", "incl", "est", "approx", "govt", "dept"}
# a sentence ends at . ! ? before a capital (or a digit), or at a line break; pages saved as text
# also run sentences together ("the strike.Officials said"): a word of two lower-case letters or
# more, a full stop and a capitalised word is a boundary too
_END = re.compile(r"(?<![.!?])[.!?]++[\"'”’)\]]*+(?=\s+[\"'“‘(\[]?[A-Z0-9])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|\n")


_LEADER_TAIL = re.compile(r"[ \t]*\d[\d,.]*[ \t]*(?:\n|$)")
_BROKEN_ABBREV = re.compile(r"(?<![A-Za-z])[A-Z]\.$")
_ABBREV_REST = re.compile(r"[A-Z]\.")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int        # index of the paragraph (blank-line or line separated block)
    index: int            # index of the sentence in the document


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; a line break always ends a sentence (headlines, datelines)."""
    out: list[Sentence] = []
    para = 0
    pos = 0
    n = len(text)
    for m in _END.finditer(text):
        end = m.end()
        if m.group(0) == "\n" and _BROKEN_ABBREV.search(text, max(0, m.start() - 3), m.start()) and \
                _ABBREV_REST.match(text, m.end()):
            continue            # "U.\nS. officials": an abbreviation broken over two lines
        if m.group(0).startswith("...") and _LEADER_TAIL.match(text, m.end()):
            continue            # "People killed ........ 14": a table's leader dots, not an ending
        if m.group(0) != "\n":
            before = text[pos:m.start()].rsplit(None, 1)
            last = before[-1].lower().rstrip(".") if before else ""
            if last in _ABBREV or (len(last) == 1 and last.isalpha()):
                continue
        _add(out, text, pos, end, para)
        if m.group(0) == "\n":
            # a blank line (or any line break) starts a new paragraph
            para += 1
        pos = end
    if pos < n:
        _add(out, text, pos, n, para)
    return out


def _add(out, text, s, e, para):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Sentence(s, e, text[s:e], para, len(out)))
