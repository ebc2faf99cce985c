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

_SAY = r"(?:said|says|say|reported|reports|announced|stated|told|wrote|confirmed|added|warned|noted|tweeted|posted|claimed|claims)"
_ACCORDING = re.compile(r"\baccording\s+to\s+((?:the\s+)?[^,.;:()\"“”]{3,80}?)(?=[,.;:()\"“”]|\s+(?:on|in|at|which|who|that)\b|$)", re.I)
# "... , the regional military administration said" / "the air force said ..."
_NP = r"((?:[Tt]he\s+|[A-Z][\w'’.-]*\s+)(?:[A-Z][\w'’.-]*|of|for|and|[a-z][\w'’-]*)(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|[a-z][\w'’-]*)){0,6}?|[A-Z][\w'’.-]+)"
_SUBJ_SAY = re.compile(_NP + r"\s+(?:has\s+|had\s+|have\s+)?" + _SAY + r"\b")
_SAY_SUBJ = re.compile(r"\b" + _SAY + r"\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})")
# "The Syrian Observatory, which keeps its own count, now says"
_SUBJ_WHICH_SAY = re.compile(_NP + r"\s*,\s*(?:which|who)\s+[^,;]{1,100},\s*(?:(?:now|also|later|then|still|"
                             r"separately)\s+)?(?:has\s+|had\s+)?" + _SAY + r"\b")
# "the Observatory put the toll at 16", "the UN has verified 9,000"
_SUBJ_COUNTS = re.compile(_NP + r"\s+(?:has\s+|had\s+|have\s+)?(?:put|puts|gave|gives|estimated|estimates|counted|"
                          r"counts|recorded|records|registered|documented|verified|confirmed|tallied)\s+"
                          r"(?:the\s+)?(?:death\s+|casualty\s+)?(?:toll|number|figure|count|tally|deaths)")
# lower-case sources: "war monitor says 16", "health officials said"
_PLAIN_SAY = re.compile(r"\b((?:(?:war|rights|casualty)\s+)?monitors?|(?:rights|aid|humanitarian|monitoring|activist|"
                        r"medical|relief)\s+(?:groups?|organi[sz]ations?|agencies)|(?:(?:health|local|hospital|security|military|police|"
                        r"regional|city|government|medical|tribal|village|camp|aid|rescue)\s+)(?:officials|sources|"
                        r"authorities|workers|leaders|elders|chiefs|doctors)|officials|rescuers|medics|doctors|witnesses|"
                        r"residents|activists)\s+(?:have\s+|has\s+|had\s+)?" + _SAY + r"\b")
_BAD_SOURCE = re.compile(r"^(?:it|he|she|they|we|i|you|this|that|which|who|there|officials?|and|but|police had|"
                         r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)|"   # "which on Thursday said"
                         r"the\s+(?:president|ministry|agency|service|military)?)$", re.I)
_LEAD_JUNK = re.compile(r"^(?:and|but|while|as|when|after|before|later|earlier|also|then|on\s+\w+|in\s+\w+|by\s+\w+|that)\s+", re.I)

TITLES = ("President", "Prime Minister", "Secretary-General", "Secretary General", "Secretary", "Minister",
          "Mayor", "Governor", "General", "Gen.", "Commander", "commander", "Chancellor", "King", "Queen",
          "Envoy", "envoy", "spokesman", "spokeswoman", "spokesperson", "Senator", "Sen.", "leader", "chief",
          "Foreign Minister", "Defence Minister", "Defense Secretary", "Ambassador", "Pope")
_PERSON = re.compile(r"\b(?:%s)\s+((?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+){0,2})" %
                     "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)))
_QUOTES = (re.compile(r"“([^“”]{1,800})”"), re.compile(r'“([^“”"]{1,800})"'), re.compile(r'"([^"\n]{1,800})"'),
           re.compile(r"‘([^‘’\n]{1,400})’(?!\w)"))
_SPEECH = (r"(?:said|says|say|saying|wrote|writes|writing|stated|states|stating|added|adds|adding|told\s+\w+|"
           r"warned|warning|declared|posted|tweeted|insisted|urged|asked|responded|replied|answered)")
_AFTER_SPEAKER = re.compile(r"^[\s,.!?]*(?:(?P<pro>he|she|they|it)|(?P<name>(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}))[ \t]+" + _SPEECH + r"\b"
                            r"|^[\s,.!?]*" + _SPEECH + r"\s+(?P<name2>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})")
_BEFORE_SPEAKER = re.compile(r"(?:(?P<pro>\b[Hh]e|\b[Ss]he|\b[Tt]hey)|(?P<name>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}))"
                             r"(?:\s+\w+){0,6}?\s+" + _SPEECH + r"(?:\s+\w+){0,4}?\s*[,:]?\s*$")
_ORG = re.compile(r"\b((?:the\s+)?(?:[A-Z][\w'’.-]+\s+){0,4}(?:Ministry|Service|Services|Force|Forces|Administration|"
                  r"Command|Agency|Council|Office|Organization|Organisation|Committee|Army|Police|Guard|Guards|"
                  r"Nations|Union|Cross|Crescent|NATO|UNRWA|UNICEF|OCHA|WHO|IAEA|ICRC|Hamas|Hezbollah|Houthis|RSF|Kremlin|Pentagon))\b")


# "... claimed responsibility, saying it had killed 'more than 30' people": its own count
_SAYING_OWN = re.compile(r"\bsaying\s+(?:that\s+)?(?:it|they|its\s+\w+|their\s+\w+)\s+(?:had\s+|have\s+|has\s+)?"
                         r"(?:killed|destroyed|downed|shot\s+down|eliminated|neutrali[sz]ed)\b", re.I)


# the end of a phrase that makes what follows a modifier of an earlier noun, not the speaker
_MODIFIED = re.compile(r"\b(?:(?:set\s+up|run|backed|formed|led|created|supported|appointed|controlled)\s+by|"
                       r"(?:opponents|enemies|critics|allies|supporters)\s+of|opposed\s+to|loyal\s+to)\s+"
                       r"(?:[\w'’-]+\s+){0,3}$", re.I)


@dataclass(frozen=True)
class Attribution:
    start: int
    end: int
    source: str


_TIME_WORDS = re.compile(r"^(?:(?:on|by|in|late|early|later|earlier|overnight|this|last|that|the\s+same)\s+)*"
                         r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|"
                         r"night|day|week|today|yesterday|tonight)\s+)+", re.I)


_SOURCE_HEAD = re.compile(r"\b(?:administration|ministry|office|service|services|group|monitor|officials|authorities|"
                          r"agency|army|military|forces|police|spokes\w+|council|command|directorate|department|"
                          r"governor|mayor|mission|observatory|organi[sz]ation|committee|staff|sources|medics|"
                          r"rescuers|hospital|prosecutors?)$")


_COUNTED_SUBJECT = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                              r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens|scores|hundreds)\b", re.I)


def _clean(src: str) -> Optional[str]:
    src = " ".join(src.split()).strip(" ,;:'\"“”")
    src = _TIME_WORDS.sub("", src)
    src = re.sub(r"(?:\s+(?:\w+ly|also|then|later|now|again|had|has|have))+$", "", src)
    prev = None
    while prev != src:
        prev = src
        src = _LEAD_JUNK.sub("", src)
    src = re.sub(r"^(?:the\s+)", "", src, flags=re.I) if len(src.split()) > 1 else src
    if not src or _BAD_SOURCE.match(src) or (len(src) < 3 and not (len(src) == 2 and src.isupper())) or \
            not re.search(r"[A-Za-z]", src):
        return None
    if re.search(r"\d", src) or len(src.split()) > 9 or re.search(r"\b(?:and|or)$", src) or _COUNTED_SUBJECT.match(src):
        return None     # ("Twelve people had been confirmed dead": the counted, not who counts)
    if src[0].islower() and not _SOURCE_HEAD.search(src) and not re.match(r"(?:regional|city|state|local|military|emergency|health|police|"
                                          r"interior|defen[cs]e|foreign|civil|air|officials|authorities|"
                                          r"prosecutors|rescuers|doctors|medics|witnesses|residents|army|"
                                          r"troops|militia|rebels?|insurgents?|militants?|separatists?|jihadists?|guerrillas?|dissidents?|armed|"
                                          r"security|forces|war\s+monitor|monitors?|activists|a\s+(?:militia|military|army|rebel|group|police)\s+"
                                          r"spokes\w+|spokes\w+|commander)", src):
        return None
    return src


# cheap gates: a sentence without a saying verb (or a count noun) cannot match the long
# subject patterns, which cost most where they fail (they try every capitalised word)
_SAY_GATE = re.compile(_SAY + r"\b")
_COUNT_GATE = re.compile(r"toll|number|figure|count|tally|deaths")


_RELATIVE_IN = re.compile(r"\s+(?:that|who|whom|which)\s+")
_RELATIVE_BEFORE = re.compile(r"\b(?:that|whom)\s+$")


def attributions(sentence: str, offset: int = 0) -> list[Attribution]:
    """Source phrases of one sentence, with absolute spans."""
    out = []
    for m in _ACCORDING.finditer(sentence):
        src = _clean(m.group(1))
        if src:
            out.append(Attribution(offset + m.start(1), offset + m.end(1), src))
    says = _SAY_GATE.search(sentence) is not None
    counts = _COUNT_GATE.search(sentence) is not None
    if not (says or counts):
        return out
    for rx in (_SUBJ_WHICH_SAY, _SUBJ_COUNTS, _PLAIN_SAY, _SUBJ_SAY, _SAY_SUBJ):
        if not (counts if rx is _SUBJ_COUNTS else says):
            continue
        for m in rx.finditer(sentence):
            np = m.group(1)
            if re.match(r"\s*(?:responsibility|credit)\b", sentence[m.end():]) and not _SAYING_OWN.search(
                    sentence, m.end()):
                continue        # "ISIL claims responsibility for an attack that killed ...": no source of a figure
            # keep the last clause of the subject: ", the regional military administration said"
            cut = max(np.rfind(","), np.rfind(";"))
            s0 = m.start(1) + (cut + 1 if cut >= 0 else 0)
            if _MODIFIED.search(sentence, max(0, s0 - 50), s0):
                continue        # "the administration set up by opponents of the military said": not the military
            if rx is _SUBJ_SAY and _RELATIVE_BEFORE.search(sentence, max(0, s0 - 7), s0):
                continue        # "the front that the authorities blame for the attack said": the front says it
            e1 = m.end(1)
            rel = _RELATIVE_IN.search(sentence, s0, e1)
            if rel is not None and rel.start() > s0:
                e1 = rel.start()    # "the dissident front that the authorities blame for the attack said": the front
            src = _clean(sentence[s0:e1])
            if src and not any(a.start < offset + m.end(1) and offset + s0 < a.end for a in out):
                out.append(Attribution(offset + s0, offset + m.end(1), src))
    return out


def quotes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, quote) of every quotation of at least a few words; curly and straight
    marks are paired each with its own kind."""
    out = []
    for rx in _QUOTES:
        for m in rx.finditer(text):
            q = m.group(1).strip()
            if len(q) >= 8 and len(q.split()) >= 3 and not any(a <= m.start(1) < b for a, b, _ in out):
                out.append((m.start(1), m.end(1), q))
    return sorted(out)


def speaker(text: str, q0: int, q1: int, last_person: Optional[str]) -> Optional[str]:
    """Who speaks a quotation: '"...," X said', 'X said: "..."', else 'he said' -> the last
    person named before it."""
    after = text[q1 + 1:q1 + 80]
    m = _AFTER_SPEAKER.match(after)
    if m:
        if m.group("pro"):
            return last_person if m.group("pro").lower() in ("he", "she") else None
        return _clean(m.group("name") or m.group("name2"))
    line_start = max(text.rfind("\n", 0, q0), text.rfind(". ", 0, q0 - 1), q0 - 200)
    before = text[line_start + 1:q0 - 1]
    m = _BEFORE_SPEAKER.search(before)
    if m:
        if m.group("pro"):
            return last_person
        return _clean(m.group("name"))
    return None


def people(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of people named with a title ("President Donald Trump")."""
    return [(m.start(1), m.end(1), m.group(1)) for m in _PERSON.finditer(text)]


def surname_mentions(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """Later mentions of named people by surname alone ("Trump", "Zelenskyy"), with the
    full name they stand for; spelling variants match (Zelensky / Zelenskyy)."""
    from rapidfuzz import fuzz

    by_last = {}
    for n in names:
        parts = n.split()
        if len(parts) >= 2 and len(parts[-1]) >= 4:
            by_last[parts[-1]] = n
    if not by_last:
        return []
    out = []
    for m in re.finditer(r"\b[A-Z][a-z'’-]{3,}\b", text):
        w = m.group(0)
        full = by_last.get(w)
        if full is None:
            for last, n in by_last.items():
                if w[0] == last[0] and fuzz.ratio(w, last) >= 85:
                    full = n
                    break
        if full is not None and not text[max(0, m.start() - len(full)):m.end()].endswith(full):
            out.append((m.start(), m.end(), full))
    return out


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
