"""What a Ukrainian or Russian article says around its figures: phrase hits (subsets, sources,
scopes), which places are where things happened (locative), and sources with their claims."""
from __future__ import annotations

from typing import Optional

from ..claims import claimant
from .places import AREA_WORDS, GLUE

PREPS = frozenset("у в во на над по під под біля возле около поблизу неподалік поряд рядом".split())
ATTACK = frozenset("атакувати атаковать обстрілювати обстрілювати обстреливать обстрелять обстріляти "
                   "вдарити ударить бити бомбардувати бомбить скинути сбросить".split())
#: a list after these is where attacks came from ("з напрямків: Брянськ, Курськ", "с направлений: ...")
ORIGIN = frozenset("напрямок напрям направление сторона боку".split())
#: the shelling of a place: "обстріл Нікополя", "обстрелов ... Донецка"
SHELLING = frozenset("обстріл обстрел".split())
TO_HOSPITAL = frozenset("госпіталізувати госпитализировать доставити доставить лікарня больница "
                        "перевезти перевести потрапити шпиталь госпиталь".split())


def match_phrases(tokens, lex) -> list[tuple[int, int, str, Optional[str]]]:
    """(first token, last token, kind, value) of every phrase of ``phrases.csv`` in the text."""
    out = []
    n = len(tokens)
    covered = -1               # a word inside a longer phrase starts none of its own ("Генштаб ЗСУ")
    for t in tokens:
        if not t.word or t.i <= covered:
            continue
        for first in dict.fromkeys((t.low,) + t.lemmas):
            for words, kind, value in lex.phrases.get(first, ()):
                k, ok = t.i, True
                for w in words[1:]:
                    k += 1
                    if k >= n or not (tokens[k].low == w or w in tokens[k].lemmas):
                        ok = False
                        break
                if ok:
                    out.append((t.i, k, kind, value))
                    covered = k if len(words) > 1 else covered
                    break
            else:
                continue
            break
    return out


def _mark(text: str) -> bool:
    """An emoji or bullet ("🔴", "▪️", "•"): no word, no sentence punctuation."""
    return bool(text) and not any(c.isalnum() or c in ".!?:;,()\n\"'«»" for c in text)


_INSTRUMENTAL = ("ою", "ею", "єю", "ой", "ей")


def locative(tokens, p) -> bool:
    """Did things happen at this place ("у Києві", "над територією Брянської області", "по
    Харкову", "атакував Україну")? Not so for "штаб Бєлгородської області", "з Курської".
    Hospitals a victim was taken to are not where it happened ("госпіталізували в Брянськ")."""
    j = p.token - 1
    if j >= 0 and _mark(tokens[j].text):
        return True         # "🔴 Шебекино. Ночью ...": a post's item opens with its place
    described = False       # an adjective or a participle before the place ("Призначений Росією")
    while j >= 0 and (tokens[j].low in GLUE or tokens[j].low in ("-", "–") or
                      any(l in AREA_WORDS for l in tokens[j].lemmas) or tokens[j].pos0 in ("ADJF", "PRTF")):
        described = described or tokens[j].pos0 in ("PRTF", "ADJF")
        j -= 1
    if described and tokens[p.token].pos0 == "NOUN" and tokens[p.token].low.endswith(_INSTRUMENTAL) \
            and (j < 0 or tokens[j].low not in PREPS):
        return False        # "Призначений Росією «голова» Криму": by whom, not where
    if j < 0:
        return True
    if tokens[j].low in PREPS:
        before = tokens[max(0, j - 3):j]
        ends = [k for k, t in enumerate(before) if t.text in ".!?"]
        before = before[ends[-1] + 1:] if ends else before      # this sentence's words only
        return not any(l in TO_HOSPITAL for t in before for l in t.lemmas)
    if any(l in ATTACK for t in tokens[max(0, j - 3):j + 1] for l in t.lemmas):
        return True
    if any(l in SHELLING for t in tokens[max(0, j - 3):j + 1] for l in t.lemmas) and \
            not any(l in ORIGIN for l in tokens[j].lemmas):       # not "обстріл з боку Росії"
        return True
    if tokens[j].text == ":":
        # "з напрямків: Брянськ, Курськ": where the attack came from
        return not any(l in ORIGIN for t in tokens[max(0, j - 2):j] for l in t.lemmas)
    # the first word of a sentence or headline ("Белгород вновь подвергся обстрелу", "Харків, увага!")
    return tokens[j].text in (".", "!", "?", "\n") or tokens[j].text.isdigit()


def source_of(phrases, sent, fig_start, default: Optional[str]) -> Optional[str]:
    """The English name of who gives a figure: the sentence's source nearest to it when the
    sentence reports ("за даними ДСНС", "сообщили в Минобороны"), else the document's own."""
    lo, hi = sent.tokens[0].i, sent.tokens[-1].i if sent.tokens else -1
    hits = [(a, b, v) for a, b, k, v in phrases if k == "source" and lo <= a <= hi]
    cue = any(k == "cue" and lo <= a <= hi for a, b, k, v in phrases)
    if hits and not cue:
        # the source as the subject of what it did ("Повітряні сили збили 74 дрони") or as the
        # heading of what it says ("Генштаб ЗСУ: за добу ліквідовано ...")
        toks = {t.i: t for t in sent.tokens}
        hits = [h for h in hits if (h[1] + 1 in toks and toks[h[1] + 1].text == ":") or any(
            x[0] in ("role", "casualty") for k in (h[1] + 1, h[1] + 2) if k in toks for x in _terms(toks[k]))]
        cue = bool(hits)
    hits = [(a, v) for a, b, v in hits]
    if hits and cue:
        pos = {t.i: t.start for t in sent.tokens}
        return min(hits, key=lambda h: abs(pos[h[0]] - fig_start))[1]
    return default


def _terms(t):
    from .figures import terms_of
    from .lexicon import load
    return terms_of(t, load())


def claim(source: Optional[str], evidence: str, sentence: str) -> Optional[str]:
    """A party to the fighting claiming the figure (the English rule of ``extract.claims``
    applied to the source's English name: "Russia's defence ministry", "Ukraine's air force")."""
    return claimant(source, evidence, sentence)
