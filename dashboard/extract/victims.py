"""Victims counted without a numeral: "a civilian was killed", "killing a child", "an elderly
woman died of her wounds", "killed him and his son" (2), "Grenade attack kills public works
officer", "Both died when ...".

The numeral figures (``figures``) count "12 people"; this module counts the people news names
one by one. A noun phrase of a person (``a``/``an``/``another``/a possessive, up to three
modifiers, a singular person noun, an optional "of ..." or apposition) takes its category from a
killing word right before it ("killing a child") or a predicate after it ("a man was killed",
"a woman died"). Coordinated persons make one figure ("a mother and a child": 2); a coordinated
part with a numeral ("a woman and two children") is the numeral rules' figure. An agent ("by a
sniper") is never a victim.
"""
from __future__ import annotations

import re
from itertools import accumulate, compress
from operator import itemgetter
from typing import Optional

from .base import Figure
from .lexicon import OF_PEOPLE_ONLY, Lexicon, load, singular
from .numbers import Number

_TOKEN = re.compile(r"\d+(?:-[A-Za-z]+)+|[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|\S")
_DETS = {"a", "an", "another"}
_POSSESSIVE = {"his", "her", "their", "its"}
_PRONOUNS = {"him", "her"}
# words that cannot be a modifier inside a person's noun phrase
_BREAK = {"in", "on", "at", "by", "from", "to", "into", "near", "after", "before", "during", "when", "while",
          "as", "and", "or", "but", "were", "was", "are", "is", "have", "has", "had", "be", "been", "being",
          "will", "would", "could", "may", "might", "said", "says", "that", "which", "who", "whom", "with",
          "for", "over", "under", "since", "the", "a", "an", "this", "these", "those", "it", "its", "their",
          "his", "her", "they", "we", "he", "she", "than", "of", "not", "no", "also", "then", "there", "where",
          "killed", "died", "dead", "wounded", "injured", "shot", "kill", "kills", "killing"}
# a preposition before the phrase makes it no victim ("by a sniper", "according to a resident")
_NOT_SUBJECT_BEFORE = {"by", "with", "from", "to", "for", "against", "of", "than", "like", "according", "about",
                       "told", "said", "says", "says", "quoted", "via", "behind", "whom"}
_SUBSET_LEFT = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|among\s+the\s+(?:dead|victims|"
                          r"killed|wounded|injured)|(?:dead|victims|wounded|injured)\s+(?:had\s+)?includ(?:ed|e|es))\b"
                          r"[^;.]{0,40}$")
_AUX = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,.;()]{1,60},\s*)?"
                  r"(?:(?:was|were|is|are|has|have|had|been|being|be|later|also|reportedly|allegedly|"
                  r"subsequently|eventually|initially|now|both|all|confirmed|reported|believed|feared|known|"
                  r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|overnight|"
                  r"said|to|have|fatally|critically|seriously|severely|badly|lightly|slightly|mortally|"
                  r"(?:(?:shot|attacked|ambushed|abducted|kidnapped|captured|tortured|stabbed|beaten|hacked|"
                  r"burned|burnt|seized|taken|dragged|found|raped|robbed|assaulted)\s+and))\s+){0,5}")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|being|be|got)\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|en|t)\s+and\s+)?$")
# what may follow a bare participle when it is passive ("a soldier killed in the attack")
REDUCED_RELATIVE_NEXT = re.compile(r"\s*(?:$|[,.;:)\]]|(?:in|on|at|by|when|during|after|while|near|as|overnight|"
                                    r"yesterday|today|last|early|late|earlier|this|that)\b)", re.I)
_NOMINAL = frozenset({"hospital", "hospitals", "in hospital", "to hospital", "to hospitals", "in hospitals",
                      "intensive care", "bodies", "corpses", "lives", "fatalities", "fatality", "casualties", "deaths",
                      "injuries", "toll", "death toll", "trapped", "missing"})
_VERB_LIKE = frozenset({"killed", "wounded", "injured", "hurt", "shot", "executed", "murdered", "slain", "lynched",
                        "beheaded", "massacred", "slaughtered", "assassinated", "maimed", "kidnapped", "abducted",
                        "hospitalized", "hospitalised", "rescued", "gunned", "eliminated", "neutralised",
                        "neutralized", "liquidated"})
_NAMED = re.compile(r"(?:^|(?<=[a-z]\s))(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+"
                    r"(?:\s*\([^()]{1,40}\))?\s*,?"
                    r"(?:\s+[^,.;]{1,60},|\s+[a-z]+ed\s[^,.;]{1,50}?)?\s+(?:(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                    r"(shot\s+dead|shot\s+and\s+killed|killed|murdered|assassinated|stabbed\s+to\s+death|"
                    r"beaten\s+to\s+death|executed|lynched|gunned\s+down|found\s+dead|abducted|kidnapped)|(died|succumbed))\b")
_NOT_NAME = re.compile(r"\b(?:Army|Forces|Force|Ministry|Police|Council|Government|Command|Service|Guard|"
                       r"Brigade|Battalion|Front|Party|Movement|Group|Committee|Office|Agency|Republic|State|"
                       r"Oblast|Region|District|Province|County|City|Village|Street|Hospital|School)\b")
_KILLED_NAME = re.compile(r"\b(killed|killing|kills|shot\s+dead|wounded|wounding|injured|injuring)\s+"
                          r"((?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+),\s+(?:a|an|the)\s+([^,.;]{1,50})")
_KILLED_STEMS = ("kill", "shot", "wound", "injur")
_BOTH = re.compile(r"^(both(?:\s+of\s+them)?|the\s+couple)\b", re.I)


_NOUNS: dict = {}
_PLURALS = frozenset({"men", "women", "children", "people", "police", "personnel", "staff", "policemen",
                      "servicemen", "gunmen", "militiamen", "fishermen", "herdsmen", "tribesmen", "kids"})


def person_nouns(lex: Lexicon) -> frozenset:
    """Singular person nouns: the people lexicon's nouns and their singulars."""
    if id(lex) in _NOUNS:
        return _NOUNS[id(lex)]
    out = set()
    for noun in lex.people:
        if " " in noun:
            continue
        out.add(noun)
        out.add(singular(noun))
    out |= {"man", "woman", "child", "boy", "girl", "policeman", "policewoman", "serviceman", "servicewoman",
            "fisherman", "herdsman", "gunman", "militiaman", "tribesman", "clansman", "businessman",
            "businesswoman", "chairman", "spokesman", "person", "baby", "infant", "toddler", "teenager",
            "passer-by", "passerby", "bystander", "civilian", "resident", "soldier", "victim", "pensioner"}
    out -= {"others", "other", "people", "dead", "lives", "life", "body", "bodies", "casualties", "casualty",
            "members", "staff", "crew", "personnel", "elderly", "police", "family", "relatives"}
    _NOUNS[id(lex)] = _Persons(out)
    return _NOUNS[id(lex)]


class _Persons(frozenset):
    """Person nouns; any "-man"/"-men" word counts too ("councilman", "watchmen", "boatmen")."""

    def __contains__(self, word) -> bool:
        return frozenset.__contains__(self, word) or (
            len(word) > 5 and word.endswith(("man", "men")) and word not in _NOT_MAN)


_NOT_MAN = frozenset({"german", "human", "roman", "ottoman", "specimen", "abdomen", "regimen", "stamen", "yemen",
                      "germen", "cayman", "caiman", "hetman", "talisman", "walkman", "superman", "batman"})


def _plural(low: str) -> bool:
    """"soldiers", "police", and any "-men" ("guardsmen", "watchmen") count more than one."""
    return singular(low) != low or low in _PLURALS or (len(low) > 5 and low.endswith("men") and low not in _NOT_MAN)


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")


def _words(sentence: str):
    """(token, start, end) of every _TOKEN match: one split(), offsets as running sums."""
    parts = _TOKEN_SPLIT.split(sentence)
    bounds = list(accumulate(map(len, parts)))
    return list(zip(parts[1::2], bounds[0:-1:2], bounds[1::2]))


def _case_forms(words) -> str:
    return "|".join("".join(f"[{c}{c.upper()}]" for c in w) for w in sorted(words, key=len, reverse=True))


# a token that may open a victim's phrase ("a", "his", "her" ...) is a whole run of ASCII letters:
# without one, implicit_victims finds nothing (a gate, not a rule; spelled case by case, no re.I)
_OPENERS = frozenset(_DETS | _POSSESSIVE | _PRONOUNS)
_FIRST = itemgetter(0)
_OPENER = re.compile(r"(?<![A-Za-z])(?:%s)(?![A-Za-z'’-])" % _case_forms(_DETS | _POSSESSIVE | _PRONOUNS))


def _noun_phrase(toks, i: int, nouns: frozenset) -> Optional[int]:
    """Index of the person noun ending the phrase that starts at token ``i`` (a determiner or a
    possessive), past up to three modifiers; None if it is no person's phrase."""
    mods = 0
    for j in range(i + 1, min(len(toks), i + 6)):
        w = toks[j][0]
        low = w.lower()
        if low in nouns and not (j + 1 < len(toks) and toks[j + 1][0].lower() in nouns):
            # one person: "a resident", "his son"; "its residents", "his colleagues" count none
            return j if not _plural(low) else None
        if not w[0].isalnum() and w not in ("-",) or low in _BREAK or mods >= 3:
            return None
        if w[0].isdigit() and not re.match(r"\d+-", w) and not (
                j + 1 < len(toks) and toks[j + 1][0].lower() in ("year", "years", "month", "months")):
            return None     # "a 10 year old child" is one child
        mods += 1
    return None


def _chain(sentence: str, toks, j: int, nouns: frozenset) -> tuple[int, int, int]:
    """Extend a person's phrase over coordinated ones ("a mother and a child", "him and his
    son", "a woman and two children"): (persons counted, index of the last token, number of
    coordinated numeral phrases skipped)."""
    count, last, numeral = 1, j, 0
    k = j + 1
    closed = False      # "A, B and C" ends with its "and": ", a councilor was wounded" is another clause
    while k + 1 < len(toks):
        w = toks[k][0].lower()
        if w == "," and k + 2 < len(toks) and toks[k + 1][0].lower() == "and":
            k += 1
            w = "and"
        if w not in ("and", ",") or w == "," and closed:
            break
        closed = closed or w == "and"
        nxt = toks[k + 1][0].lower()
        if nxt in _DETS or nxt in _POSSESSIVE:
            end = _noun_phrase(toks, k + 1, nouns)
            if end is None:
                break
            count, last, k = count + 1, end, end + 1
            continue
        if nxt[0].isdigit() or nxt in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"):
            # a numeral part: the numeral rules count it; the chain goes on past its noun
            for m in range(k + 2, min(len(toks), k + 6)):
                if toks[m][0].lower() in nouns or singular(toks[m][0].lower()) in nouns:
                    last, k, numeral = m, m + 1, numeral + 1
                    break
            else:
                break
            continue
        break
    if count > 1 and not closed:
        return 1, j, numeral    # "a Nyumba Kumi official, an unarmed watch officer, ...": one person, said twice
    return count, last, numeral


def _predicate(low: str, pos: int, lex: Lexicon) -> Optional[tuple[str, int]]:
    """(category, end) of a casualty predicate right after ``pos`` ("was killed", "died of",
    "is dead", "had been shot dead")."""
    m = _AUX.match(low, pos)
    start = m.end() if m else pos
    cm = lex.casualty_re.match(low, start)
    if cm is None:
        return None
    if not low[pos:start].strip() and cm.group(0) in _NOMINAL:
        return None         # "a doctor at the hospital told ...": a noun, no predicate
    cat, side = lex.casualty[cm.group(0)]
    if side not in ("after", "both") or cat in ("displaced", "evacuated") or cm.group(0).startswith("among"):
        return None         # "an official was among the dead" names one of a toll, it counts none
    if cm.group(0).split()[0] in _VERB_LIKE and re.search(r"\b(?:has|have|had)\s+$", low[:start]):
        return None         # "has killed": the subject killed, it was not killed
    word = cm.group(0)
    if word.split()[0] in _VERB_LIKE and not _PASSIVE_AUX.search(low[:start]):
        # a bare participle is passive only when no object follows ("a soldier killed in ...")
        if not REDUCED_RELATIVE_NEXT.match(low, cm.end()):
            return None
    return cat, cm.end()


_TO_DEATH_AFTER = re.compile(r"\s+to\s+death\b")
_VIOLENT_BEFORE = re.compile(r"\b(?:shot|shoot|shoots|stabbed|stab|stabs|beat|beats|beaten|hacked|hack|burned|burnt|"
                             r"stoned|clubbed|bludgeoned|macheted|tortured|strangled|trampled|lynched)\s+$")


def _killing_before(low: str, pos: int, lex: Lexicon) -> Optional[tuple[str, int]]:
    """(category, start) of a killing word that ends right before ``pos`` ("killing a child")."""
    left = low[max(0, pos - 40):pos].rstrip()
    base = pos - 40 if pos > 40 else 0
    best = None
    for m in lex.casualty_re.finditer(left):
        if m.end() == len(left):
            cat, side = lex.casualty[m.group(0)]
            if side in ("before", "both") and cat not in ("displaced", "evacuated") and m.group(0) not in OF_PEOPLE_ONLY:
                best = (cat, base + m.start())      # ("destroyed a Russian vehicle": a thing, not one person)
    return best


_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
                      "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())


def implicit_victims(sentence: str, offset: int, lex: Optional[Lexicon] = None,
                     taken: tuple[tuple[int, int], ...] = (), headline: bool = False) -> list[Figure]:
    """Figures of persons named one by one in one sentence; ``taken`` holds the absolute spans
    of figures already found (their persons are not counted again)."""
    lex = lex or load()
    low = sentence.lower()
    nouns = person_nouns(lex)
    opener = _OPENER.search(sentence) is not None
    # a short note or a sentence opening on a bare noun reads like a headline ("SLDF suspect
    # killed by police, several more arrested.", "Gunmen kill farmer in Mandera.")
    bare = headline or len(sentence) < 110
    toks = _words(sentence) if opener or bare else []
    out: list[Figure] = []
    used_until = -1

    def free(a: int, b: int) -> bool:
        return not any(a < y - offset and x - offset < b for x, y in taken)

    # only an opening word ("a", "his", "her" ...) starts a victim's phrase: the walk visits those
    for i in compress(range(len(toks)), map(_OPENERS.__contains__, map(str.lower, map(_FIRST, toks)))):
        w, s, e = toks[i]
        if s < used_until:
            continue
        lw = w.lower()
        j = None
        if lw in _DETS and i + 1 < len(toks) and toks[i + 1][0].lower() in _ORDINALS:
            continue    # "A seventh worker died in a hospital": the toll's seventh, not a count of one
        if lw in _DETS or lw in _POSSESSIVE and i > 0:
            j = _noun_phrase(toks, i, nouns)
        elif lw in _PRONOUNS and i > 0:
            j = i
        if j is None:
            continue
        count, last, numeral = _chain(sentence, toks, j, nouns)
        end = toks[last][2]
        if count > 1:
            used_until = max(used_until, end)   # a conjunct starts no chain of its own
        before = _killing_before(low, s, lex)
        prev = toks[i - 1][0].lower() if i else ""
        cat, ev0, ev1 = None, s, end
        to_death = _TO_DEATH_AFTER.match(low, end) if before is None else None
        verb = _VIOLENT_BEFORE.search(low[max(0, s - 30):s]) if to_death else None
        if before is not None:
            cat, ev0 = before[0], before[1]
        elif verb is not None:      # "shot a Jubo League activist to death", "beat a man to death"
            cat, ev0, ev1 = "killed", max(0, s - 30) + verb.start(), to_death.end()
        elif lw not in _PRONOUNS and lw not in _POSSESSIVE and prev not in _NOT_SUBJECT_BEFORE:
            for p in tail_positions(low, toks[last][2], nouns):
                pred = _predicate(low, p, lex)
                if pred is not None:
                    cat, ev1 = pred
                    break
        if cat is None or not free(s, toks[j][2]):
            continue
        num = Number(s, toks[j][2], sentence[s:toks[j][2]], count, in_words=True)
        subset = bool(_SUBSET_LEFT.search(low, max(0, s - 60), s))
        group = lex.people.get(toks[j][0].lower()) or lex.people.get(toks[j][0].lower() + "s") or "people"
        out.append(Figure("casualty", cat, num, offset + ev0, offset + ev1, "exact", group, subset=subset,
                          confidence=0.6, extra={"implicit": True}))
        used_until = toks[last][2]
    out += _bare_headline(sentence, offset, low, toks, nouns, lex, free) if headline or bare and not out else []
    out += _named_or_both(sentence, offset, lex, free)
    for f in out:
        if f.category == "injured" and _LATER_DIED.match(low, f.end - offset):
            f.category = "killed"   # "a 16-year-old girl wounded in the attack died on Thursday", "as wounded girl dies"
    if out and _TOLL_RAISED.search(low):
        # "A woman wounded in ... died in hospital on Tuesday, raising the death toll to four": one of the four
        # (not "One of them, a woman of 64, died there, bringing the toll to three": a part of the wounded who died)
        out = [f for f in out if f.category != "killed" or f.number.value != 1 or _PART_BEFORE.search(low, 0, f.start - offset)]
    return out


#: a part of a count named before a person ("One of them, a woman of 64, died"): a figure of its own
_PART_BEFORE = re.compile(r"\bof\s+(?:them|whom|those|the\s+[\w-]+)\s*,?\s*$")
#: a death told as what raised the toll: the one who died is in the toll told beside
_TOLL_RAISED = re.compile(r"\b(?:raising|bringing|taking|pushing|lifting)\s+(?:the\s+)?(?:overall\s+|official\s+)?"
                          r"(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|people\s+killed|fatalities))\b")


#: the wounded person counted died later in the same clause
_LATER_DIED = re.compile(r"(?:\s+(?!and\s+(?:a|an|the|his|her|their|its|one|two|three|four|five|\d)\b|but\b|while\b|who\b|when\b|was\b|were\b)[\w'’-]+){0,20}?\s+(?:later\s+)?(?:died|dies|succumbed|succumbs)\b")


def _bare_headline(sentence, offset, low, toks, nouns, lex, free) -> list[Figure]:
    """Headlines drop articles: "Grenade attack kills public works officer", "SLDF suspect
    killed by police"."""
    for k, (w, s, e) in enumerate(toks):
        if w.lower() not in nouns or k + 1 < len(toks) and toks[k + 1][0].lower() in nouns or \
                _plural(w.lower()) or k > 0 and toks[k - 1][0].isdigit():
            continue        # one person only: "Palestinians killed while waiting" counts none ("1 trader": counted)
        st = k
        while st > 0 and k - st < 3 and toks[st - 1][0][0].isalpha() and toks[st - 1][0].lower() not in _BREAK \
                and toks[st - 1][0].lower() not in _DETS | _POSSESSIVE:
            st -= 1
        if st > 0 and toks[st - 1][0].lower() in _DETS | _POSSESSIVE:
            continue
        before = _killing_before(low, toks[st][1], lex)
        if before is not None and low[:before[1]].rstrip().rsplit(" ", 1)[-1] in _DETS | _POSSESSIVE:
            continue        # "after a wounded soldier died": an adjective in a noun phrase, no bare headline
        pred = None if before is not None or st > 2 else _predicate(low, e, lex)
        if (before or pred) and free(toks[st][1], e):
            num = Number(toks[st][1], e, sentence[toks[st][1]:e], 1, in_words=True)
            a, b = (before[1], e) if before else (toks[st][1], pred[1])
            return [Figure("casualty", (before or pred)[0], num, offset + a, offset + b, "exact", "people",
                           confidence=0.5, extra={"implicit": True})]
    return []


#: "militants of the Pakistani Taliban had been killed": a group after an article, no named person
_NOT_A_NAME_BEFORE = frozenset({"the", "of", "a", "an"})


def _named_or_both(sentence, offset, lex, free) -> list[Figure]:
    """"Ibrahim Mwasi (alias Ruta) was shot dead" (1); "Both died when ..." (2)."""
    out = []
    # at the start, or after a title in lower case ("local leader Ramaji Badal was murdered")
    m = _NAMED.search(sentence)
    a = m.start() if m else 0
    if m and not _NOT_NAME.search(sentence, a, m.start(1) if m.group(1) else m.start(2)) and free(a, m.end()) \
            and (a == 0 or sentence[:a].split()[-1].lower() not in _NOT_SUBJECT_BEFORE | _NOT_A_NAME_BEFORE):
        verb = (m.group(1) or m.group(2)).lower()
        cat = "abducted" if verb in ("abducted", "kidnapped") else "killed"
        name_end = re.compile(r"(?:[A-Z][a-z'’-]+\s*)+").match(sentence, a).end()
        num = Number(a, name_end, sentence[a:name_end].strip(), 1, in_words=True)
        out.append(Figure("casualty", cat, num, offset + a, offset + m.end(), "exact", "people", confidence=0.5,
                          extra={"implicit": True}))
    # (_KILLED_NAME needs one of its verbs: looked for as plain substrings first)
    for k in _KILLED_NAME.finditer(sentence) if any(v in sentence for v in _KILLED_STEMS) else ():
        # "killed Serhiy Smolyak, a 56-year-old emergency medic": one named victim
        apposition = [w.lower() for w in re.findall(r"[A-Za-z-]+", k.group(3))]
        if any(w in person_nouns(lex) for w in apposition) and free(k.start(2), k.end(2)):
            cat = lex.casualty.get(k.group(1).lower(), ("killed",))[0]
            num = Number(k.start(2), k.end(2), k.group(2), 1, in_words=True)
            out.append(Figure("casualty", cat, num, offset + k.start(), offset + k.end(2), "exact", "people",
                              confidence=0.5, extra={"implicit": True}))
    b = _BOTH.match(sentence)
    if b:
        pred = _predicate(sentence.lower(), b.end(), lex)
        if pred is not None and free(0, pred[1]):
            num = Number(0, b.end(), b.group(0), 2, in_words=True)
            out.append(Figure("casualty", pred[0], num, offset, offset + pred[1], "exact", "people",
                              confidence=0.5, extra={"implicit": True}))
    return out


# ---- what may stand between a counted noun and its predicate ------------------------------
_PREPS = {"of", "from", "in", "at", "aboard", "inside", "near", "with", "belonging", "on", "linked", "loyal",
          "affiliated"}
_ADJ_ED = {"armed", "suspected", "proscribed", "unidentified", "alleged", "banned", "outlawed", "so-called",
           "unarmed", "uniformed", "masked", "wanted", "displaced", "detained", "retired", "named", "based",
           "linked", "affiliated", "backed", "allied", "self-styled", "disguised"}
_VERBISH = {"were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "will", "would", "who", "which",
            "that", "where", "when", "after", "before", "while", "as", "because", "since", "but", "said", "says",
            "told", "according", "if", "than", "and", "or", "to", "by"}
_NP_START = {"a", "an", "another", "his", "her", "their", "its", "the", "two", "three", "four", "five", "six",
             "seven", "eight", "nine", "ten", "one", "eleven", "twelve", "several", "some", "other", "others"}
_LOW_TOKEN = re.compile(r"\s*(\([^()]{0,60}\)|\d[\d,]*|[a-z][a-z'’-]*|[A-Z][\w'’.-]*|,)")
#: a noun in quotes: "twenty-two 'terrorists' were killed"
_QUOTED_TOKEN = re.compile(r"\s*['\"‘“]([a-z][a-z-]*)['\"’”]")


_ECHOED = re.compile(r"\(\d{1,6}\)")


def _np_end(low: str, q: int, nouns: frozenset) -> Optional[int]:
    """End of a person's phrase starting at ``q`` ("a driver", "three rebels", "foreign
    militants", "five volunteer fighters (VDP)"), or None."""
    k = 0
    while k < 7:
        m = _LOW_TOKEN.match(low, q) or _QUOTED_TOKEN.match(low, q)
        if m is None:
            return None
        t = m.group(1).lower()
        if k == 1 and _ECHOED.fullmatch(t):
            q = m.end()     # "eight (8) civilians": the number again in digits
            continue
        if t in _VERBISH or t == "," or t.startswith("(") or (t.endswith("ed") and t not in _ADJ_ED and k == 0):
            return None
        q, k = m.end(), k + 1
        if t in nouns or singular(t) in nouns or t[0].isupper() and t.endswith("s") and k > 1 or \
                k > 1 and t.endswith("s") and len(t) > 4 and t.isalpha() and singular(t) not in _NOT_PERSONS:
            for _ in range(2):          # "volunteer fighters", "school children"
                t2, a2 = _next_token(low, q)
                if t2 is None or not (t2 in nouns or singular(t2) in nouns):
                    break
                q = a2
            m2 = _LOW_TOKEN.match(low, q)
            if m2 is not None and m2.group(1).startswith("("):
                q = m2.end()
            return q
    return None


_NOT_PERSONS = frozenset("""house home building car vehicle truck tank shop school hospital animal cow goat sheep
camel horse dog weapon missile drone rocket shell bomb round munition launcher aircraft plane helicopter ship
boat structure facility site road bridge tree field crop hectare""".split())


_PARTICIPLE = re.compile(r"^[a-z]{3,}ing$")
#: -ing words that end a noun phrase's tail rather than extend it: casualty verbs and clause words
_NOT_PARTICIPLE = frozenset({"killing", "wounding", "injuring", "leaving", "including", "during", "according",
                             "following", "bringing", "raising", "taking", "making", "nothing", "something",
                             "anything", "everything", "morning", "evening", "building", "meeting", "shooting",
                             "bombing", "shelling", "fighting", "according"})
#: participles whose phrase goes on with "to": "belonging to", "linked to"
_TO_PREPS = {"belonging", "linked", "loyal", "affiliated", "allied", "close"}


def _names_go_on(low: str, q: int) -> bool:
    """After an "and" inside a phrase: does a name or a plain noun follow (not a number, a
    determiner of a new person, or a verb)?"""
    t, _ = _next_token(low, q)
    return t is not None and t[0].isalpha() and t not in _NP_START and t not in _VERBISH \
        and not (t.endswith("ed") and t not in _ADJ_ED)


def _next_token(low: str, q: int) -> tuple[Optional[str], int]:
    m = _LOW_TOKEN.match(low, q)
    return (m.group(1).lower(), m.end()) if m else (None, q)


#: an aside between dashes (at most 220 characters, no sentence end inside)
_DASH_ASIDE = re.compile(r"(?:\s*(?:—|–|--)\s|\s+-\s)[^.;!?—–]{1,220}?\s(?:—|–|--|-)(?=\s)")
_MAIN_AUX = frozenset({"are", "were", "is", "was", "remain", "remained", "remains", "have", "has", "had"})


def tail_positions(low: str, pos: int, nouns: frozenset, max_tokens: int = 24) -> list[int]:
    """Where a predicate may start after a counted noun that ends at ``pos``: right there, after
    an "of ..." phrase ("One member of al Shabaab is dead"), a parenthesis ("(KDF)"), persons
    coordinated or listed ("Four policemen and a driver were killed", "Three militants, five
    volunteer fighters, and two civilians were killed") or a list after "including"."""
    out = [pos]
    p, used = pos, 0
    while used < max_tokens:
        aside = _DASH_ASIDE.match(low, p)
        if aside:       # "Twelve of the injured — seven of whom were moved to Lviv, ... — were hospitalized"
            p = aside.end()
            out.append(p)
            used += 4
            continue
        tok, after = _next_token(low, p)
        if tok is None:
            break
        if tok.startswith("("):
            p = after
            out.append(p)
            continue
        if tok in _PREPS or _PARTICIPLE.match(tok) and tok not in _NOT_PARTICIPLE:
            # a phrase of up to eight words with no verb in it; "belonging to the ABC and XYZ",
            # "a man travelling aboard a motorbike was killed"
            q, k = after, 0
            t2, a2 = _next_token(low, q)
            if t2 == "to" and tok in _TO_PREPS:
                q = a2
            while k < 8:
                t2, a2 = _next_token(low, q)
                if t2 == "and" and k > 0 and _names_go_on(low, a2):
                    q = a2      # "the ABC and XYZ", "groups including the ABC and foreigners"
                    continue
                if t2 is None or t2 == "," or t2 in _VERBISH or t2.endswith("ed") and t2 not in _ADJ_ED:
                    break
                q, k = a2, k + 1
                out.append(q)
            if k == 0:
                break
            p, used = q, used + k + 1
            continue
        if tok in ("who", "that") and p == pos:
            # "Four herders who were driving cattle ... when the gunmen arrived are still missing": the
            # main verb after the relative clause (no comma, at most 20 words)
            q = after
            for _ in range(20):
                t2, a2 = _next_token(low, q)
                if t2 is None or t2 in (",", ";", ".", "and", "but"):
                    break
                if t2 in _MAIN_AUX and q > after:
                    out.append(q)
                q = a2
            break
        if tok in ("including", "among"):
            q = after
            if tok == "among":
                t2, q = _next_token(low, q)
                if t2 not in ("them", "whom", "those"):
                    break
            end = _np_end(low, q, nouns)
            if end is None:
                break
            p, used = end, used + 4
            # the list goes on: ", a teacher", "and four police officers"
            while True:
                t2, q = _next_token(low, p)
                if t2 == ",":
                    t3, q3 = _next_token(low, q)
                    q = q3 if t3 == "and" else q
                elif t2 != "and":
                    break
                end = _np_end(low, q, nouns)
                if end is None:
                    break
                p, used = end, used + 4
            out.append(p)
            t2, q = _next_token(low, p)
            if t2 == ",":
                p = q
                out.append(p)
            continue
        if tok == "," and _next_token(low, after)[0] in ("including", "among"):
            p = after       # "9 guards and 6 civilians, including a driver, were killed"
            continue
        if tok in ("and", ","):
            # coordinated or listed persons; a list ("A, B and C") counts only once its "and" comes
            q, pending, ok = p, [], False
            while True:
                t2, a2 = _next_token(low, q)
                if t2 == ",":
                    t3, a3 = _next_token(low, a2)
                    if t3 == "and":
                        if not pending:
                            break   # ", and twelve residents were pulled out": another clause
                        a2, t2 = a3, "and"
                elif t2 != "and":
                    break
                end = _np_end(low, a2, nouns)
                if end is None:
                    break
                q = end
                pending.append(q)
                if t2 == "and":
                    ok = True
                    break
            if not ok:
                break
            out += pending
            p, used = q, used + 4 * len(pending)
            continue
        break
    return out
