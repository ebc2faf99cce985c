"""Casualty and weapon figures: the phrasing news uses, and what must give no figure."""
import pytest

from extract_helpers import figures, keys

C, W = "casualty", "weapon"

POSITIVE = [
    ("Of them, 21 were hospitalized and 6 received outpatient care for light injuries.",
     {(C, "hospitalized", 21, "exact"), (C, "injured", 6, "exact")}),
    ("According to the Border Service, the search continues for 1 (one) serviceman.", {(C, "missing", 1, "exact")}),
    ("Nine of the wounded were taken to the town's hospital and five, most of them with burns, were flown to "
     "San Cristobal.", {(C, "hospitalized", 9, "exact"), (C, "hospitalized", 5, "exact")}),
    ("Our staff have counted 23 people injured, 14 of whom are still receiving treatment in Mtwara.",
     {(C, "injured", 23, "exact"), (C, "hospitalized", 14, "exact")}),
    ("Residents counted more than 90 drones that night; the Defence Ministry says 63 were destroyed.",
     {(W, "drone", 90, "more_than"), (W, "drone", 63, "exact")}),
    ("The toll climbed from five on Friday to seven on Saturday, when a wounded civilian died in al-Arish, and to "
     "eight on Monday, when a truck driver died in hospital.",
     {(C, "killed", 5, "exact"), (C, "killed", 7, "exact"), (C, "killed", 8, "exact")}),
    ("RSF fighters launched 9 drones at El Fasher; air defences shot down 7 of them; one hit a market.",
     {(W, "drone", 9, "exact"), (W, "drone", 7, "exact"), (W, "drone", 1, "exact")}),
    ("Police killed 3 gunmen and one fled.", {(C, "killed", 3, "exact")}),
    ("The bodies of eight assailants were recovered, and two of them wore explosive belts.",
     {(C, "killed", 8, "exact")}),
    ("As a result of the attack, 08 (eight) persons lost their lives, including 02 (two) members of Bangladesh "
     "Police and 01 (one) member of Ansar-VDP.", {(C, "killed", 8, "exact"), (C, "killed", 2, "exact"),
                                                  (C, "killed", 1, "exact")}),
    ("A total of 21 (twenty-one) persons were injured, of whom 07 (seven) are still undergoing treatment.",
     {(C, "injured", 21, "exact"), (C, "hospitalized", 7, "exact")}),
    ("02 (two) children who were reported missing have been recovered safely by the Army.",
     {(C, "rescued", 2, "exact")}),
    ("Eleven persons lost the life, of which eight soldiers and three civilians.",
     {(C, "killed", 11, "exact"), (C, "killed", 8, "exact"), (C, "killed", 3, "exact")}),
    ("The wounded are in total nine persons, of which three remain hospitalized, one of them in grave state.",
     {(C, "injured", 9, "exact"), (C, "hospitalized", 3, "exact"), (C, "hospitalized", 1, "exact")}),
    ("The toll of the 19 April attack on the security post and the cattle market of the town climbed from 11 to 14.",
     {(C, "killed", 11, "exact"), (C, "killed", 14, "exact")}),
    ("The militants burned 3 trucks and took away weapons. Fatalities: 9.", {(C, "killed", 9, "exact")}),
    ("The army stated that 3 soldiers and twenty-two 'terrorists' were killed.",
     {(C, "killed", 3, "exact"), (C, "killed", 22, "exact")}),
    ("Clashes between the 444 Brigade and the SSA left 4 fighters from the 444 Brigade and 2 SSA fighters dead.",
     {(C, "killed", 4, "exact"), (C, "killed", 2, "exact")}),
    ("In the clash, 4 terrorists were killed and one person was arrested.",
     {(C, "killed", 4, "exact"), (C, "detained", 1, "exact")}),
    ("The bus was target of a suicide attack in which 27 persons reached to martyrdom.", {(C, "killed", 27, "exact")}),
    ("Monitors documented 10 people killed: seven members of the police and three civilians.",
     {(C, "killed", 10, "exact"), (C, "killed", 7, "exact"), (C, "killed", 3, "exact")}),
    ("Eight of the wounded were evacuated by air to the university hospital in Kara.",
     {(C, "hospitalized", 8, "exact")}),
    ("Three of the wounded were transferred the same morning to the Regional Hospital.",
     {(C, "hospitalized", 3, "exact")}),
    ("The toll rose from 15 to 16 on 6 July.", {(C, "killed", 15, "exact"), (C, "killed", 16, "exact")}),
    ("1 trader reported missing was later found alive; 2 remain missing.",
     {(C, "rescued", 1, "exact"), (C, "missing", 2, "exact")}),
    ("As a result of the attack, four (4) soldiers and eight (8) civilians lost their lives.",
     {(C, "killed", 4, "exact"), (C, "killed", 8, "exact")}),
    ("The two (2) boatmen who were still missing were found dead downstream.", {(C, "killed", 2, "exact")}),
    ("The wounded are seven persons, of which three continue interned in the hospital.",
     {(C, "injured", 7, "exact"), (C, "hospitalized", 3, "exact")}),
    ("Among the dead are 3 minors, two girls of 13 and 14 years and a boy of 15 years.",
     {(C, "killed", 3, "exact"), (C, "killed", 2, "exact")}),
    ("The population remembers the massacre of May 2021, where 16 persons lost the life.", {(C, "killed", 16, "exact")}),
    ("Of the four boatmen, 2 were found with life on Monday.", {(C, "rescued", 2, "exact")}),
    ("Two women injured in the strike died in hospital.", {(C, "killed", 2, "exact")}),
    ("Seven people, most of them women who ran a food stall, could not be accounted for.", {(C, "missing", 7, "exact")}),
    ("4 women abducted during the attack remain missing.", {(C, "missing", 4, "exact")}),
    ("Eleven patients are still admitted.", {(C, "hospitalized", 11, "exact")}),
    ("Four others are still being sought.", {(C, "missing", 4, "exact")}),
    ("Two residents who had been reported missing were found dead.", {(C, "killed", 2, "exact")}),
    ("Eleven fishermen who were on the lake when the attack began have not been heard from.",
     {(C, "missing", 11, "exact")}),
    ("Twelve people were injured; five of the injured had been airlifted to Nairobi.",
     {(C, "injured", 12, "exact"), (C, "hospitalized", 5, "exact")}),
    ("Three tourists were discharged.", {(C, "injured", 3, "exact")}),
    ("Car bomb kills at least 6, wounds more than 15 at market in Manbij on Monday",
     {(C, "killed", 6, "at_least"), (C, "injured", 15, "more_than")}),
    ("Junta airstrike on village kills 7 incl. 3 children on Sunday - local PDF",
     {(C, "killed", 7, "exact"), (C, "killed", 3, "exact")}),
    ("3 children were killed and 2 others injured; one child remains hospitalized in Ghazni city.",
     {(C, "killed", 3, "exact"), (C, "injured", 2, "exact"), (C, "hospitalized", 1, "exact")}),
    ("The strike resulted in 4 martyrs, including a child, and 12 wounded.",
     {(C, "killed", 4, "exact"), (C, "injured", 12, "exact")}),
    ("Ten people were killed. Seven of the dead were aged over 60.", {(C, "killed", 10, "exact"), (C, "killed", 7, "exact")}),
    ("Ten people were killed, said a neighbour, a retired civil servant of 64.", {(C, "killed", 10, "exact")}),
    ("Eight people were wounded, and three of them remain in Rafidia hospital.",
     {(C, "injured", 8, "exact"), (C, "hospitalized", 3, "exact")}),
    ("We heard two missiles, one after the other, said a man.", {(W, "missile", 2, "exact")}),
    ("Ten people were killed. The woman who died in hospital on Thursday was 71.", {(C, "killed", 10, "exact")}),
    ("Ten people were killed. The council asked donors for another 200 million.", {(C, "killed", 10, "exact")}),
    ("Seventeen patients were admitted, most of them with burn wounds.", {(C, "hospitalized", 17, "exact")}),
    ("Some 31 people were wounded, 11 of whom were flown to the capital by helicopter for surgery.",
     {(C, "injured", 31, "about"), (C, "hospitalized", 11, "exact")}),
    ("Local sources reported several bodies recovered. Fatalities coded as 3.", {(C, "killed", 3, "exact")}),
    ("Police returned fire and shot down 1 quadcopter.", {(W, "drone", 1, "exact")}),
    # casualties: digits, words, qualifiers
    ("At least 12 people were killed in the attack.", {(C, "killed", 12, "at_least")}),
    ("The strike killed at least twelve people.", {(C, "killed", 12, "at_least")}),
    ("More than 100 civilians have died, officials said.", {(C, "killed", 100, "more_than")}),
    ("Over 70 people were wounded.", {(C, "injured", 70, "more_than")}),
    ("Up to 85 servicemen were killed, the ministry claimed.", {(C, "killed", 85, "up_to")}),
    ("About 40 people were injured.", {(C, "injured", 40, "about")}),
    ("Nearly 300 residents were hurt in the blasts.", {(C, "injured", 300, "about")}),
    ("Some 1,200 people were killed in the siege.", {(C, "killed", 1200, "about")}),
    ("Twenty-one people died after the shelling.", {(C, "killed", 21, "exact")}),
    ("The attack killed 74 people and wounded 171.", {(C, "killed", 74, "exact"), (C, "injured", 171, "exact")}),
    ("A dozen people were hurt.", {(C, "injured", 12, "exact")}),
    ("Two dozen soldiers were killed overnight.", {(C, "killed", 24, "exact")}),
    ("The blast left 9 dead and 30 injured.", {(C, "killed", 9, "exact"), (C, "injured", 30, "exact")}),
    ("The strike, which killed at least 12 and injured 90 more, was the deadliest.",
     {(C, "killed", 12, "at_least"), (C, "injured", 90, "exact")}),
    ("At least 12 people were killed in the attacks, with 90 injured.",
     {(C, "killed", 12, "at_least"), (C, "injured", 90, "exact")}),
    ("Officials said 5 people were missing.", {(C, "missing", 5, "exact")}),
    ("Eight residents were still unaccounted for.", {(C, "missing", 8, "exact")}),
    ("Rescuers lost contact with at least 15 people.", {(C, "missing", 15, "at_least")}),
    ("Rescuers pulled seven people from the rubble.", {(C, "rescued", 7, "exact")}),
    ("Twelve residents were pulled out alive.", {(C, "rescued", 12, "exact")}),
    ("35 were being treated in hospitals.", {(C, "hospitalized", 35, "exact")}),
    ("Forty people were hospitalised with burns.", {(C, "hospitalized", 40, "exact")}),
    ("Six people were trapped under the debris.", {(C, "missing", 6, "exact")}),   # recorded as missing
    ("Authorities recorded more than 1,100 homicides in the state.", {(C, "killed", 1100, "more_than")}),
    ("Health officials counted fourteen bodies.", {(C, "killed", 14, "exact")}),
    ("The death toll rose to 23 on Friday.", {(C, "killed", 23, "exact")}),
    ("The toll has climbed to 51.", {(C, "killed", 51, "exact")}),
    ("Belgorod death toll climbs to 24 after shelling", {(C, "killed", 24, "exact")}),
    ("Glide bombs kill 13 in the city", {(C, "killed", 13, "exact")}),
    ("Kharkiv strike: 18 dead, five still missing", {(C, "killed", 18, "exact"), (C, "missing", 5, "exact")}),
    ("The governor put the toll at 14 dead and 108 injured.",
     {(C, "killed", 14, "exact"), (C, "injured", 108, "exact")}),
    ("The city-wide toll stood at 14 on Thursday morning and 19 in the afternoon.",
     {(C, "killed", 14, "exact"), (C, "killed", 19, "exact")}),
    ("Another 48 were wounded, and five people are still missing.",
     {(C, "injured", 48, "exact"), (C, "missing", 5, "exact")}),
    ("The war has claimed the lives of 3,000 civilians.", {(C, "killed", 3000, "exact")}),
    ("Nine aid workers were killed on Friday.", {(C, "killed", 9, "exact")}),
    ("Israel's military said at least nine of those killed were militants.", {(C, "killed", 9, "at_least")}),
    ("Six of the dead worked for the agency.", {(C, "killed", 6, "exact")}),
    # subsets
    ("Sixty-four people were injured, eight of them children.",
     {(C, "injured", 64, "exact"), (C, "injured", 8, "exact")}),
    ("The strike killed 20 people, including nine children.",
     {(C, "killed", 20, "exact"), (C, "killed", 9, "exact")}),
    ("It killed more than 100 people, among them 20 children.",
     {(C, "killed", 100, "more_than"), (C, "killed", 20, "exact")}),
    ("Twenty-four people, four of them children, have died.",
     {(C, "killed", 24, "exact"), (C, "killed", 4, "exact")}),
    ("Four children were among those killed.", {(C, "killed", 4, "exact")}),
    ("The dead included one child.", {(C, "killed", 1, "exact")}),
    ("63 people had been injured, 11 of them children; 35 were being treated in hospitals, including six children.",
     {(C, "injured", 63, "exact"), (C, "injured", 11, "exact"), (C, "hospitalized", 35, "exact"),
      (C, "hospitalized", 6, "exact")}),
    # revisions in one passage
    ("The administration first spoke of 30 injured; prosecutors corrected that to 29.",
     {(C, "injured", 30, "exact"), (C, "injured", 29, "exact")}),
    # rates
    ("5000 soldiers a week are dying.", {(C, "killed", 5000, "exact")}),
    # weapons
    ("Moscow launched 70 missiles and 145 drones against Ukraine.",
     {(W, "missile", 70, "exact"), (W, "drone", 145, "exact")}),
    ("Russia fired over 70 missiles overnight.", {(W, "missile", 70, "more_than")}),
    ("The salvo comprised some 170 drones, more than 30 cruise missiles and more than 120 ballistic missiles.",
     {(W, "drone", 170, "about"), (W, "cruise_missile", 30, "more_than"), (W, "ballistic_missile", 120, "more_than")}),
    ("Two Iskander-M missiles hit the institute.", {(W, "ballistic_missile", 2, "exact")}),
    ("Russia launched six Kh-101 cruise missiles.", {(W, "cruise_missile", 6, "exact")}),
    ("The air force said it shot down 40 Shahed drones.", {(W, "drone", 40, "exact")}),
    ("Two guided aerial bombs exploded near a tram stop.", {(W, "glide_bomb", 2, "exact")}),
    ("Russian aircraft dropped 12 KAB glide bombs on the town.", {(W, "glide_bomb", 12, "exact")}),
    ("Air defences destroyed 13 rockets over the region.", {(W, "rocket", 13, "exact")}),
    ("The army fired 200 artillery shells at the village.", {(W, "artillery", 200, "exact")}),
    ("Forces launched four Kinzhal missiles at the capital.", {(W, "ballistic_missile", 4, "exact")}),
    ("The Russians employed a North Korean-made missile in the attack.", {(W, "missile", 1, "exact")}),
    ("One Oreshnik missile struck the plant.", {(W, "ballistic_missile", 1, "exact")}),
]

NEGATIVE = [

    "The veteran guard fired 12 three-pointers as the Lakers killed the momentum of the visitors.",
    "The start-up shipped 145 drones to farmers last year.",
    "A 70-year-old man was found 9 km from the front.",
    "The meeting on April 13 began at 1:39 PM.",
    "Prices fell in July 2024 and will recover in nine months.",
    "The company raised $30 million from 12 investors.",
    "Damage was recorded in seven of the capital's ten districts.",
    "A six-storey building and 36 houses were damaged.",
    "About 70 per cent of imports pass through the port.",
    "It was the fifth time the compound had been hit.",
    "Tu-95 bombers took off from the Engels base.",
    "Around 200 shoppers and staff were inside when the bomb struck.",
    "Firefighters needed about 16 hours to put it out.",
    "The city declared three days of mourning.",
    "The team scored 3 goals in the second half, killing off the game.",
    "Officials opened 12 shelters and hired 40 volunteers.",
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=[t[:40] for t, _ in POSITIVE])
def test_positive_figures(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:40] for t in NEGATIVE])
def test_negative_sentences_give_no_figure(text):
    assert keys(text) == set()


def test_subset_is_marked_and_keeps_group():
    recs = figures("The strike killed 20 people, including nine children.")
    sub = [r for r in recs if r.count == 9][0]
    assert sub.subset is True and sub.group == "children"
    assert [r for r in recs if r.count == 20][0].subset is False


def test_rate_is_kept_apart_without_date_or_place():
    (r,) = figures("5000 soldiers a week are dying.")
    assert r.scope == "rate" and r.rate_unit == "week" and r.date is None and r.place is None


def test_war_wide_total_has_no_date():
    (r,) = figures("More than 41,000 Palestinians have been killed since the war began.")
    assert r.scope == "war" and r.date is None and r.qualifier == "more_than"


def test_vague_amount_has_low_bound_and_no_count():
    (r,) = figures("Dozens of people were killed.")
    assert r.count is None and r.qualifier == "vague" and r.low == 24


def test_weapon_roles_and_origin():
    recs = figures("Russia launched 598 drones and 31 missiles; 563 drones and 26 missiles were shot down.")
    roles = {(r.category, r.count): r.role for r in recs}
    assert roles == {("drone", 598): "launched", ("missile", 31): "launched",
                     ("drone", 563): "shot_down", ("missile", 26): "shot_down"}
    (nk,) = figures("Russia used a North Korean-made missile.")
    assert nk.origin == "North Korea" and nk.count == 1


def test_model_is_named():
    (r,) = figures("Russia fired two Iskander-M ballistic missiles at the city.")
    assert r.model == "Iskander-M" and r.category == "ballistic_missile"


def test_bounds_follow_qualifier():
    (a,) = figures("At least 12 people were killed.")
    (b,) = figures("Up to 85 servicemen were killed.")
    (c,) = figures("More than 100 people died.")
    assert (a.low, a.high) == (12, None)
    assert (b.low, b.high) == (None, 85)
    assert (c.low, c.high) == (101, None)


def test_evidence_is_the_exact_span():
    text = "According to the emergency service, at least 12 people were killed in the attack."
    (r,) = figures(text)
    assert text[r.start:r.end] == r.evidence and "12" in r.evidence
    assert r.sentence == text
    assert r.source == "emergency service"


def test_part_of_a_weapon_count():
    got = {(r.category, r.count, r.role) for r in figures(
        "Russia launched 145 drones overnight; air defences shot down 98 of them.")}
    assert got == {("drone", 145, "launched"), ("drone", 98, "shot_down")}
    got = {(r.category, r.count, r.role) for r in figures(
        "The air force said it had shot down 45 of 48 Shahed drones and 3 of 5 missiles.")}
    assert got == {("drone", 45, "shot_down"), ("drone", 48, "launched"),
                   ("missile", 3, "shot_down"), ("missile", 5, "launched")}


COORDINATED = [
    # a killing verb before the first count reaches the counts coordinated after it, whatever
    # their noun ("porters" is in no lexicon) and past the rest of the first noun or an aside
    ("Raiders stormed the camp, killing 3 rangers and 2 porters.",
     {(C, "killed", 3, "exact"), (C, "killed", 2, "exact")}),
    ("Rebels ambushed the column, killing three local guards (LGD) and eleven villagers.",
     {(C, "killed", 3, "exact"), (C, "killed", 11, "exact")}),
    # ... but not past a predicate of its own: the second count is something else
    ("Seven people were reportedly killed, two trucks burned and shops looted.", {(C, "killed", 7, "exact")}),
    ("Nine civilians were killed and 40 goats stolen in the raid.", {(C, "killed", 9, "exact")}),
    ("Gunmen killed 3 herders and 2 cows near the well.", {(C, "killed", 3, "exact")}),
    # "N others" past a place phrase: more of the same victims; not when a verb of their own says otherwise
    ("Soldiers executed four men in the village of Kola and five others at the mine nearby.",
     {(C, "killed", 4, "exact"), (C, "killed", 5, "exact")}),
    ("Gunmen killed 3 soldiers in the town and abducted 2 others.", {(C, "killed", 3, "exact"), (C, "abducted", 2, "exact")}),
]


@pytest.mark.parametrize("text,expected", COORDINATED, ids=[t[:40] for t, _ in COORDINATED])
def test_coordinated_counts(text, expected):
    assert keys(text) == expected


def test_age_in_brackets_after_a_name_is_no_count():
    assert not any(r.count == 47 for r in figures("Shopkeeper Amos Kiprono (47) was shot dead by robbers."))
    assert keys("The rebels (40) were killed in the raid.") == {(C, "killed", 40, "exact")}


TAKEN_THEN_KILLED = [
    ("Nine farmers were abducted by the gang and later executed in the forest.",
     {(C, "abducted", 9, "exact"), (C, "killed", 9, "exact")}),
    ("Troops reportedly arrested twelve herders near the well and executed them.",
     {(C, "detained", 12, "exact"), (C, "killed", 12, "exact")}),
    ("Guards arrested four traders at the depot, those arrested were later found dead.",
     {(C, "detained", 4, "exact"), (C, "killed", 4, "exact")}),
    # released, or another victim killed: the people taken stay taken
    ("Bandits kidnapped 3 engineers, who were later released.", {(C, "abducted", 3, "exact")}),
    ("Militants abducted 5 workers and killed a guard.", {(C, "abducted", 5, "exact"), (C, "killed", 1, "exact")}),
    ("Police arrested 12 suspects after the raid.", {(C, "detained", 12, "exact")}),
]


@pytest.mark.parametrize("text,expected", TAKEN_THEN_KILLED, ids=[t[:40] for t, _ in TAKEN_THEN_KILLED])
def test_people_taken_then_killed(text, expected):
    assert keys(text) == expected


LONG_SUBJECTS = [
    # the predicate is found past "belonging to <names and names>", "from ... including ... and ..."
    ("At least 6 suspected rebels belonging to the ABC and XYZ were killed and three more injured.",
     {(C, "killed", 6, "at_least"), (C, "injured", 3, "exact")}),
    ("In strikes in the valley 17 suspected rebels from several groups including the ABC and foreigners "
     "were killed.", {(C, "killed", 17, "exact")}),
    ("Four suspects linked to the two market attacks have been shot dead by police.", {(C, "killed", 4, "exact")}),
    # ... and past ", including ..." after coordinated counts
    ("9 guards and 6 drivers, including a cook, were killed.", {(C, "killed", 9, "exact"), (C, "killed", 6, "exact")}),
    # the object of a killing verb stays killed, whatever a later clause says of someone else; a
    # list closed by its "and" does not run on into that clause
    ("Rebels killed seven people including five rangers, a retired guard, and a former councilor, "
     "a councilor was also wounded in the raid.",
     {(C, "killed", 7, "exact"), (C, "killed", 5, "exact"), (C, "injured", 1, "exact")}),
    ("On 2 May, gunmen assassinated a pastor in the village.", {(C, "killed", 1, "exact")}),
    # a label's number is no count
    ("Gunmen killed a trader near the ford (coded at precision 2).", {(C, "killed", 1, "exact")}),
]


@pytest.mark.parametrize("text,expected", LONG_SUBJECTS, ids=[t[:40] for t, _ in LONG_SUBJECTS])
def test_long_subjects_and_objects(text, expected):
    assert keys(text) == expected


SMALL_SHAPES = [
    # two sentences run together as pages saved as text do: the second still counts
    ("Fighting broke out near the well.Three herders died in the clash.", {(C, "killed", 3, "exact")}),
    # a time phrase between the auxiliary and the participle
    ("A cyclist was on Saturday shot dead on the main road.", {(C, "killed", 1, "exact")}),
    ("Two porters were yesterday wounded by a mine.", {(C, "injured", 2, "exact")}),
    # an age written without hyphens is part of one person's phrase
    ("An armed bandit shot and killed a 10 year old child.", {(C, "killed", 1, "exact")}),
]


@pytest.mark.parametrize("text,expected", SMALL_SHAPES, ids=[t[:40] for t, _ in SMALL_SHAPES])
def test_small_shapes(text, expected):
    assert keys(text) == expected


NAMED_AND_PARTICIPLES = [
    # a named victim after a title in lower case, past an age and a participle's aside
    ("Party local leader Peter Odhiambo was murdered on Friday night.", {(C, "killed", 1, "exact")}),
    ("Assistant constable Peter Kamau (40), posted with the border outpost was shot dead by gunmen.",
     {(C, "killed", 1, "exact")}),
    # ... but not after "said" or "by": no victim there
    ("The report by John Smith was published on Monday.", set()),
    # a present participle's phrase stands between a person and the predicate
    ("A man travelling aboard a motorbike was killed by the blast of a mine.", {(C, "killed", 1, "exact")}),
    ("Three people living near the market were injured.", {(C, "injured", 3, "exact")}),
    ("Two soldiers were killed, wounding three others.", {(C, "killed", 2, "exact"), (C, "injured", 3, "exact")}),
]


@pytest.mark.parametrize("text,expected", NAMED_AND_PARTICIPLES, ids=[t[:40] for t, _ in NAMED_AND_PARTICIPLES])
def test_named_victims_and_participle_tails(text, expected):
    assert keys(text) == expected


def test_every_part_after_including_is_a_subset_and_parts_of_a_toll_revise_nothing():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document

    def cas(text):
        return [(r.count, r.subset, r.extra.get("revises")) for r in
                extract_document(load_bytes("a.txt", ("14 March 2025\n\n" + text).encode())) if r.type == "casualty"]
    assert cas("At least 31 civilians, including nine children and five women, were killed near Segou.") == \
        [(31, False, None), (9, True, None), (5, True, None)]
    assert cas("The strike killed 12 people, including a child, and 30 were wounded in Sumy.") == \
        [(12, False, None), (30, False, None)]
    assert (1, False, None) in cas("Two more soldiers have died, raising the death toll to four soldiers and one "
                                   "civilian, the ministry said.")


def test_one_named_among_the_dead_is_a_part_of_the_toll():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    t = ("25 February 2026\n\nThe strike on Srifa killed five people. Relatives said the house belonged to farmers and "
         "that the dead included a retired teacher.")
    got = [(r.count, r.subset) for r in extract_document(load_bytes("a.txt", t.encode())) if r.type == "casualty"]
    assert got == [(5, False), (1, True)]


def test_a_short_note_with_a_bare_singular_victim_counts_one_and_an_adjective_in_a_phrase_does_not():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document

    def cas(t):
        return [(r.category, r.count) for r in extract_document(load_bytes("a.txt", ("Published 2012-05-03\n\n" + t).encode()))
                if r.type == "casualty"]
    assert cas("SLDF suspect killed by police, several more arrested.") == [("killed", 1)]
    assert cas("Police officer killed in ambush near Moyale.") == [("killed", 1)]
    assert cas("Gunmen kill farmer in Mandera.") == [("killed", 1)]
    assert cas("Palestinians carry a wounded man away from the site.") == []


def test_a_list_left_dead_after_leaving_counts_each_part_and_vdps_are_fighters():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    t = "Published 2020-07-07\n\nThe force was ambushed, leaving 6 soldiers and 3 VDPs dead, and 4 VDPs wounded."
    got = [(r.category, r.count) for r in extract_document(load_bytes("a.txt", t.encode())) if r.type == "casualty"]
    assert got == [("killed", 6), ("killed", 3), ("injured", 4)]


def test_the_dead_included_four_women_names_a_part_of_the_toll():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    t = ("20 November 2025\n\nAt least 17 civilians were killed, the UN said. The office said the dead included four "
         "women and three children.")
    got = [(r.count, r.subset) for r in extract_document(load_bytes("a.txt", t.encode())) if r.type == "casualty"]
    assert got == [(17, False), (4, True), (3, True)]


def test_deaths_since_among_the_wounded_bodies_pulled_out_and_a_girl_of_nine():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    t = ("10 October 2025\n\nA car bomb killed 21 people in Mayadin on Friday.\n\nThe office said that three of the "
         "wounded had since died in hospital and that the bodies of two porters were pulled from under a shop. Eleven "
         "people were wounded, including a girl of nine.")
    got = [(r.count, r.category) for r in extract_document(load_bytes("a.txt", t.encode())) if r.type == "casualty"]
    assert got == [(21, "killed"), (3, "killed"), (2, "killed"), (11, "injured")]


def test_evacuated_to_hospital_speakers_shell_casings_and_a_count_raised_by_a_death():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    t = ("10 December 2025\n\nGunmen raided a village on Tuesday, killing at least 12 people, including three "
         "children, two local officials said. Ten of the wounded were evacuated to the district hospital and two "
         "others, in a serious condition, to the national hospital. Some 300 people were evacuated from the "
         "village. Officers collected more than 100 shell casings. Twenty people were injured. The regional count "
         "stood at eight on Monday, after a man died of his injuries in hospital.")
    got = [(r.type, r.category, r.count) for r in extract_document(load_bytes("a.txt", t.encode()))
           if r.type in ("casualty", "weapon")]
    assert got == [("casualty", "killed", 12), ("casualty", "killed", 3), ("casualty", "hospitalized", 10),
                   ("casualty", "hospitalized", 2), ("casualty", "evacuated", 300), ("casualty", "injured", 20),
                   ("casualty", "killed", 8), ("casualty", "killed", 1)]


def test_a_dateline_day_before_a_colon_and_abducted_victims_later_found_dead():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    t = ("Sunday, September 6, 2026\n\nJIRIBAM, Sept 6: Five people were killed on Saturday evening, police said. "
         "In November 2024, six women and children abducted from a relief camp were later found dead.\n\nTwelve "
         "people were abducted and later released.\n")
    got = [(r.category, r.count, r.date) for r in extract_document(load_bytes("a.txt", t.encode()))
           if r.type == "casualty"]
    assert got == [("killed", 5, "2026-09-05"), ("killed", 6, "2024-11"), ("abducted", 12, "2026-09-05")]


def test_an_age_inside_an_aside_does_not_end_the_clause_and_found_dead_dates_the_finding():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    t = ("11 September 2026\n\nNine people were killed in last Saturday's attack on a relief camp in Jiribam. A man "
         "was found dead in a paddy field on Tuesday. Seventeen people were injured. One resident, a 68-year-old "
         "woman who lived on the fifth floor, is still listed as missing.\n")
    got = [(r.category, r.count, r.date) for r in extract_document(load_bytes("a.txt", t.encode()))
           if r.type == "casualty" and r.count != 1 or r.type == "casualty" and r.category == "missing"]
    assert got == [("killed", 9, "2026-09-05"), ("injured", 17, "2026-09-05"), ("missing", 1, "2026-09-05")]


def test_a_relative_clause_before_the_main_verb_and_army_operations_date_their_kills():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    t = ("Friday 12 December 2025\n\nThe toll from Tuesday's raid on the village has risen to 19.\n\nFour herders who "
         "were driving cattle to a well north of the village when the gunmen arrived are still missing. Five people "
         "who fled the village are now safe.\n\nThe army said in a communique that air and ground operations on "
         "Thursday morning had neutralised about 25 terrorists.\n")
    got = [(r.category, r.count, r.date) for r in extract_document(load_bytes("a.txt", t.encode()))
           if r.type == "casualty"]
    assert got == [("killed", 19, "2025-12-09"), ("missing", 4, "2025-12-09"), ("killed", 25, "2025-12-11")]


def test_machine_translated_word_order():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    t = ("17.01.2026 21:48\n\nAs result perished three persons, among them one child, wounded are not less than 14 "
         "persons, informed the governor. Air defence destroyed 38 Ukrainian unmanned aerial vehicles, from them 21 "
         "above the territory of Kursk region and 9 above the territory of Belgorod region. Besides it was shot down "
         "4 reactive shells of system HIMARS.\n")
    got = [(r.category, r.count) for r in extract_document(load_bytes("a.txt", t.encode()))
           if r.type in ("casualty", "weapon") and r.count]
    assert got == [("killed", 3), ("killed", 1), ("injured", 14), ("drone", 38), ("drone", 21), ("drone", 9),
                   ("rocket", 4)]
    nine = [r for r in extract_document(load_bytes("a.txt", t.encode())) if r.count == 9]
    assert nine[0].place == "Belgorod Oblast"


def test_a_weapon_counted_only_by_its_article_in_a_background_sentence_is_no_figure():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    t = ("29 April 2026\n\nAn Iskander-M ballistic missile struck an apartment block in Pavlohrad on Sunday, killing "
         "nine people. In January 2023 a Russian missile destroyed part of an apartment block in Dnipro, killing 46 "
         "people.\n")
    got = [(r.category, r.count, r.date) for r in extract_document(load_bytes("a.txt", t.encode())) if r.type == "weapon"]
    assert got == [("ballistic_missile", 1, "2026-04-26")]


def test_a_part_larger_than_the_weapons_before_is_no_weapon_count():
    from dashboard.extract.figures import find_figures
    before = find_figures("Seven people were killed when one missile hit a house.", 0)
    missile = next(f for f in before if f.type == "weapon")
    got = find_figures("Two schools need new windows, about 600 of them.", 100, previous_weapon=missile)
    assert [(f.type, f.count) for f in got] == []
    got = find_figures("Three of them hit the station.", 100,
                       previous_weapon=find_figures("Russia launched 12 missiles.", 0)[0])
    assert [(f.type, f.category, f.count) for f in got] == [("weapon", "missile", 3)]


def test_a_bare_count_shot_down_is_of_the_weapons_launched_and_a_revised_toll_holds_its_new_victim():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    t = ("Published 2024-07-29\n\nOn the night of 27-28 July 2024, Russian forces launched 17 Shahed drones at "
         "Vinnytsia oblast. Ukrainian air defence shot down 15. Police destroyed 5, officials said.\n\n"
         "On 28 July, the death toll rose to 5 after a woman died in hospital.\n")
    got = sorted((r.type, r.category, r.count) for r in extract_document(load_bytes("a.txt", t.encode()))
                 if r.type in ("casualty", "weapon"))
    assert got == [("casualty", "killed", 5), ("weapon", "drone", 15), ("weapon", "drone", 17)]


def test_a_drill_played_on_a_scenario_counts_nobody():
    from extract_helpers import keys
    assert keys("Emergency services held a drill at the airport on Tuesday. Under the scenario, a drone struck the "
                "terminal and 30 mock casualties were treated; 12 simulated fatalities were counted.") == set()
    assert keys("A drone struck the terminal on Tuesday, killing 12 people; a drill planned for May was cancelled.") \
        == {("casualty", "killed", 12, "exact"), ("weapon", "drone", 1, "exact")}
