"""Casualty tables of situation reports, as text: a header whose columns after the first are
casualty words, then rows of a label and counts::

    District (raion)        killed   injured
    Pavlohrad raion            13        45
    Synelnykove raion           –         6
    Oblast total               19        80

Each count is a figure of its column's category, placed at its row's label (a total row at the
report's region) with no date: a table counts a reporting period, not one attack. Columns are
split by a tab, a bar or two spaces; the header words are the casualty lexicon's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_CELL_SPLIT = re.compile(r"\t+|\s*\|\s*|\s{2,}")
_COUNT = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")
_EMPTY = frozenset({"-", "\u2013", "\u2014", "n/a", "na", "0", "\u2012", ""})
_TOTAL = re.compile(r"^(?:total|oblast\s+total|region(?:al)?\s+total|grand\s+total|overall|all)\b", re.I)
MAX_ROWS = 60


@dataclass(frozen=True)
class Cell:
    category: str
    value: int
    start: int          # absolute offsets of the count
    end: int
    total: bool         # a total row ("Oblast total"): the report's region


def _cells(text: str) -> list[tuple[str, int, int]]:
    """(cell text, start, end) of a line split at tabs, bars or runs of two spaces."""
    out, pos = [], 0
    for m in _CELL_SPLIT.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], pos, len(text)))
    return [(c.strip(), s + len(c) - len(c.lstrip()), e - (len(c) - len(c.rstrip()))) for c, s, e in out if c.strip()]


def _header(text: str, lex) -> list[str] | None:
    """The casualty category of each column after the first, if every one names one."""
    cells = _cells(text)
    if len(cells) < 2 or len(text) > 200:
        return None
    cats = []
    for c, _, _ in cells[1:]:
        word = re.sub(r"[^a-z ]", "", c.lower()).strip()
        words = word.split()
        # "Died in hospital": the deaths, not the hospital; "Still in hospital": the hospitalized
        hit = lex.casualty.get(word) or (lex.casualty.get(words[0]) if words and lex.casualty.get(words[0], ("",))[0]
                                         == "killed" else None) or lex.casualty.get(words[-1] if words else "")
        if hit is None:
            return None
        cats.append(hit[0])
    return cats


def _count_row(text: str, ncols: int) -> list | None:
    """The cells of a table row: a label, then ``ncols`` counts or empty marks; else None."""
    cells = _cells(text)
    if len(cells) != ncols + 1 or not all(_COUNT.fullmatch(c) or c.lower() in _EMPTY for c, _, _ in cells[1:]):
        return None
    return cells


def _counts(cols, values, s) -> list:
    """(column, value, start, end) of each non-zero count of a row (absolute offsets)."""
    return [(col, int(c.replace(",", "")), s.start + a, s.start + b)
            for col, (c, a, b) in zip(cols, values) if _COUNT.fullmatch(c) and int(c.replace(",", ""))]


def table_cells(sents, lex) -> dict[int, list[Cell]]:
    """Sentence index -> the counts of a table row (for every table in the sentences)."""
    out: dict[int, list[Cell]] = {}
    k = 0
    while k < len(sents):
        text = sents[k].text
        cats = _header(text, lex) if ("  " in text or "\t" in text or "|" in text) else None
        k += 1
        if not cats:
            continue
        while k < len(sents) and len(out) < 10 * MAX_ROWS:
            s = sents[k]
            cells = _count_row(s.text, len(cats))
            if cells is None or not re.search(r"[^\W\d_]", cells[0][0]):
                break
            total = bool(_TOTAL.match(cells[0][0]))
            out[s.index] = [Cell(cat, v, a, b, total) for cat, v, a, b in _counts(cats, cells[1:], s)]
            k += 1
    return out


#: a weapons table's column words (an air force's night: "Type | Launched | Downed or suppressed")
_ROLE_COLUMNS = (("shot_down", re.compile(r"^(?:downed|shot\s+down|destroyed|intercepted|suppressed|neutrali[sz]ed)\b"
                                          r"(?:\s+(?:or|and|/)\s+\w+)*$", re.I)),
                 ("launched", re.compile(r"^(?:launched|fired|used|total\s+launched)$", re.I)),
                 ("hit", re.compile(r"^(?:hit|struck|got\s+through|not\s+intercepted)$", re.I)))


@dataclass(frozen=True)
class WeaponCell:
    category: str
    model: str | None
    role: str
    value: int
    start: int          # absolute offsets of the count
    end: int


def _roles(text: str) -> list[str] | None:
    """The role of each column after the first of a weapons table's header, if every one names one."""
    cells = _cells(text)
    if len(cells) < 2 or len(text) > 200:
        return None
    roles = []
    for c, _, _ in cells[1:]:
        role = next((r for r, rx in _ROLE_COLUMNS if rx.match(c.strip())), None)
        if role is None:
            return None
        roles.append(role)
    return roles if "launched" in roles else None


def weapon_table_cells(sents, classify) -> dict[int, list[WeaponCell]]:
    """Sentence index -> the counts of a weapons table's row: a label that ``classify`` (the
    figure rules' head reader) takes for a weapon ("Kh-101 cruise missiles"), then counts under
    "Launched", "Downed or suppressed" ... Each count is a weapon figure of its column's role."""
    out: dict[int, list[WeaponCell]] = {}
    k = 0
    while k < len(sents):
        text = sents[k].text
        roles = _roles(text) if ("|" in text or "\t" in text or "  " in text) else None
        k += 1
        if not roles:
            continue
        while k < len(sents) and len(out) < MAX_ROWS:
            s = sents[k]
            cells = _count_row(s.text, len(roles))
            kind, info, _ = classify(" " + cells[0][0]) if cells is not None else (None, None, 0)
            if kind != "weapon":
                break
            out[s.index] = [WeaponCell(info["category"], info.get("model"), role, v, a, b)
                            for role, v, a, b in _counts(roles, cells[1:], s)]
            k += 1
    return out


#: a key-figures row with leader dots: "People killed ........ 14", "  civilians ......... 5"
_LEADER = re.compile(r"(?P<label>[^\n.]{2,60}?)\s*\.{3,}\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*$")
#: what a key-figures label says in its own words ("Admitted to CHR Bouna", "Referred to Abidjan")
_LABEL_CARE = re.compile(r"^(?:admitted|hospitali[sz]ed|referred|evacuated\s+to\s+hospital|in\s+hospital)\b", re.I)


@dataclass(frozen=True)
class LeaderCell:
    category: str
    value: int
    start: int          # absolute offsets of the count
    end: int
    subset: bool        # an indented row under a counted one ("security forces ... 9" under "killed")


def leader_rows(sents, text: str, lex) -> dict[int, LeaderCell]:
    """Sentence index -> the figure of a key-figures row: its category the label's casualty word
    (``lex``), else, indented under a counted row, that row's (a part of it)."""
    out: dict[int, LeaderCell] = {}
    parent = None           # (indent, category) of the last counted row
    for s in sents:
        m = _LEADER.fullmatch(s.text)
        if m is None:
            parent = None
            continue
        label = m.group("label").strip().lower()
        indent = s.start - (text.rfind("\n", 0, s.start) + 1)
        hit = lex.casualty_re.search(label)
        cat = "hospitalized" if _LABEL_CARE.match(label) else (lex.casualty[hit.group(0)][0] if hit else None)
        subset = False
        if cat is None and parent is not None and indent > parent[0]:
            cat, subset = parent[1], True
        if cat is None or cat in ("displaced", "evacuated"):
            continue
        if not subset:
            parent = (indent, cat)
        value = int(m.group("n").replace(",", ""))
        if value:
            out[s.index] = LeaderCell(cat, value, s.start + m.start("n"), s.start + m.end("n"), subset)
    return out


#: "How many people died?", "How many were hurt?", "How many patients are still with you?"
_HOW_MANY = re.compile(r"^\W*(?:(?:q|question|[A-Z][A-Za-z .()]{0,40})\s*[:.]\s*)?how\s+many\b(?P<q>[^?]{0,80})\?\W*$", re.I)
_CARE_QUESTION = re.compile(r"\b(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed|still\s+with\s+you|patients|"
                            r"still\s+being\s+treated|admitted)\b", re.I)


def answers(sents, lex) -> dict[int, str]:
    """Sentence index -> the casualty category its question asks for: the sentence right after a
    "How many ... died?" line (an interview's or an explainer's answer)."""
    out: dict[int, str] = {}
    for a, b in zip(sents, sents[1:]):
        m = _HOW_MANY.match(a.text)
        if m is None:
            continue
        q = m.group("q").lower()
        if _CARE_QUESTION.search(q):
            out[b.index] = "hospitalized"
            continue
        hit = lex.casualty_re.search(q)
        if hit is not None:
            out[b.index] = lex.casualty[hit.group(0)][0]
    return out

