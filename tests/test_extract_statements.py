"""Quotes, their speakers, and people named in several spellings."""
from extract_helpers import NoPlaces

from dashboard.documents import load_bytes
from dashboard.extract import extract_document

TEXT = """05-01-2025

Mayor speaks after strike

President Volodymyr Zelensky said the attack was deliberate. “Russia continues to kill people,” he said on Thursday. “Rescue operations are ongoing.”

NATO Secretary-General Mark Rutte, after meeting officials in Brussels, disagreed. "The balls are clearly in the Russian court now," he said.

Zelenskyy later told reporters: "We will rebuild every home."
"""


def _records(kind):
    doc = load_bytes("s.txt", TEXT.encode())
    return [r for r in extract_document(doc, NoPlaces()) if r.type == kind]


def test_speakers_of_quotes():
    got = [(r.name, r.text[:20]) for r in _records("statement")]
    assert got == [("Volodymyr Zelensky", "Russia continues to "),
                   ("Volodymyr Zelensky", "Rescue operations ar"),
                   ("Mark Rutte", "The balls are clearl"),
                   ("Volodymyr Zelensky", "We will rebuild ever")]


def test_statements_carry_date_and_exact_span():
    for r in _records("statement"):
        assert r.date == "2025-05-01"
        assert TEXT.strip("\n ")[r.start:r.end] == r.text


def test_spelling_variants_merge():
    people = {(r.evidence, r.name) for r in _records("entity") if r.kind == "person"}
    assert ("Zelenskyy", "Volodymyr Zelensky") in people
    assert ("Volodymyr Zelensky", "Volodymyr Zelensky") in people


def test_a_group_claiming_responsibility_saying_it_killed_is_that_counts_claimant():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    doc = load_bytes("c.txt", ("A car bomb killed 19 people at a market on Friday, officials said. A little-known "
                               "militant group claimed responsibility in a message sent to journalists, saying it "
                               "had killed \"more than 30\" people.\n").encode())
    recs = {r.count: r for r in extract_document(doc) if r.type == "casualty"}
    assert recs[30].claimant and "militant group" in recs[30].claimant
    assert recs[19].claimant is None


def test_a_groups_claim_in_a_headline_and_a_governments_count_of_enemy_fighters():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document

    def claims(text):
        doc = load_bytes("c.txt", text.encode())
        return {r.count: r.claimant for r in extract_document(doc) if r.type == "casualty"}
    got = claims("Bombing toll rises to 13 as al-Shabaab claims 25 soldiers killed\n")
    assert got[13] is None and got[25]
    got = claims("On Tuesday the information ministry said 40 al-Shabaab fighters had been killed.\n")
    assert got[40]
    got = claims("The health ministry said 12 people were killed.\n")
    assert got[12] is None
    got = claims("Police and the army say they have killed 40 militants since the bombing. Police said 9 people "
                 "were killed in the bazaar.\n")
    assert got[40] and got[9] is None
    got = claims("Haiti's national police said officers killed eight gang members in an operation.\n")
    assert got[8]
    doc = load_bytes("w.txt", b"The ADF has killed thousands of civilians in North Kivu over the past decade.\n")
    assert {r.scope for r in extract_document(doc) if r.type == "casualty"} == {"war"}


def test_a_body_set_up_by_the_opponents_of_the_military_is_not_the_military():
    from dashboard.extract import attribution as a
    got = a.attributions("The toll has climbed to 24, the local administration set up by opponents of the military "
                         "said on Sunday.")
    assert all(x.source != "military" for x in got)
    assert [x.source for x in a.attributions("The toll has climbed to 24, the military said on Sunday.")] == ["military"]


def test_a_count_of_enemies_neutralised_is_a_claim_whoever_is_named_as_its_source():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    text = ("At least nine people were killed in the attack, the UN said. In a statement posted online, the front said "
            "it had \"neutralised\" 15 police officers.\n")
    got = {r.count: r.claimant for r in extract_document(load_bytes("c.txt", text.encode())) if r.type == "casualty"}
    assert got[15] and got[9] is None


def test_an_armed_group_that_said_it_killed_and_a_figure_another_source_did_not_confirm_are_claims():
    doc = load_bytes("c.txt", ("Monitors documented 10 people killed in the attack. We could not verify the claim of the "
                               "armed group, which said it killed \"more than 30\" members of the security forces.\n\n"
                               "Gunmen killed four forestry workers on Friday, police said. A union said \"at least "
                               "seven\" of its members had been killed, a figure the prosecutor's office did not "
                               "confirm. The association raises the figure to eight dead. The prosecutor's office said "
                               "that it has no antecedents of that.\n").encode())
    recs = {r.count: r for r in extract_document(doc, NoPlaces()) if r.type == "casualty"}
    assert recs[30].claimant == "armed group" and recs[10].claimant is None
    assert recs[7].claimant and recs[8].claimant and recs[4].claimant is None


def test_whoever_claims_a_count_is_its_claimant_unless_a_civil_authority():
    doc = load_bytes("c.txt", ("The regional authorities speak of five dead, while Ukrainian channels claim dozens of "
                               "soldiers killed. Police claim 4 attackers were killed.\n").encode())
    recs = [r for r in extract_document(doc, NoPlaces()) if r.type == "casualty"]
    got = {(r.count, r.claimant) for r in recs}
    assert got == {(5, None), (None, "Ukrainian channels"), (4, None)}


def test_a_count_only_a_viral_post_gives_is_that_posts_claim_and_a_dissident_front_is_a_party():
    doc = load_bytes("c.txt", ("CLAIM: A post shared more than 12,000 times since Sunday says \"30 guardsmen dead and 70 "
                               "wounded\". The Defence Ministry's latest figure is 11 dead. A dissident FARC front said it "
                               "had killed \"more than 15 guards\". A viral video circulating on Telegram claims 40 were "
                               "killed. Rescuers said 26 people were wounded.\n").encode())
    recs = {(r.category, r.count): r.claimant for r in extract_document(doc, NoPlaces()) if r.type == "casualty"}
    assert recs[("killed", 30)] == recs[("injured", 70)] == "unverified post" and "viral" in recs[("killed", 40)]
    assert recs[("killed", 15)] and recs[("killed", 11)] is None and recs[("injured", 26)] is None


def test_any_men_word_counts_more_than_one():
    doc = load_bytes("c.txt", b"Two guardsmen died of their wounds on Tuesday. A guardsman died on Wednesday.\n")
    got = sorted((r.count, r.group) for r in extract_document(doc, NoPlaces()) if r.type == "casualty")
    assert got == [(1, "soldiers"), (2, "soldiers")]


def test_a_claim_whose_speaker_is_not_named_near_it_has_no_word_for_a_claimant():
    doc = load_bytes("c.txt", ('The statement announces that Iskanders destroyed a "drone assembly workshop" there and '
                               'claims to have killed "up to 40 foreign mercenaries".\n').encode())
    recs = [r for r in extract_document(doc, NoPlaces()) if r.type == "casualty"]
    assert [(r.count, r.claimant) for r in recs] == [(40, "unnamed party")]


def test_moscow_speaking_of_servicemen_it_killed_is_a_party():
    doc = load_bytes("c.txt", ('Moscow said on Sunday that the strike had destroyed "a military echelon" and killed '
                               '"up to 70 servicemen".\n').encode())
    recs = [r for r in extract_document(doc, NoPlaces()) if r.type == "casualty"]
    assert [(r.count, r.claimant) for r in recs] == [(70, "Moscow")]


def test_a_party_named_before_that_then_claims_and_the_city_its_statement_was_issued_in():
    doc = load_bytes("c.txt", ('Shelling killed six civilians in Anlong Veng, Cambodia, on Thursday. The Thai army, in a '
                               'statement issued in Bangkok, said it fired only at military targets. It claimed to have '
                               'destroyed two rocket launchers and killed "nearly 20 soldiers".\n').encode())
    recs = {r.count: r for r in extract_document(doc) if r.type == "casualty"}
    assert recs[20].claimant == "unnamed party" and recs[6].claimant is None
    assert recs[20].place == recs[6].place == "Anlong Veaeng"


def test_a_groups_claim_past_an_aside_or_told_as_its_claim_that():
    doc = load_bytes("c.txt", ("Gunmen attacked a police post on Friday, killing eight officers, officials said. "
                               "Islamic State, through its Amaq news agency, claimed the attack on Saturday, saying its "
                               "fighters had killed \"more than 20\" policemen.\n\nIslamic State was quick, too, with its "
                               "claim that \"more than 30\" policemen had died.\n").encode())
    recs = {r.count: r for r in extract_document(doc) if r.type == "casualty"}
    assert recs[20].claimant == "Islamic State" and recs[30].claimant == "Islamic State"
    assert recs[8].claimant is None


def test_an_armed_party_that_claims_an_attack_gives_its_count_as_a_claim():
    doc = load_bytes("c.txt", ("Rebels claim Sunday's attack, say 13 soldiers were killed\n\nThe army rejected the claim on "
                               "Wednesday. The official toll, given by the governor on Tuesday, stands at nine dead.\n"
                               ).encode())
    recs = {r.count: r for r in extract_document(doc) if r.type == "casualty"}
    assert recs[13].claimant == "Rebels" and recs[9].claimant is None
