"""Generate any number of varied, realistic articles about attacks, for load tests.

``python -m dashboard.corpus --n 10000 --out DIR [--seed 7]`` writes ``DIR/NNNNN_city.txt``
(1.5-4 KB each: a dateline, a headline, casualty and weapon sentences in varied phrasing,
reactions and background; a few follow-ups have no dateline, so their date must be
inferred) with a ``.txt.json`` sidecar naming the outlet, and
``DIR/truth.jsonl`` saying which event each article tells. Several outlets tell the same
event differently: other wording, "at least" or exact figures, a later report with a
higher toll, a background paragraph recalling an earlier event. Seeded, so deterministic.
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

# city, country, who attacks it, weapons it is attacked with
THEATRES = {
    "UA": (["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv", "Sumy", "Poltava",
            "Chernihiv", "Mykolaiv", "Kherson", "Kryvyi Rih", "Vinnytsia", "Zhytomyr",
            "Ternopil", "Khmelnytskyi", "Kramatorsk", "Sloviansk", "Pokrovsk", "Uman", "Rivne",
            "Lutsk", "Cherkasy", "Kropyvnytskyi", "Izmail", "Bila Tserkva", "Konotop", "Nikopol"],
           "Russia", ["missile", "drone", "glide_bomb", "artillery"], "Ukraine's emergency services"),
    "RU": (["Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov-on-Don", "Taganrog", "Lipetsk"],
           "Ukraine", ["drone", "rocket"], "the regional governor"),
    "IL": (["Tel Aviv", "Haifa", "Beersheba", "Ashkelon", "Sderot"],
           "Iran", ["missile", "rocket", "drone"], "Magen David Adom"),
    "PS": (["Gaza", "Khan Younis", "Rafah", "Deir al-Balah", "Jabalia"],
           "Israel", ["air_strike", "artillery"], "the local health ministry"),
    "SD": (["El Fasher", "Omdurman", "Khartoum", "Nyala", "El Obeid", "Kadugli"],
           "the Rapid Support Forces", ["artillery", "drone"], "a local medical group"),
    "LB": (["Beirut", "Tyre", "Nabatieh", "Sidon", "Baalbek"],
           "Israel", ["air_strike", "drone"], "Lebanon's health ministry"),
    "YE": (["Sanaa", "Hodeidah", "Saada", "Taiz"],
           "US-led forces", ["air_strike", "missile"], "the Houthi-run health ministry"),
    "SY": (["Aleppo", "Idlib", "Homs", "Latakia"],
           "government forces", ["air_strike", "artillery", "drone"], "the civil defence"),
}
OUTLETS = ["Kyiv Independent", "Reuters", "Associated Press", "BBC News", "Al Jazeera",
           "The Guardian", "Agence France-Presse", "Ukrainska Pravda", "Deutsche Welle",
           "Euronews", "The New York Times", "Meduza", "Times of Israel", "Middle East Eye",
           "Radio Dabanga", "NPR"]
MODELS = {"missile": ["Iskander-M ballistic missiles", "Kh-101 cruise missiles", "Kalibr cruise missiles",
                      "ballistic missiles", "cruise missiles", "missiles"],
          "drone": ["Shahed drones", "attack drones", "Shahed-136 drones", "drones", "decoy drones"],
          "glide_bomb": ["guided aerial bombs", "KAB glide bombs"],
          "rocket": ["rockets", "Grad rockets"], "artillery": ["artillery shells", "shells"],
          "air_strike": ["air strikes", "strikes"]}
WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class Event:
    event_id: str
    day: date
    city: str
    country: str
    attacker: str
    authority: str
    weapons: dict          # kind -> count launched
    shot_down: int
    killed: int
    injured: int
    children: int


def make_event(rng: random.Random, i: int) -> Event:
    country = rng.choices(list(THEATRES), weights=[8, 2, 1, 2, 1, 1, 1, 1])[0]
    cities, attacker, kinds, authority = THEATRES[country]
    day = date(2022, 3, 1) + timedelta(days=rng.randrange(1340))
    chosen = rng.sample(kinds, k=rng.choice([1, 1, 2]))
    weapons = {k: rng.choice([1, 2, 3, 4, 6, 8, 10, 15, 20, 40, 70, 120, 145]) for k in chosen}
    drones = weapons.get("drone", 0) + weapons.get("missile", 0)
    killed = rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 9, 12, 14, 18, 23, 31, 35, 47, 60])
    return Event(f"E{i:06d}", day, rng.choice(cities), country, attacker, authority, weapons,
                 rng.randrange(drones + 1) if drones > 3 else 0, killed,
                 killed * rng.choice([0, 1, 2, 3]) + rng.randrange(5),
                 rng.randrange(killed // 3 + 1) if killed > 3 else 0)


def num(rng: random.Random, n: int) -> str:
    return WORDS[n] if n <= 12 and rng.random() < 0.5 else str(n)


def dateline(rng: random.Random, d: date, city: str, outlet: str) -> str:
    style = rng.randrange(6)
    if style == 0:
        return f"{d.month:02d}-{d.day:02d}-{d.year}, {rng.randrange(1, 12)}:{rng.randrange(60):02d} PM"
    if style == 1:
        return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == 2:
        agency = rng.choice(["Reuters", "AP", "AFP", "dpa"])   # wire datelines name the agency
        return f"{city.upper()}, {MONTHS[d.month - 1]} {d.day}, {d.year} ({agency}) -"
    if style == 3:
        return f"Published {d.day} {MONTHS[d.month - 1]} {d.year}, updated {rng.randrange(8, 23)}:{rng.randrange(60):02d}"
    if style == 4:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"By staff | {MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def when(rng: random.Random, ev: Event, pub: date) -> str:
    """How the article says when: relative to its own publication date."""
    delta = (pub - ev.day).days
    if delta == 0:
        return rng.choice(["overnight", "early on " + WEEKDAYS[ev.day.weekday()], "on " + WEEKDAYS[ev.day.weekday()]])
    if delta == 1:
        return rng.choice(["late on " + WEEKDAYS[ev.day.weekday()], "on " + WEEKDAYS[ev.day.weekday()]])
    return f"on {MONTHS[ev.day.month - 1]} {ev.day.day}"


def casualty_sentences(rng, ev: Event, killed: int, at_least: bool, authority: str) -> list[str]:
    q = "at least " if at_least else ""
    k, i = num(rng, killed), num(rng, ev.injured)
    if killed == 0:
        return [f"No deaths were reported, but {i} people were injured, {authority} said."]
    out = [rng.choice([
        f"The attack killed {q}{k} people and injured {i}, according to {authority}.",
        f"{q.capitalize()}{k} people were killed and {i} wounded, {authority} said.",
        f"{authority[0].upper() + authority[1:]} reported {q}{k} dead and {i} injured.",
        f"The death toll rose to {q}{k}, with {i} more people hurt, {authority} said on its Telegram channel.",
        f"{q.capitalize()}{k} civilians died and {i} others were taken to hospital.",
    ])]
    if ev.children and rng.random() < 0.5:
        out.append(f"{num(rng, ev.children).capitalize()} of the dead were children.")
    if rng.random() < 0.3:
        out.append("Rescuers were still searching the rubble for people who may be trapped.")
    return out


def weapon_sentences(rng, ev: Event) -> list[str]:
    out = []
    for kind, n in ev.weapons.items():
        label = rng.choice(MODELS[kind])
        if kind in ("air_strike", "artillery"):
            out.append(f"Witnesses counted {num(rng, n)} {label} on the area within an hour.")
            continue
        verb = rng.choice(["launched", "fired", "used"])
        out.append(rng.choice([
            f"{ev.attacker} {verb} {num(rng, n)} {label} in the attack, the air force said.",
            f"In total, {num(rng, n)} {label} were {verb} at {ev.city}, officials said.",
        ]))
    if ev.shot_down:
        out.append(rng.choice([f"Air defences shot down {num(rng, ev.shot_down)} of them.",
                               f"The military said {num(rng, ev.shot_down)} were intercepted."]))
    return out


FILLER = [
    "Video posted online showed smoke rising over residential blocks and firefighters at work.",
    "Residents described windows shattered by the blasts and cars burning in the streets.",
    "The city's mayor said several apartment buildings and a school had been damaged.",
    "Power and water supplies were cut in parts of the city, the utility company said.",
    "Officials declared a day of mourning and urged residents to stay in shelters during alerts.",
    "Foreign governments condemned the attack and called for an independent investigation.",
    "The foreign ministry summoned diplomats over what it called a deliberate attack on civilians.",
    "Aid agencies said hospitals in the area were struggling to treat the wounded.",
    "Analysts said the strike fitted a pattern of attacks on energy and transport infrastructure.",
    "The other side denied targeting civilians and said it had struck military facilities.",
    "Emergency crews worked through the night to clear debris and reach the upper floors.",
    "Local volunteers organised blood donations and brought food to displaced families.",
    "{city} has been targeted repeatedly in recent months, and many residents now sleep in corridors.",
    "Schools in {city} switched to online lessons for the rest of the week.",
    "The regional administration opened temporary shelters for families whose homes were destroyed.",
    "Insurance and reconstruction officials began surveying the damage on the following morning.",
    "Railway services through {city} were delayed for several hours while tracks were inspected.",
    "A spokesperson for the United Nations said the organisation was \"deeply alarmed\" by the attack.",
    "\"We heard the first explosion and then the whole building shook,\" one resident of {city} told {outlet}.",
    "\"There is no military target here, only homes and shops,\" a local shop owner said.",
    "\"Our teams are working around the clock,\" a spokesperson for the rescue services said.",
    "{outlet} could not independently verify the figures given by either side.",
    "The strike came as diplomats met abroad to discuss a possible ceasefire.",
    "Doctors at the main hospital in {city} said several of the wounded were in a serious condition.",
]
KIND_LABEL = {"missile": "missile", "drone": "drone", "glide_bomb": "glide bomb", "rocket": "rocket",
              "artillery": "artillery", "air_strike": "air"}


def article(rng: random.Random, ev: Event, report: int,
            background: Event | None) -> tuple[str, str, date | None]:
    """One outlet's report of ``ev`` (publication date None when it has no dateline)."""
    outlet = rng.choice(OUTLETS)
    pub = ev.day + timedelta(days=min(report, 2) if rng.random() < 0.7 else 0)
    killed = ev.killed if report or rng.random() < 0.6 else max(0, ev.killed - rng.randrange(1, 4))
    at_least = rng.random() < 0.5
    kinds = " and ".join(KIND_LABEL[k] for k in ev.weapons)
    head = rng.choice([f"{ev.attacker} hits {ev.city} in {kinds} attack",
                       f"Deadly attack on {ev.city}: what we know",
                       f"{ev.city} hit in {kinds} attack, {killed} dead",
                       f"{ev.city} counts the cost after {kinds} strike"])
    lead = (f"{ev.attacker} attacked {ev.city} {when(rng, ev, pub)}, "
            f"in one of the heaviest assaults on the city in recent weeks.")
    body = casualty_sentences(rng, ev, killed, at_least, ev.authority) + weapon_sentences(rng, ev)
    rng.shuffle(body)
    paras = [dateline(rng, pub, ev.city, outlet), head, lead, " ".join(body)]
    if report and rng.random() < 0.08:
        # a background piece with no dateline (like seed 003): the day without the year
        paras = [head, f"{ev.attacker} attacked {ev.city} on {MONTHS[ev.day.month - 1]} "
                       f"{ev.day.day}, in one of the heaviest assaults on the city in recent weeks.",
                 " ".join(body)]
        pub = None
    if background is not None:
        b = background
        paras.append(rng.choice([
            f"It was the deadliest attack on the city since {MONTHS[b.day.month - 1]} "
            f"{b.day.year}, when {b.killed} people were killed.",
            f"In {MONTHS[b.day.month - 1]} {b.day.year}, a similar strike on {b.city} killed "
            f"{b.killed} people."]))
    fill = [f.format(city=ev.city, outlet=outlet) for f in FILLER]
    rng.shuffle(fill)
    text = "\n\n".join(paras)
    while fill and (len(text.encode()) < 1600 or (rng.random() < 0.7 and len(text.encode()) < 3300)):
        text += "\n\n" + " ".join(fill.pop() for _ in range(min(rng.choice([1, 2, 3]), len(fill))))
    return text, outlet, pub


def generate(n: int, out: str, seed: int = 7) -> int:
    """Write ``n`` articles to ``out``; returns how many events they tell."""
    rng = random.Random(seed)
    path = Path(out)
    path.mkdir(parents=True, exist_ok=True)
    written, events = 0, 0
    with open(path / "truth.jsonl", "w", encoding="utf-8") as truth:
        while written < n:
            ev = make_event(rng, events)
            events += 1
            background = None
            if rng.random() < 0.25:   # an earlier attack on the same city, recalled in passing
                past = make_event(rng, events)
                background = Event(f"B{events:06d}", ev.day - timedelta(days=rng.randrange(40, 400)),
                                   ev.city, ev.country, ev.attacker, ev.authority, {}, 0,
                                   max(2, past.killed), 0, 0)
            for report in range(min(rng.choice([1, 1, 2, 2, 3, 4]), n - written)):
                text, outlet, pub = article(rng, ev, report, background)
                name = f"{written:05d}_{ev.city.lower().replace(' ', '-')}.txt"
                (path / name).write_text(text, encoding="utf-8")
                (path / (name + ".json")).write_text(json.dumps({"source": outlet}), encoding="utf-8")
                truth.write(json.dumps({"doc": name, "event": ev.event_id, "date": ev.day.isoformat(),
                                        "city": ev.city, "killed": ev.killed,
                                        "background": background.event_id if background else None,
                                        "dated": pub is not None}) + "\n")
                written += 1
    return events


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m dashboard.corpus", description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=100, help="how many articles (default 100)")
    p.add_argument("--out", required=True, help="folder to write them to")
    p.add_argument("--seed", type=int, default=7, help="random seed (same seed, same corpus)")
    args = p.parse_args(argv)
    events = generate(args.n, args.out, args.seed)
    print(f"wrote {args.n} articles about {events} events to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
