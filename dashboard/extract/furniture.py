"""Page furniture in plain text: the link lists a saved page keeps ("More on this story",
"Read also: ...", "Most viewed") whose headlines carry other stories' figures ("Earthquake
kills 12 in Chile"). Their spans are no source of figures; their places stay (a reader sees
them), which the annotation conventions make optional."""
from __future__ import annotations

import re

_HEAD = re.compile(r"^\s*(?:read\s+more|read\s+also|also\s+read|related(?:\s+(?:topics|stories|articles|coverage|"
                   r"content|reading|news|links))?|more\s+on\s+this\s+(?:story|topic)|more\s+from\s+[\w\s]{1,30}|"
                   r"most\s+(?:read|viewed|popular|shared)|top\s+stories|recommended(?:\s+for\s+you)?|"
                   r"you\s+may\s+also\s+like|see\s+also|trending(?:\s+now)?|more\s+stories|latest\s+stories|"
                   r"editor['’]s\s+picks|what\s+to\s+read\s+next|in\s+other\s+news)\s*(?::\s*(.*))?$", re.I)
_PARAGRAPH_END = re.compile(r"[.!?][\"'”’)]*\s*$")
MAX_LINKS = 15
_QUICK = re.compile(r"(?im)^\s*(?:read|related|more|most|top|recommended|you\s+may|see\s+also|trending|latest|editor|"
                    r"what\s+to|in\s+other)")


def link_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every link-list line of ``text``: lines under a "Read more"-style header,
    and the run of short title-like lines that ends a saved page (related headlines, topics)."""
    out = _trailing_titles(text)
    if not _QUICK.search(text):
        return out
    return sorted(set(out) | set(_headed_lists(text)))


def _trailing_titles(text: str) -> list[tuple[int, int]]:
    """The short lines without a full stop after the story's last paragraph (two or more)."""
    end = len(text)
    found = []
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if not line.strip():
            continue
        if len(line.split()) > 14 or _PARAGRAPH_END.search(line) or len(found) >= 3 * MAX_LINKS:
            break
        found.append((start, start + len(line)))
    return found if len(found) >= 2 and end > 0 else []


def _headed_lists(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        s, e, line = lines[i]
        m = _HEAD.match(line)
        if m is None:
            i += 1
            continue
        out.append((s, e))
        if m.group(1):              # "Read also: <headline>" on its own line
            i += 1
            continue
        taken = 0
        j = i + 1
        while j < len(lines) and taken < MAX_LINKS:
            s2, e2, l2 = lines[j]
            if not l2.strip():
                j += 1
                continue
            words = len(l2.split())
            if words > 25 or (_PARAGRAPH_END.search(l2) and words > 12) or _HEAD.match(l2):
                break               # the story goes on: a paragraph, or the next list
            out.append((s2, e2))
            taken += 1
            j += 1
        i = j
    return out
