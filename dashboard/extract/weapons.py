"""Weapon counts: category and model from the lexicon, origin ("North Korean-made"), role
(launched, shot down, hit), and the single weapons news counts with "a" or "one"."""
from __future__ import annotations

import re
from typing import Optional

from .base import _STOP, _TOK, Figure
from .lexicon import Lexicon, load, singular
from .numbers import Number

_ROLE_SHOT = re.compile(r"\b(?:shot\s+down|intercept\w*|destroy\w*|downed|down\w*\s+|neutrali[sz]\w*|jammed|"
                        r"suppressed|repelled|brought\s+down|shooting\s+down|taken\s+down|eliminated)\b")
_ROLE_HIT = re.compile(r"\b(?:hit|struck|landed|fell|impact\w*|reached|exploded|detonated)\b")
_ROLE_LAUNCH = re.compile(r"\b(?:launch\w*|fir(?:ed|ing)|sent|used|deployed|attack\w*|target\w*|salvo|barrage|"
                          r"unleash\w*|comprised|including)\b")
# "France would deliver six Caesar howitzers": weapons given, not fired
_ROLE_SUPPLY = re.compile(r"\b(?:deliver\w*|suppl(?:y|ied|ying|ies)|provid\w*|pledg\w*|donat\w*|transfer\w*|"
                          r"package\s+(?:of|includ\w+)|ship(?:ped|ping)?\s+to|send\s+(?:ukraine|kyiv|israel)|"
                          r"(?:has|have|had)\s+(?:received|bought|ordered|acquired|purchased)|buy(?:ing)?|order(?:ed)?)\b")
_ORIGIN = re.compile(r"\b((?:north|south)\s+korean|iranian|russian|ukrainian|chinese|american|u\.s\.|us|british|"
                     r"french|german|israeli|turkish|soviet|belarusian|western)(?:[-\s]made|[-\s]built|[-\s]supplied|[-\s]designed|[-\s]produced)?\b")
_ORIGIN_COUNTRY = {"north korean": "North Korea", "south korean": "South Korea", "iranian": "Iran",
                   "russian": "Russia", "ukrainian": "Ukraine", "chinese": "China", "american": "United States",
                   "u.s.": "United States", "us": "United States", "british": "United Kingdom", "french": "France",
                   "german": "Germany", "israeli": "Israel", "turkish": "Turkey", "soviet": "Soviet Union",
                   "belarusian": "Belarus", "western": None}


def _weapon_term(tokens: list[str], lex: Lexicon) -> Optional[tuple[str, Optional[str], int]]:
    """(category, model, tokens used) of the weapon term ending at the last token; a model
    named among the modifiers ("two Iskander-M ballistic missiles") gives the model and
    refines a generic category."""
    low = [t.lower() for t in tokens]
    if not low:
        return None
    j = len(low) - 1
    cat = None
    for i in range(max(0, j - 3), j + 1):
        phrase = low[i:j] + [singular(low[j])]
        for cand in (" ".join(low[i:j + 1]), " ".join(phrase)):
            row = lex.weapons.get(cand)
            if row:
                cat = row
                break
        if cat:
            break
    model = None
    for k in range(len(low)):
        for cand in (low[k], singular(low[k]), " ".join(low[k:k + 2])):
            row = lex.weapons.get(cand)
            if row and row.model:
                model = row
                break
        if model:
            break
    if cat is None and model is None:
        return None
    category = cat.category if cat else model.category
    if model and category in ("missile", "bomb", "drone", "rocket") and model.category.endswith(category):
        category = model.category
    if model and cat and cat.category == "bomb" and model.category == "glide_bomb":
        category = "glide_bomb"
    return category, (model.model if model else (cat.model if cat else None)), j + 1


_DUAL_USE = {"drone", "rocket"}   # farm drones and space rockets exist: these need a military sentence
_MILITARY = re.compile(r"\b(?:attack\w*|strike|strikes|struck|raid\w*|bombard\w*|shell\w*|barrage|salvo|wave|"
                       r"launch\w*|fir(?:ed|ing)|shot|shoot\w*|intercept\w*|downed|destroy\w*|air\s+defen[cs]es?|"
                       r"air\s+force|military|army|forces|troops|targe?t\w*|hit|explod\w*|overnight|war|front|"
                       r"offensive|assault|killed|injured|wounded|jammed|neutrali[sz]ed|air-raid|alert|"
                       r"ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry|dropped|aircraft|warplanes?|jets|bombers?|"
                       r"helicopters?|shahed\w*|kamikaze|explosive\w*|air\s+raid|sirens?|enemy|hostile|"
                       # "three Katyusha rockets landed in the neighbourhood, killing a woman"
                       r"killing|kills|landed|fell|impact\w*|slammed|rained|katyushas?|qassams?|grads?|himars|militants?|"
                       r"rebels?|insurgents?|gunmen)\b", re.I)


def military_context(sentence: str) -> bool:
    """Weapon counts need a military sentence: '145 drones shipped to farmers' is none."""
    return bool(_MILITARY.search(sentence))


# another count between a weapon count and its clause's "shot down" takes the verb
_OTHER_COUNT = re.compile(r"(?:,|\bof\s+(?:which|them|those|these)\b)[^;]*?\b(?:\d[\d,.]*|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+dozen)\b", re.I)


def _weapon(n: Number, info: dict, sentence: str, offset: int, used: int, qual: str) -> Figure:
    words = " ".join(info.get("words", [])).lower()
    origin = None
    om = _ORIGIN.search(words)
    if om and (om.group(0).endswith(("made", "built", "supplied", "designed", "produced")) or om.group(1) != "us"):
        origin = _ORIGIN_COUNTRY.get(re.sub(r"\s+", " ", om.group(1)))
    w0 = max(0, n.start - 200)
    low = sentence[w0:n.end + used + 200].lower()      # a bounded window around the number
    a, b = n.start - w0, n.end + used - w0
    c0 = max(low.rfind(";", 0, a), low.rfind(":", 0, a)) + 1
    c1 = low.find(";", b)
    c1 = len(low) if c1 < 0 else c1
    before, after = low[max(c0, a - 120):a], low[b:c1]
    role = "launched"
    if _ROLE_SUPPLY.search(before[-80:]) and not _ROLE_SHOT.search(before[-80:] + after):
        return Figure("weapon", info["category"], n, offset + n.start, offset + n.end + used, qual,
                      role="supplied", model=info.get("model"), origin=origin, confidence=0.85)
    shot_after = _ROLE_SHOT.search(after)
    if shot_after and _OTHER_COUNT.search(after, 0, shot_after.start()):
        shot_after = None    # "70 missiles, 40 of which were shot down": the shoot-down is the 40's
    launch_after = _ROLE_LAUNCH.search(after)
    if shot_after and not (launch_after and launch_after.start() < shot_after.start()):
        role = "shot_down"
    elif _ROLE_SHOT.search(before[-80:]) and not _ROLE_LAUNCH.search(before[-80:]):
        role = "shot_down"
    elif _ROLE_HIT.search(after[:60]) and not _ROLE_LAUNCH.search(before[-60:]):
        role = "hit"
    return Figure("weapon", info["category"], n, offset + n.start, offset + n.end + used, qual,
                  role=role, model=info.get("model"), origin=origin, confidence=0.85)


_IMPACT_AFTER = re.compile(r"(?:\s+(?:[\w-]+\s+){0,2}?)?\s*(?:struck|hit|hits|slammed|crashed|landed|exploded|smashed|"
                           r"ploughed|plowed|tore|destroyed|damaged|dropped)\b", re.I)
# "a second missile hit", "a car bomb exploded": an ordinal or a device, no count of one
_NOT_ONE_OF_MANY = {"second", "third", "fourth", "fifth", "first", "last", "final", "further", "car", "truck",
                    "roadside", "suicide", "downed", "intercepted"}
_DET = re.compile(r"\b(an?|one|single)\s+", re.I)


def single_weapons(sentence: str, offset: int, lex: Optional[Lexicon] = None, checked: bool = False) -> list[Figure]:
    """'a North Korean-made missile', 'one Kinzhal': count 1 when the article says 'one', or
    names the weapon's origin. A bare 'a missile' stays uncounted (it is no figure)."""
    lex = lex or load()
    out = []
    if not _DET.search(sentence) or not checked and not lex.weapon_re.search(sentence.lower()):
        return out
    return _single_weapons(sentence, offset, lex)


def _single_weapons(sentence: str, offset: int, lex: Lexicon) -> list[Figure]:
    out = []
    for m in _DET.finditer(sentence):
        toks = list(_TOK.finditer(sentence, m.end(), min(len(sentence), m.end() + 80)))[:5]
        words, head = [], None
        for t in toks:
            w = t.group(0)
            if not w[0].isalnum() and w != "-":
                break
            if w.lower() in _STOP and w.lower() not in ("us",):
                break
            words.append(w)
            if singular(w) in lex.weapon_words or w.lower() in lex.weapon_words:
                head = t
                break
        if head is None:
            continue
        wt = _weapon_term(words, lex)
        if not wt:
            continue
        if re.match(r"\s*(?:strike|attack|alert|launch|salvo|barrage|threat|programme|program|defen[cs]e|system|unit)",
                    sentence[head.end():head.end() + 12], re.I):
            continue  # "a missile strike" is an event, not a count of missiles
        det = m.group(1).lower()
        mods = " ".join(words[:-1]).lower()
        impact = _IMPACT_AFTER.match(sentence, head.end()) if wt[0] != "artillery" and not (
            set(w.lower() for w in words) & _NOT_ONE_OF_MANY) else None
        om = _ORIGIN.search(mods)
        origin = _ORIGIN_COUNTRY.get(re.sub(r"\s+", " ", om.group(1))) if om else None
        made = bool(om and (re.search(r"made|built|supplied|produced|designed", mods)
                            or om.group(1) in ("north korean", "iranian")))
        if det not in ("one", "single") and not made and not impact:
            continue
        num = Number(m.start(1), m.end(1), m.group(1), 1, in_words=True)
        # "an Iskander-M ballistic missile struck the courtyard", "a Shahed hit a substation": one that hit
        out.append(Figure("weapon", wt[0], num, offset + m.start(), offset + (impact.end() if impact else head.end()),
                          "exact", model=wt[1], origin=origin, role="hit" if impact else "launched",
                          confidence=0.6, extra={"implicit_count": True} if det in ("a", "an") and not made else {}))
    return out


_RESPECTIVELY = re.compile(r"\b(?:respectively|відповідно|соответственно)\b", re.I)


def respectively(records: list) -> None:
    """"launched 146 drones and 11 missiles; shot down 128 and 9 respectively" (also "збито 128 і 9
    відповідно"): the counts before the word take, in order, the kinds of the counts told before them
    in the sentence (they had taken up the last one's kind)."""
    by_sentence: dict[int, list] = {}
    for r in records:
        if r.type == "weapon" and r.count is not None and _RESPECTIVELY.search(r.sentence):
            by_sentence.setdefault(r.sent_start, []).append(r)
    for recs in by_sentence.values():
        recs.sort(key=lambda r: r.start)
        word = _RESPECTIVELY.search(recs[0].sentence).start() + recs[0].sent_start
        before = [r for r in recs if r.start < word]
        k = len(before) // 2
        heads, tails = before[:k], before[k:]
        if k >= 2 and len(tails) == k and len({r.category for r in heads}) == k \
                and len({r.role for r in tails}) == 1 and tails[0].role != heads[0].role:
            for head, tail in zip(heads, tails):
                tail.category, tail.model = head.category, tail.model or head.model
