"""Casualty and weapon figures of one Ukrainian or Russian sentence.

A number counts what its head noun names (the first noun after it, past adjectives:
"12 людей", "11 балістичних ракет", "105 украинских беспилотных летательных аппаратов"); a
casualty count takes its category from the casualty words of its clause (a predicate first:
"загинули 12 людей", "Десятеро постраждалих госпіталізовано"); a number with no head noun
("ранены около 90", "42 - над территорией ...", "ещё не менее тридцати") takes the clause's
casualty word, else the figure it continues. "серед них", "в том числе", "з них" make a
subset. A count of anything else ("9 частных домов", "72 років", "13 локаціях") is no figure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .numbers import ABOUT_TENS, Num, find_numbers
from .tokens import analyzer

QUOTES = frozenset("«»\"“”„'")
LIST_GLUE = frozenset({",", "та", "і", "й", "и"})
CLAUSE_END = frozenset({",", ";", ":", "(", ")"})
GROWTH = frozenset("зросла зросло зріс зросли збільшилася збільшилось сягнула сягнуло досягла досягло "
                   "возросло выросло выросла вырос увеличилось увеличилась достигло достигла дошло".split())
AGAIN = frozenset({"ще", "ещё", "еще", "також", "также"})
FROM = frozenset({"з", "із", "зі", "из"})
THEM = frozenset({"них", "які", "которых", "яких"})


def clause_segments(toks) -> list[int]:
    """For each token, the number of its clause (clauses end at ``, ; : ( )``)."""
    seg, s = [], 0
    for t in toks:
        seg.append(s)
        if t.text in CLAUSE_END:
            s += 1
    return seg


@dataclass
class SlavicFigure:
    type: str
    category: str
    num: Num
    start: int
    end: int
    qualifier: str = "exact"
    group: Optional[str] = None
    subset: bool = False
    role: Optional[str] = None
    model: Optional[str] = None
    extra: dict = field(default_factory=dict)

    @property
    def count(self):
        return self.num.value


#: idioms of two words: "забрав життя п'ятьох" (killed), "доля двох ... невідома" (missing)
_TOOK = frozenset({"забрати", "забрать", "унести", "обірвати", "оборвать", "забирати", "забирать"})
_LIFE = frozenset({"життя", "жизнь"})
_FATE = frozenset({"доля", "судьба"})
_UNKNOWN = frozenset({"невідомий", "неизвестный", "невідомо", "неизвестно"})
#: who is still under the rubble ("під завалами можуть залишатися двоє", "двоих ищут под завалами"), not
#: whom rescuers found there
_UNDER = frozenset({"залишатися", "лишатися", "перебувати", "знаходитися", "шукати", "оставаться", "остаться",
                    "находиться", "искать", "разыскивать"})
_ESTABLISHED = frozenset({"встановити", "установить", "встановлювати", "устанавливать", "встановлено", "установлено"})


def _idiom_triggers(toks) -> list:
    out, took, fate = [], False, False
    for k, t in enumerate(toks):
        lem = set(t.lemmas) | {t.low}
        if lem & _LIFE and took:
            out.append((k, ("casualty", "killed", "verb")))
        if fate and (lem & _UNKNOWN or lem & _ESTABLISHED and k > 0 and toks[k - 1].low in ("не", "ні")):
            out.append((k, ("casualty", "missing", "verb")))   # "долю ... не встановлено"
        if t.low in ("під", "под") and k + 1 < len(toks) and "завал" in toks[k + 1].lemmas and \
                toks[k + 1].low.endswith(("ами", "ах")) and any(_UNDER & set(x.lemmas) for x in toks):
            out.append((k + 1, ("casualty", "missing", "verb")))   # "під завалами залишаються двоє"
        took = bool(lem & _TOOK) or (took and t.pos0 in ("ADVB", "PRCL"))
        fate = fate or bool(lem & _FATE)
    return out


def terms_of(t, lex) -> list:
    out = []
    for lemma in dict.fromkeys((t.low,) + t.lemmas):
        out.extend(lex.terms.get(lemma, ()))
    return out


def _model(t, nxt, lex):
    if nxt is not None and f"{t.low} {nxt.low}" in lex.models:
        return lex.models[f"{t.low} {nxt.low}"]
    return lex.models.get(t.low) or next((lex.models[l] for l in t.lemmas if l in lex.models), None)


def _head(toks, k, lex):
    """(kind, value, index of the head, modifier categories) after the number ending at k-1."""
    mods, j, steps = [], k, 0
    while j < len(toks) and steps < 7:
        t = toks[j]
        steps += 1
        if t.text in QUOTES:
            j += 1
            continue
        if t.low in LIST_GLUE and j + 1 < len(toks) and toks[j + 1].pos0 == "NUM":
            j += 2                                    # "4, 9 та 15 років": the last one's noun
            continue
        kinds = terms_of(t, lex)
        for kind in ("weapon", "casualty", "person"):
            hit = next((x for x in kinds if x[0] == kind and (kind != "casualty" or x[2] not in ("place", "person"))),
                       None)
            if hit:
                return kind, hit[1], j, mods
        mod = next((x for x in kinds if x[0] == "modifier"), None)
        if mod:
            mods.append(mod[1])
            j += 1
            continue
        model = _model(t, toks[j + 1] if j + 1 < len(toks) else None, lex)
        if model:
            return "weapon", model[0], j, mods        # "12 крылатых Х-101", "три «Кинжала»"
        if t.pos0 in ("ADJF", "PRTF", "NUMR") and t.word:
            j += 1
            continue
        if t.word and (t.pos0 in ("NOUN", "UNKN") or "LATN" in t.pos):
            return "other", None, j, mods
        break
    if mods and mods[-1].endswith("missile"):
        return "weapon", mods[-1], j - 1, mods       # "15 крылатых ракет и шесть баллистических."
    return None, None, j, mods


#: a multiple rocket launcher named in the sentence: its "ракети"/"снаряди" are rockets
_MLRS = ("залпов", "рсзо", "рсзв", "град", "ураган", "смерч", "himars")


def _item_before(toks, hj, reach: int = 12):
    """The tokens of a list item before its head (back to a semicolon or a comma that opens a count, at most
    ``reach``)."""
    start = max(0, hj - reach)
    for k in range(hj - 1, start - 1, -1):
        if toks[k].text == ";" or toks[k].text == "," and k + 1 < hj and (
                toks[k + 1].pos0 == "NUMR" or toks[k + 1].text[:1].isdigit()):
            return toks[k + 1:hj]   # ("11 реактивных снарядов HIMARS, две ракеты «Нептун-Д»": the next item's own)
    return toks[start:hj]


def _weapon_category(noun_cat, mods, toks, hj, lex):
    model = None
    for idx in range(hj, min(len(toks), hj + 5)):
        t = toks[idx]
        if idx > hj and (t.text in CLAUSE_END or t.pos0 == "NUM" or (t.low in LIST_GLUE and idx + 1 < len(toks)
                                                                     and toks[idx + 1].pos0 == "NUM")):
            break
        m = _model(t, toks[idx + 1] if idx + 1 < len(toks) else None, lex)
        if m:
            model = m
            break
    cat = noun_cat
    for m in mods:
        if m in ("ballistic_missile", "cruise_missile", "anti_aircraft_missile") and noun_cat == "missile":
            cat = m
        elif m == "rocket" and noun_cat in ("artillery", "missile"):
            cat = "rocket"
        elif m == "glide_bomb" and noun_cat in ("bomb", "glide_bomb"):
            cat = "glide_bomb"
    if model and (cat in ("missile", "bomb", "artillery") or cat == model[0]):
        cat = model[0]
    if cat in ("missile", "artillery") and not model and any(t.low.startswith(_MLRS) for t in _item_before(toks, hj)):
        cat = "rocket"      # "из реактивных систем залпового огня «Град», выпустив не менее шести ракет": rockets
    if cat == "bomb" and noun_cat == "bomb" and any(t.low.startswith(("авіа", "авиа")) for t in toks[hj:hj + 1]):
        cat = "glide_bomb"
    return cat, (model[1] if model else None)


#: a weapons table's header of pairs: "Засоби нападу | Запущено / збито", "Выпущено/сбито"
PAIR_HEADER = re.compile(r"(?:запущен|випущен|выпущен)\w*\s*/\s*(?:збит|сбит|знищен|уничтожен|подавлен)\w*", re.I)


def pair_row_figures(sent, text, lex, excluded) -> list[SlavicFigure]:
    """A row under a :data:`PAIR_HEADER`: "Ударні БпЛА типу «Шахед»  | 27 / 21" gives 27 drones
    launched and 21 shot down (the label's weapon, read as the figure rules read a head)."""
    toks = sent.tokens
    nums = find_numbers(toks, text, lex, excluded)
    if len(nums) != 2 or not any(t.text == "/" for t in toks[nums[0].j + 1:nums[1].i]):
        return []
    label = toks[:nums[0].i]
    first = next((k for k, t in enumerate(label) if t.word), None)
    if first is None:
        return []
    kind, cat, hj, mods = _head(label, first, lex)
    if kind != "weapon":
        return []
    cat, model = _weapon_category(cat, mods, label, hj, lex)
    return [SlavicFigure("weapon", cat, n, toks[n.i].start, toks[n.j].end, role=role, model=model)
            for n, role in zip(nums, ("launched", "shot_down")) if n.value]


def find_figures(sent, text, lex, phrases, excluded, last_cas=None, last_weapon=None, list_role=None,
                 list_qual=None):
    """Figures of one sentence; ``phrases`` are the (i, j, kind, value) phrase hits of the text.
    ``list_role``/``list_qual``: what the heading of a list ("... орієнтовно склали:") says of its lines."""
    toks = sent.tokens
    if not toks:
        return []
    base = toks[0].i
    local = lambda i: i - base  # noqa: E731
    seg = clause_segments(toks)
    nums = find_numbers(toks, text, lex, excluded)
    if not nums:
        return []
    heads = {n: _head(toks, n.j + 1, lex) for n in nums}
    of_total, range_high = _link_numbers(toks, nums, heads, lex)
    head_idx = {h[2] for h in heads.values() if h[0] == "casualty"}
    subsets = [(local(a), local(b), v) for a, b, kind, v in phrases if kind == "subset" and base <= a <= toks[-1].i]
    conditions = {seg[k] for k, t in enumerate(toks) if any(x[0] == "condition" for x in terms_of(t, lex))
                  and not (k + 1 < len(toks) and toks[k + 1].low == "на")}     # "станом на 09:00" is a time
    triggers = [(k, x) for k, t in enumerate(toks) for x in terms_of(t, lex) if x[0] == "casualty"
                and not (k and toks[k - 1].has(*KIN))]     # "рідним загиблих": the relatives of the dead
    triggers += _idiom_triggers(toks)
    hospital_segs = {seg[k] for k, x in triggers if x[1] == "hospitalized"}
    roles = [(k, x[1]) for k, t in enumerate(toks) for x in terms_of(t, lex) if x[0] == "role"]
    ctx = _Context(toks, seg, triggers, roles, head_idx, {seg[n.i] for n in nums}, last_cas, last_weapon,
                   sent.start)
    out: list[SlavicFigure] = []
    for n in nums:
        if n in range_high:
            continue                                  # "від 10 до 15": the low bound stands for it
        if n.i and toks[n.i - 1].has(*NUMBER_OF):
            continue                                  # "за номером 101": a telephone number
        kind, value, hj, mods = heads[n]
        if kind not in ("person", "casualty", "weapon") and any(t.low.rstrip(".") in STREETS for t in toks[max(0, n.i - 4):n.i]):
            continue                                  # "вул. Садова, 7 — приватний будинок": a house number
        qual, q0 = _qualifier(toks, n.i, lex)
        if qual == "exact" and n.word.endswith(" " + ABOUT_TENS):
            qual = "about"                            # "півтора десятка": some fifteen
        sub_before = next((x for x in subsets if 0 <= n.i - x[1] <= 3 and x[1] < n.i), None)
        sub_after = n.j + 2 < len(toks) and toks[n.j + 1].low in FROM and toks[n.j + 2].low in THEM
        if n.word in ("один", "одна", "оба", "обидва") and kind not in ("person", "casualty", "weapon") \
                and not (sub_after and n.word in ("один", "одна") and _one_of_them_counts(toks, n, seg, triggers, lex)) \
                and not (n.word in ("оба", "обидва") and any(x[1] == "hospitalized"
                                                              for k, x in triggers if seg[k] == seg[n.i])):
            continue    # (but "оба доставлены в районную больницу", "Обидва зараз у лікарні": the two in hospital)
        if kind == "other":
            if "drone" not in mods:
                continue
            kind, value = "weapon", "drone"
        subset = sub_before is not None or sub_after
        my_seg = seg[n.i]
        if my_seg in conditions and kind != "weapon" and my_seg not in hospital_segs:
            continue                      # "троє у важкому стані" restates a count; "госпіталізували у ..." not
        prev = out[-1] if out else None
        fig_type, cat, group, model = None, None, None, None
        if kind == "weapon":
            fig_type = "weapon"
            cat, model = _weapon_category(value, mods, toks, hj, lex)
        else:
            group = value if kind == "person" else None
            fig_type, cat, group = _casualty_category(ctx, n, kind, hj, group, subset, sub_before, prev)
            if cat is None:
                continue
        if n in of_total.get("low", ()):
            qual = "at_least"
        elif qual == "exact" and list_qual and sent.text.startswith(LIST_MARKS):
            qual = list_qual
        start = toks[q0].start
        end = toks[max(hj, n.j)].end if kind in ("person", "casualty", "weapon") else toks[n.j].end
        if end < len(text) and text[end] in "»”\"" and text[start:end].count("«") + text[start:end].count("“") > 0:
            end += 1                                  # 20 «Шахедами-136»: the closing quote too
        f = SlavicFigure(fig_type, cat, n, start, end, qual, group, subset and fig_type == "casualty",
                         model=model)
        if fig_type == "weapon":
            # "Із 70 ракет збито 48": the total the others are part of was launched
            of_from = n.i > 0 and toks[n.i - 1].low in FROM and kind == "weapon"
            f.role = "launched" if n in of_total["total"] or of_from else _role(roles, seg, n, list_role)
            if prev is not None and prev.type == "weapon" and kind is None:
                f.role = f.role or prev.role
            elif kind is None and last_weapon is not None and n.i == 0 and n.j + 1 < len(toks) \
                    and toks[n.j + 1].text in DASHES:
                f.role = last_weapon.role                   # a line of the heading's breakdown
        if group == "children" and fig_type == "casualty" and not subset and out and out[-1].type == "casualty":
            f.subset = True
        out.append(f)
    return out


#: what a list line may begin with ("👉 танків ‒ 9 723", "– 21 над ...", "• ...")
LIST_MARKS = ("–", "-", "—", "•", "‒", "👉", "▪", "🔹", "🔸", "*", "·")
DASHES = frozenset("‒–—-")
UNITS = frozenset({"од", "одиниця", "ед", "единица", "шт"})
#: words of an address before a house number
STREETS = frozenset({"вул", "вулиця", "вулиці", "ул", "улица", "улице", "просп", "проспект", "пров", "провулок",
                     "переулок", "пер", "бульв", "бульвар", "шосе", "шоссе", "буд", "будинок", "д", "дом", "кв"})
RANGE_FROM = frozenset({"від", "от"})
#: the kin of casualties are none ("психологи надали допомогу 47 особам, серед них рідним загиблих")
KIN = frozenset({"рідний", "рідне", "родич", "родственник", "сім'я", "семья", "близький", "близкий", "родина"})
#: a number named as such: "за номером 101", "по телефону 112"
NUMBER_OF = frozenset({"номер", "телефон"})
#: verbs of dying: "в лікарнях померли четверо поранених" counts the dead, not the injured
DIED = frozenset({"померти", "умереть", "скончаться"})


@dataclass
class _Context:
    toks: tuple
    seg: list
    triggers: list
    roles: list
    head_idx: set
    num_segs: set
    last_cas: object
    last_weapon: object
    sent_start: int


def _one_of_them_counts(toks, n, seg, triggers, lex) -> bool:
    """"одна з них – співробітниця ...", "один из них погиб": one of the victims named; "Одна з них
    влучила в будівлю": one of the weapons hit; not "одного из них переведут в Белгород" (what happens
    to one of them next)."""
    after = n.j + 3
    if after < len(toks) and any(x[0] == "role" for x in terms_of(toks[after], lex)):
        return True
    return (after < len(toks) and toks[after].text in DASHES) or any(seg[k] == seg[n.i] for k, _ in triggers)


def _link_numbers(toks, nums, heads, lex):
    """Numbers that read together: "74 з 103 дронів" (the first counts the second's noun: shot
    down of launched), "від 10 до 15 КАБів" (a range: its low bound, at least), and a list line
    "БпЛА ‒ 22 995 (+79) од" (the number counts the noun before the dash).
    Returns ({"total": totals, "low": low bounds}, high bounds to drop)."""
    of_total, low, high = set(), set(), set()
    for a, n in enumerate(nums[:-1]):
        m = nums[a + 1]
        if m.i == n.j + 2 and toks[n.j + 1].low in FROM and heads[n][0] is None:
            heads[n] = heads[m]
            of_total.add(m)
        elif m.i == n.j + 2 and toks[n.j + 1].low == "до" and n.i > 0 and toks[n.i - 1].low in RANGE_FROM \
                and heads[n][0] in (None, "other") and heads[m][0] not in (None, "other"):
            heads[n] = heads[m]
            low.add(n)
            high.add(m)
        elif m.i == n.j + 2 and toks[n.j + 1].low == "до" and n.i > 0 and toks[n.i - 1].low in RANGE_FROM \
                and heads[n][0] is None and heads[m][0] == "other":
            heads[n] = heads[m]     # "от 200 до 400 тысяч рублей": both bounds are money
    for n in nums:
        kind, _, hj, _ = heads[n]
        if kind is None or (kind == "other" and toks[hj].low in UNITS):
            line = _list_line_head(toks, n, lex)
            if line is not None:
                heads[n] = line
    return {"total": of_total, "low": low}, high


def _list_line_head(toks, n, lex):
    """"👉 БпЛА оперативно-тактичного рівня ‒ 22 995 (+79) од": the noun before the dash."""
    k = n.i - 1
    while k >= 0 and toks[k].word and lex.qualifiers.get((toks[k].low,)):
        k -= 1                                        # "‒ близько 818 950"
    if k < 1 or toks[k].text not in DASHES:
        return None
    first = next((i for i in range(k) if toks[i].word), None)
    if first is None:
        return None
    head = _head(toks[:k], first, lex)
    return head if head[0] == "weapon" else None


def _casualty_category(ctx, n, kind, hj, group, subset, sub_before, prev):
    """(figure type, category, group) of a count that is not a weapon's, or a None category."""
    toks, seg, triggers, my_seg = ctx.toks, ctx.seg, ctx.triggers, ctx.seg[n.i]
    fig_type, cat = None, None
    cands = [(k, x) for k, x in triggers if seg[k] == my_seg and k not in ctx.head_idx - {hj}
             and not (n.i <= k <= n.j) and (x[2] != "person" or kind == "person")]
    if kind != "casualty" and any(_BODIES.intersection(toks[i].lemmas) for i in range(max(0, n.i - 2), n.i)):
        return "casualty", "killed", group    # "достали из-под завалов тела еще троих человек": the dead
    if kind == "casualty":
        cat = next(x[1] for k, x in triggers if k == hj)
        if cat == "injured" and (any(x[1] == "hospitalized" and x[2] == "verb" for _, x in cands)
                                 or _cared_for(ctx, n, hj, cands)):
            cat = "hospitalized"
        if cat in ("injured", "hospitalized") and any(toks[k].has(*DIED) for k, _ in cands):
            cat = "killed"
        if cat == "injured" and (_stays_in_hospital(ctx, n) or _in_hospital_after(ctx, hj)):
            cat = "hospitalized"        # "В больницах остаются 11 пострадавших", "Четверо постраждалих у лікарні"
        return "casualty", cat, group
    got = n.j + 1 < len(toks) and RECEIVED.intersection(toks[n.j + 1].lemmas)
    # "20 погибли и 15 получили ранения": what the 15 received, not the verb before them
    cat = next((x[1] for k, x in cands if got and n.j + 2 <= k <= n.j + 3), None) or _nearest_trigger(cands, n)
    if cat is None and sub_before is not None and sub_before[2]:
        cat = sub_before[2]
    if cat is None and subset and prev is not None and prev.type == "casualty":
        cat = prev.category          # "17 отримали поранення, серед них двоє дітей"
    if cat is None and kind is None and prev is not None:
        fig_type, cat, group = prev.type, prev.category, prev.group
    last_cas, last_weapon = ctx.last_cas, ctx.last_weapon
    if cat is None and kind is None and subset and (last_weapon or last_cas):
        # "знищили 14 з них": the count it is part of, the latest of the two
        p = max((x for x in (last_cas, last_weapon) if x is not None), key=lambda x: x.start)
        fig_type, cat = p.type, p.category
    if cat is None:
        # a casualty word of another clause: for a count of people only where no number
        # of its own clause takes it ("300 рятувальників працювали там, де загинули 5 людей")
        near = [(k, x) for k, x in triggers if abs(k - n.i) <= 14 and x[2] not in ("place", "person")
                and (kind is None or seg[k] not in ctx.num_segs)]
        cat = _nearest_trigger(near, n)
    if cat is None and subset and last_cas is not None:
        cat = last_cas.category
    if cat is None and kind is None and ctx.roles and not triggers and last_weapon is not None \
            and ctx.sent_start - last_weapon.end < 300:
        fig_type, cat = "weapon", last_weapon.category    # "Сбить удалось 30." after "38 ракет"
    if cat is None and kind is None and n.i == 0 and n.j + 1 < len(toks) and toks[n.j + 1].text in DASHES \
            and not triggers and last_weapon is not None and ctx.sent_start - last_weapon.end < 400:
        fig_type, cat = "weapon", last_weapon.category    # "уничтожены 61 БПЛА:\n24 — над ... областью,"
    if cat == "injured" and (_stays_in_hospital(ctx, n) or _clause_in_care(ctx, n)):
        cat = "hospitalized"        # "В больницах остаются 11 пострадавших", "продолжают лечение 9 человек, пострадавших"
    return fig_type or "casualty", cat, group


_BODIES = frozenset({"тело", "тіло"})
_BROUGHT = frozenset({"доставить", "доставлять", "доставити", "доставляти"})
_TREATMENT = frozenset({"лечение", "лікування"})
_GO_ON = frozenset({"продолжать", "продолжить", "продовжувати", "проходить", "проходити"})


def _cared_for(ctx, n, hj, cands) -> bool:
    """"П’ятеро постраждалих госпіталізовані", "тридцати раненых доставлены в больницы", "продолжают
    лечение 11 пострадавших": the wounded counted are in hospital (no other count between)."""
    toks = ctx.toks
    if any(x[1] == "hospitalized" and x[2] == "noun" and k > hj and
           not any(t.pos0 == "NUMR" or t.text[:1].isdigit() for t in toks[hj + 1:k]) for k, x in cands):
        return True
    return _clause_in_care(ctx, n)


_STAY = frozenset({"остаться", "оставаться", "залишатися", "залишитися", "перебувати", "находиться", "лишатися",
                   "зараз", "наразі", "досі", "нині", "сейчас", "ныне"})     # ("Троє постраждалих зараз у лікарні")


def _stays_in_hospital(ctx, n) -> bool:
    """A count of the wounded in a clause that says they stay in hospital."""
    seg, toks = ctx.seg, ctx.toks
    here = [k for k in range(len(toks)) if seg[k] == seg[n.i]]
    stay = any(set(toks[k].lemmas) & _STAY for k in here)
    hosp = any(x[1] == "hospitalized" and x[2] == "place" for k, x in ctx.triggers if seg[k] == seg[n.i])
    return stay and hosp


def _in_hospital_after(ctx, hj) -> bool:
    """"Четверо постраждалих у лікарні": "in hospital" right after the counted noun."""
    toks = ctx.toks
    return any(x[1] == "hospitalized" and x[2] == "place" and hj + 2 <= k <= hj + 3
               and toks[k - 1].low in ("у", "в", "во") for k, x in ctx.triggers)


def _clause_in_care(ctx, n) -> bool:
    """"продолжают лечение 9 человек, пострадавших при атаке", "Двух человек с осколочными ранениями
    доставили в Республиканскую больницу": the clause's people are treated in hospital."""
    seg, toks = ctx.seg, ctx.toks
    here = [k for k in range(len(toks)) if seg[k] == seg[n.i]]
    lemmas = set().union(*(toks[k].lemmas for k in here)) if here else set()
    hosp = any(x[1] == "hospitalized" and x[2] == "place" for k, x in ctx.triggers if seg[k] == seg[n.i])
    return bool(lemmas & _TREATMENT and lemmas & _GO_ON or lemmas & _BROUGHT and hosp)


def _nearest_trigger(cands, n):
    if not cands:
        return None
    verbs = [c for c in cands if c[1][2] in ("verb", "person")] or [c for c in cands if c[1][2] != "place"] or cands
    k, x = min(verbs, key=lambda c: min(abs(c[0] - n.i), abs(c[0] - n.j)))
    return x[1]


def _qualifier(toks, i, lex):
    """(qualifier, index of its first token) of the number starting at token i."""
    for size in (3, 2, 1):
        a = i - size
        if a < 0:
            continue
        words = tuple(t.low for t in toks[a:i])
        q = lex.qualifiers.get(words)
        if q:
            if q == "up_to" and a > 0 and toks[a - 1].low in GROWTH:
                return "exact", i
            return q, a
    return "exact", i


def _role(roles, seg, n, list_role):
    same = [(k, r) for k, r in roles if seg[k] == seg[n.i]]
    pool = same or roles
    if pool:
        return min(pool, key=lambda kr: abs(kr[0] - n.i))[1]
    return list_role or "launched"


#: a negation before the predicate: "ніхто не загинув", "никто не пострадал", "жоден ... не"
NEGATION = frozenset({"не", "ні", "ни", "ніхто", "никто", "жоден", "жодна", "жодного"})
#: cases a lone victim stands in: the subject ("загинула жінка") or the object of an impersonal
#: predicate ("поранено чоловіка", "госпіталізували дитину")
VICTIM_CASES = frozenset({"nomn", "accs"})
#: a dash or colon after a count: the persons named next are who the count was
BREAKDOWN = frozenset("–—-:")
#: "отримав поранення", "получила травмы": the noun after them is the casualty word
RECEIVED = frozenset({"отримати", "получить", "зазнати", "дістати"})


def single_victims(sent, lex, lang, phrases, figs) -> list[SlavicFigure]:
    """One person hurt without a numeral: "загинула 68-річна жінка", "поранено чоловіка",
    "погиб мужчина", "госпитализирован ребёнок" (count 1, the casualty word of its clause).
    A person a figure already counts ("двох чоловіків") and a negated predicate give none;
    after "серед них"/"в том числе" the person is a subset of the count before."""
    toks = sent.tokens
    if not toks:
        return []
    base = toks[0].i
    seg = clause_segments(toks)
    taken = [(f.start, f.end) for f in figs]
    subsets = [b - base for a, b, kind, _ in phrases if kind == "subset" and base <= a <= toks[-1].i]
    out: list[SlavicFigure] = []
    used: set = set()
    for k, t in enumerate(toks):
        groups = [x[1] for x in terms_of(t, lex) if x[0] == "person"]
        if not groups or any(a <= t.start < b for a, b in taken) or not _lone(lang, t.low):
            continue
        if any(toks[i].pos0 == "NUMR" or toks[i].text[:1].isdigit() for i in range(max(0, k - 2), k)):
            continue        # "убили не менее 31 мирного жителя": the noun of a count (31 takes the singular)
        if k > 1 and toks[k - 1].text in BREAKDOWN and any(
                0 <= toks[k - 2].end - f.end <= 25 for f in [*figs, *out] if f.type == "casualty"):
            continue        # "погибли двое жителей – мужчина и женщина": who the count was, not more
        trig = None
        for j in range(max(0, k - 5), min(len(toks), k + 4)):   # "загинула 68-річна жінка"
            if j == k or seg[j] != seg[k]:
                continue
            hit = next((x for x in terms_of(toks[j], lex) if x[0] == "casualty" and (
                x[2] == "verb" or j and RECEIVED.intersection(toks[j - 1].lemmas))), None)
            if hit and not (j and toks[j - 1].low in NEGATION):
                trig = (j, hit[1])
                break
        if trig is None and k > 1 and toks[k - 1].low in LIST_GLUE:
            # "погибли двое мужчин и женщина": one more of the count before
            prev = next((f for f in figs if f.type == "casualty" and f.end == toks[k - 2].end), None)
            trig = (k - 2, prev.category) if prev is not None else None
        if trig is None or any(toks[i].low in NEGATION for i in range(max(0, k - 3), k)):
            continue
        j = trig[0]
        if j in used:
            continue        # "Ранен мирный житель": one person, however many words name them
        used.add(j)
        lo, hi = min(j, k), max(j, k)
        subset = any(0 <= k - b <= 3 for b in subsets) and bool(figs or out)
        out.append(SlavicFigure("casualty", trig[1], Num(k, k, 1, False, True, ""), toks[lo].start, toks[hi].end,
                                "exact", groups[0], subset))
    return out


@lru_cache(maxsize=20_000)
def _lone(lang: str, word: str) -> bool:
    """Whether a person noun's form is one person: singular, as a subject or an object."""
    parses = [p for p in analyzer(lang).parse(word) if p.tag.POS in ("NOUN", "ADJF") and p.tag.case in VICTIM_CASES]
    return bool(parses) and parses[0].tag.number != "plur"      # "чоловік": one man, or "п'ять чоловік"
