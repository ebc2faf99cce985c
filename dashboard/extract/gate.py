"""Is a text about armed conflict, or does it only borrow its words?"""
from __future__ import annotations

import re

# words of armed conflict that games, sport, farming and fires rarely use, and theirs
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_HARD_WORDS = frozenset("""missile shelling shelled airstrike artillery bombardment bombing bombed militant rebel
insurgent troop soldier servicemen invasion war ceasefire cease-fire frontline gunmen militia army military
civilian paramilitary explosive terrorist casualtie wounded killed injured rocket shell killing bomb blast
gunfire gunman jihadist insurgency massacre mortar grenade ambush ambushed drone bandit abducted abduction
abductor kidnapped kidnapping kidnapper hostage assailant homicide gendarme rifle knife stabbing stabbed rampage
rammed ramming arson arsonist knives stab firearm gunshot""".split())
_HARD_PAIRS = frozenset("""air strike|air raid|front line|air defence|air defense|suicide bomber|death toll|
drone strike|missile strike|air defences|air defenses|live ammunition|live fire|occupation forces|security forces|
armed forces|tear gas|rubber bullets|explosive device""".replace("\n", "").split("|"))
_PAIR_FIRST = frozenset(p.split()[0] for p in _HARD_PAIRS)   # a pair is looked up only after these
_NONWAR_WORDS = frozenset("""game games gaming gamer gamers match matches tournament season league player players
coach fans scored goal goals points championship final esports studio developer developers investor investors
funding startup start-up shares revenue company customers crops wildfire wildfires firefighters blaze
crash crashes accidents speeding motorists collision collisions pedestrians
flames locust locusts swarm swarms airsoft paintball concert festival trailer console""".split())


#: deaths of another cause named in the headline or lead
_OTHER_CAUSE = re.compile(r"\b(?:road|traffic|car|bus|plane|train|boat|ferry)\s+(?:crash|crashes|accidents?|collisions?)\b",
                          re.I)
SHORT = 3000      # characters: a short report

#: what a text's opening says happened when it is no war's: a disaster, a game, a launch, a parade, a
#: lecture, a crash or stampede, a drill, a course, a sentence ("A magnitude 5.8 earthquake struck ...,
#: killing 23", "claiming 7 victims before tea", "killed when the truck carrying them overturned")
_OTHER_STORY = re.compile(r"\b(?:earthquakes?|quakes?|aftershocks?|floods?|flooding|landslides?|mudslides?|cyclones?|"
                          r"hurricanes?|typhoons?|tornado(?:e?s)?|torrential|wildfires?|volcanic|eruptions?|tsunamis?|"
                          r"tropical\s+storms?|(?:snow|rain|dust|sand|thunder|winter|ice)\s*storms?|lightning|"
                          # a fuel station's fire, a drowning, a building that fell
                          r"(?:fuel|petrol|gas|filling)\s+station|gas\s+leak(?:ed|s|ing)?|drown(?:ed|ing|ings)?|"
                          r"swept\s+away|(?:building|house|roof|structure)s?\s+(?:under\s+construction\s+)?collapsed|"
                          r"avalanches?|heatwaves?|cosmodrome|space\s+station|spacecraft|wickets?|innings|bowled|"
                          r"batsm[ae]n|goalkeeper|military\s+parade|air\s+show|re-?enact\w*|lectures?|historians?|"
                          # a crash, a stampede, a drill, a course, a court's sentence
                          r"stampedes?|overturned|plunged|derail(?:ed|ment|ments)?|"
                          # a bull run, a river over its banks
                          r"encierro|bull[-\s]?runs?|bulls\s+(?:charged|ran|stampeded)|gored|burst\s+its\s+banks|floodwaters?|"
                          # an arms maker's results ("posts record quarter as European orders for howitzers pile up")
                          r"operating\s+profit|record\s+quarter|(?:first|second|third|fourth)[-\s]quarter\s+(?:profit|results|earnings)|"
                          r"quarterly\s+(?:results|earnings|profit)|regulatory\s+filing|(?:truck|bus|car|vehicle|road|traffic)\s+(?:crash|accident)s?|"
                          r"live-?fire\s+(?:exercises?|drills?)|graduated|sentenced|"
                          # a bridge or a mine that gave way
                          r"(?:suspension\s+)?bridge\s+collapsed|(?:mine|dam|footbridge)\s+"
                          r"collapsed?|collapse\s+of\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:bridge|mine|dam)|"
                          r"collapsed\s+(?:shaft|tunnel|pit)|shaft\s+caved\s+in|(?:open\s+)?pit\s+collapsed|"
                          # a bomb of a war long over, defused ("an aerial bomb from the Second World War")
                          r"(?:bomb|shell|ordnance)\s+from\s+(?:the\s+)?(?:second\s+world\s+war|world\s+war\s+(?:ii|two|2))|"
                          r"(?:second\s+world\s+war|world\s+war\s+(?:ii|two)|wwii)[-\s]+(?:era\s+)?(?:bomb|shell|ordnance)s?|"
                          # an epidemic, fireworks, a gas cylinder
                          r"cholera|epidemics?|fireworks?|pyrotechnic\w*|gas\s+(?:cylinders?|leaks?|canisters?|bottles?|"
                          r"explosions?)|boilers?|"
                          # an industrial accident ("A reactor exploded at a chemical plant ..., killing 7 workers")
                          r"reactors?\s+(?:exploded|blew\s+up)|chemical\s+(?:plant|factory)|industrial\s+(?:estate|accident))\b",
                          re.I)     # (not robbery: armed robbers' killings are political violence's kin, ACLED codes them)
#: ... unless it tells an attack too
_ATTACK_STORY = re.compile(r"\b(?:shell(?:ed|ing)|air\s*strikes?|airstrikes?|(?<!-)bomb(?:ed|ing|ings)|gunm[ae]n|militants?|"
                           r"attacked|shot\s+dead|opened\s+fire|gunfire|armed\s+men|"
                           r"insurgents?|jihadists?|rebels?|clashes|ambush\w*|terrorists?|killed\s+by|"
                           r"(?:missiles?|drones?|rockets?|shells?)\s+(?:hit|struck|slammed|landed)|"
                           # "launched a drone attack on a chemical plant", "11 drones were shot down"
                           r"(?:launched|carried\s+out|conducted|staged|mounted)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?"
                           r"(?:drone|missile|rocket|mortar|artillery|grenade|suicide|terrorist)\s+attacks?|"
                           r"(?:drones?|missiles?|rockets?)\s+(?:were\s+|was\s+)?(?:shot\s+down|downed|intercepted))\b", re.I)
#: a year before 1900 in the opening: history ("the Battle of Austerlitz, fought on 2 December 1805")
_HISTORY = re.compile(r"\b1[0-8]\d\d\b")
#: a topic whose words of war are no attack's, whatever else the text says: a story told on screen or in print
#: ("A drama about the siege of a village school, in which 11 hostages die ..., had its world premiere"), a
#: championship, a farm's spraying drones
_WAR_WORDS_AS_METAPHOR = re.compile(
    r"\b(?:world\s+premiere|premiered|film\s+festival|(?:drama|novel|play|thriller)\s+about|"
    r"(?:book|film|novel|theatre|theater|game)\s+review|(?:crime|debut|detective)\s+novel|"
    # a game's review: "Iron Meridian review: a drone war you fight from a kitchen table"
    r"review\s*:|(?:video|computer|board|strategy|mobile)\s+games?|game\s+(?:studio|developers?|designers?)|"
    r"studio['\u2019]s\s+(?:first|second|third|new|latest|next)\s+game|"
    # a hunt's accident: "A hunter was shot dead ... during a wild boar drive"
    r"hunting\s+(?:accident|party|trip)|(?:wild\s+)?boar\s+(?:drive|hunt)|"
    # an animal's attack: "A shark attacked swimmers off a hotel beach, killing a tourist"
    r"(?:sharks?|crocodiles?|alligators?|hippos?|hippopotamus|elephants?|leopards?|snakes?)\s+(?:attack(?:ed|s)?|mauled|"
    r"bit|trampled|killed))\b|"
    r"(?<!\w)(?:чемпионат|чемпіонат|соревновани|змаганн)\w*|"    # a championship ("чемпионат по гонкам дронов")
    r"(?<!\w)(?:обприскувач|опрыскивател)\w*", re.I)             # a farm's "war" on a pest with spraying drones


def other_story(text: str) -> bool:
    """Does the opening tell of something other than war (a disaster, sport, a launch, a parade, a
    lecture), with no attack told anywhere, of a battle before 1900, or of a film or a novel? Such a
    text gives no figures, however short."""
    head = text[:600]
    if _HISTORY.search(head) and _OTHER_STORY.search(head) or _WAR_WORDS_AS_METAPHOR.search(head):
        return True
    # (a word in scare quotes, a simile or a war long over tells no attack: miners who had "attacked" the old pit,
    # "as if the village had been bombed", a city "heavily bombed during the war")
    return _OTHER_STORY.search(head) is not None and _ATTACK_STORY.search(_NOT_TOLD.sub(" ", text)) is None


_NOT_TOLD = re.compile(r"[\"\u201c][\w -]{1,30}[\"\u201d]|\bas\s+(?:if|though)\b[^.;]{0,60}|"
                       r"\b(?:bombed|shelled)\s+(?:heavily\s+)?during\s+the\s+(?:(?:first|second)\s+world\s+|civil\s+)?war\b",
                       re.I)


def conflict_terms(text: str, words: list[str] | None = None) -> int:
    """How many distinct words of armed conflict the text holds (plurals folded); a token
    look-up, not a regex scan."""
    words = _WORD.findall(text.lower()) if words is None else words
    found = {r for w in set(words) if (r := w.rstrip("s")) in _HARD_WORDS or w in _HARD_WORDS}
    found |= {f"{a} {b}" for a, b in zip(words, words[1:]) if a in _PAIR_FIRST and f"{a} {b}" in _HARD_PAIRS}
    return len(found)


def looks_like_war(text: str) -> bool:
    """Is a long text about armed conflict, or does it only borrow its words (a game's
    "fired 12 three-pointers", a wildfire's "battle on three fronts", farm drones)?"""
    words = _WORD.findall(text.lower())
    hard = conflict_terms(text, words)
    other = len(_NONWAR_WORDS.intersection(words))
    if hard < 5 and _OTHER_CAUSE.search(text, 0, 400):
        return False    # "Road crashes killed 1,486 people last year ... a 'war on reckless driving'"
    # a short report with one war word and nothing of sport, business or fires ("Two bombs went
    # off at a market in Maiduguri ...") is war news too
    return hard >= 5 or (hard >= 3 and other <= hard) or (hard >= 2 and other == 0) or \
        (hard >= 1 and other == 0 and len(text) < SHORT) or \
        (hard >= 2 and other < hard and len(text) < SHORT)     # "bandits ... 15 wounded ... this rainy season"


#: an exercise or drill told in the words of an attack: "По легенде учений, ударный беспилотник «атаковал»
#: нефтебазу ... «пострадали» 14 условных работников", "the drill simulated a drone strike with 30 mock casualties"
_EXERCISE = re.compile(r"\b(?:exercises?|drills?|simulation|war\s+games?|trainees|(?:mine[- ]clearance|demining|"
                       r"first[- ]aid|training)\s+courses?|учени[яйе]|учение|тренировк\w*|"
                       r"навчанн\w*|тренуванн\w*)\b", re.I)
_SCENARIO = re.compile(r"\b(?:scenario|simulat\w*|mock|role[- ]play\w*|fictitious|notional|rehears\w*|make-up|"
                       r"decommissioned|designated\s+targets?|target\s+(?:ship|vessel|hulk)|"
                       r"pla(?:y|ys|yed|ying)\s+(?:casualties|victims|the\s+(?:wounded|dead|injured))|target\s+drones|"
                       r"fake\s+blood|for\s+training\s+purposes|"
                       r"легенд\w*|сценари\w*|сценарі\w*|условн\w*|умовн\w*)\b|"
                       # casualties in quotes: 'evacuated 120 "wounded" soldiers', '12 "dead" and 48 "injured"'
                       r"[\"\u201c](?:dead|wounded|injured|killed|casualties|victims)[\"\u201d]", re.I)


def is_exercise(text: str) -> bool:
    """Is the text an exercise or drill (named in its opening) played out on a scenario?"""
    return _EXERCISE.search(text[:600]) is not None and len(_SCENARIO.findall(text[:4000])) >= 2
