"""Who says what: sources of figures, quotes with their speakers, people and organisations.

Rules over one sentence at a time: "according to Ukraine's emergency services", "the
Ukrainian Air Force said", "..., the ministry said on Friday"; quotes in straight or curly
marks with a speaker in the same or the neighbouring sentence; named people with titles
("President Donald Trump"), spelling variants merged (Zelensky / Zelenskyy).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

_SAY = r"(?:said|says|say|reported|reports|announced|stated|told|wrote|confirmed|added|warned|noted|tweeted|posted)"
_ACCORDING = re.compile(r"\baccording\s+to\s+((?:the\s+)?[^,.;:()\"“”]{3,80}?)(?=[,.;:()\"“”]|\s+(?:on|in|at|which|who|that)\b|$)", re.I)
# "... , the regional military administration said" / "the air force said ..."
_NP = r"((?:[Tt]he\s+|[A-Z][\w'’.-]*\s+)(?:[A-Z][\w'’.-]*|of|for|and|[a-z][\w'’-]*)(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|[a-z][\w'’-]*)){0,6}?|[A-Z][\w'’.-]+)"
_SUBJ_SAY = re.compile(_NP + r"\s+(?:has\s+|had\s+|have\s+)?" + _SAY + r"\b")
_SAY_SUBJ = re.compile(r"\b" + _SAY + r"\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})")
_BAD_SOURCE = re.compile(r"^(?:it|he|she|they|we|i|you|this|that|which|who|there|officials?|and|but|police had|"
                         r"the\s+(?:president|ministry|agency|service|military)?)$", re.I)
_LEAD_JUNK = re.compile(r"^(?:and|but|while|as|when|after|before|later|earlier|also|then|on\s+\w+|in\s+\w+|by\s+\w+|that)\s+", re.I)

TITLES = ("President", "Prime Minister", "Secretary-General", "Secretary General", "Secretary", "Minister",
          "Mayor", "Governor", "General", "Gen.", "Commander", "commander", "Chancellor", "King", "Queen",
          "Envoy", "envoy", "spokesman", "spokeswoman", "spokesperson", "Senator", "Sen.", "leader", "chief",
          "Foreign Minister", "Defence Minister", "Defense Secretary", "Ambassador", "Pope")
_PERSON = re.compile(r"\b(?:%s)\s+((?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+){0,2})" %
                     "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)))
_QUOTE = re.compile(r"[“\"]([^“”\"]{12,600})[”\"]")
_ORG = re.compile(r"\b((?:the\s+)?(?:[A-Z][\w'’.-]+\s+){0,4}(?:Ministry|Service|Services|Force|Forces|Administration|"
                  r"Command|Agency|Council|Office|Organization|Organisation|Committee|Army|Police|Guard|Guards|"
                  r"Nations|Union|Cross|Crescent|NATO|UNRWA|UNICEF|OCHA|WHO|IAEA|ICRC|Hamas|Hezbollah|Houthis|RSF|Kremlin|Pentagon))\b")


@dataclass(frozen=True)
class Attribution:
    start: int
    end: int
    source: str


_TIME_WORDS = re.compile(r"^(?:(?:on|by|in|late|early|later|earlier|overnight|this|last|that|the\s+same)\s+)*"
                         r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|"
                         r"night|day|week|today|yesterday|tonight)\s+)+", re.I)


def _clean(src: str) -> Optional[str]:
    src = " ".join(src.split()).strip(" ,;:'\"“”")
    src = _TIME_WORDS.sub("", src)
    src = re.sub(r"(?:\s+(?:\w+ly|also|then|later|now|again|had|has|have))+$", "", src)
    prev = None
    while prev != src:
        prev = src
        src = _LEAD_JUNK.sub("", src)
    src = re.sub(r"^(?:the\s+)", "", src, flags=re.I) if len(src.split()) > 1 else src
    if not src or _BAD_SOURCE.match(src) or len(src) < 3 or not re.search(r"[A-Za-z]", src):
        return None
    if re.search(r"\d", src) or len(src.split()) > 9 or re.search(r"\b(?:and|or)$", src):
        return None
    if src[0].islower() and not re.match(r"(?:regional|city|state|local|military|emergency|health|police|"
                                          r"interior|defen[cs]e|foreign|civil|air|officials|authorities|"
                                          r"prosecutors|rescuers|doctors|medics|witnesses|residents)", src):
        return None
    return src


def attributions(sentence: str, offset: int = 0) -> list[Attribution]:
    """Source phrases of one sentence, with absolute spans."""
    out = []
    for m in _ACCORDING.finditer(sentence):
        src = _clean(m.group(1))
        if src:
            out.append(Attribution(offset + m.start(1), offset + m.end(1), src))
    for rx in (_SUBJ_SAY, _SAY_SUBJ):
        for m in rx.finditer(sentence):
            np = m.group(1)
            # keep the last clause of the subject: ", the regional military administration said"
            cut = max(np.rfind(","), np.rfind(";"))
            s0 = m.start(1) + (cut + 1 if cut >= 0 else 0)
            src = _clean(sentence[s0:m.end(1)])
            if src and not any(a.start <= offset + s0 < a.end for a in out):
                out.append(Attribution(offset + s0, offset + m.end(1), src))
    return out


def quotes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, quote) of every quotation of at least a few words."""
    out = []
    for m in _QUOTE.finditer(text):
        q = m.group(1).strip()
        if len(q.split()) >= 3:
            out.append((m.start(1), m.end(1), q))
    return out


def people(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of people named with a title ("President Donald Trump")."""
    return [(m.start(1), m.end(1), m.group(1)) for m in _PERSON.finditer(text)]


def organisations(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(1), m.end(1), re.sub(r"^the\s+", "", m.group(1))) for m in _ORG.finditer(text)]


def canonical_names(names: list[str]) -> dict[str, str]:
    """Map each name to one spelling for the same person (Zelensky / Zelenskyy / Volodymyr Zelensky)."""
    from rapidfuzz import fuzz

    canon: dict[str, str] = {}
    reps: list[str] = []
    for name in sorted(set(names), key=lambda n: (-len(n.split()), -len(n))):
        last = name.split()[-1]
        for rep in reps:
            if fuzz.ratio(last.lower(), rep.split()[-1].lower()) >= 85 and \
                    (len(name.split()) == 1 or name.split()[0] == rep.split()[0]):
                canon[name] = rep
                break
        else:
            reps.append(name)
            canon[name] = name
    return canon
