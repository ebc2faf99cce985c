"""Ukrainian and Russian articles: language detection, dates, numbers, figures, places, claims.

Each test reads one behaviour off the real pipeline (pymorphy3's dictionaries, the real
gazetteer); the article-level scores are guarded in tests/test_languages_quality.py."""
from datetime import date
from pathlib import Path

import pytest

from dashboard.documents import load_bytes, load_path
from dashboard.extract import extract_document
from dashboard.language import detect_language

ROOT = Path(__file__).resolve().parents[1]
UKRU = ROOT / "tests" / "data" / "ukru_dev" / "texts"


def figures(text, published="2025-04-24"):
    head = {"uk": "Новини\n24 квітня 2025, 10:00\n\n", "ru": "Новости\n24 апреля 2025, 10:00\n\n"}
    lang = detect_language(text)
    doc = load_bytes("t.txt", (head[lang] + text).encode())
    assert doc.published == date.fromisoformat(published) and doc.language == lang
    recs = extract_document(doc)
    return [r for r in recs if r.type in ("casualty", "weapon")], recs


def fig(recs, category, count):
    hits = [r for r in recs if r.category == category and r.count == count]
    assert hits, [(r.category, r.count, r.evidence) for r in recs]
    return hits[0]


@pytest.mark.parametrize("text,lang", [
    ("У Києві загинули 12 людей, ще 87 травмовано.", "uk"),
    ("В Киеве погибли 12 человек, ещё 87 ранены.", "ru"),
    ("У Краматорську пролунали вибухи, поранено трьох людей.", "uk"),      # no і/ї/є/ґ: its words tell
    ("Трое жителей пропали без вести.", "ru"),
    ("Russian missiles killed 12 people in Kyiv on Thursday.", "en"),
    ("Pokot raiders kill two Samburu villagers", "en"),               # a headline alone
    ("Des frappes russes ont tué douze personnes à Kyiv, a déclaré le maire.", None),
    ("", None),
])
def test_language_of_a_text(text, lang):
    assert detect_language(text) == lang


def test_documents_carry_their_language_and_a_cyrillic_dateline():
    uk = load_path(UKRU / "uk01_airforce_night_0424.txt")
    ru = load_path(UKRU / "ru02_tass_mod_drones_0522.txt")           # cp1251 on disk
    assert (uk.language, uk.published) == ("uk", date(2025, 4, 24))
    assert (ru.language, ru.published) == ("ru", date(2025, 5, 22))
    assert load_path(ROOT / "assets" / "sample" / sorted(p.name for p in (ROOT / "assets" / "sample").glob("*.txt"))[0]).language == "en"


def test_dates_resolve_against_the_publication_date():
    from dashboard.dates_ukru import find_dates_ukru
    pub = date(2025, 5, 7)          # a Wednesday
    got = {d.text: d.value for d in find_dates_ukru(
        "Вчора ворог атакував. У ніч на середу збито дрони. 24 квітня і в ночь на четверг, "
        "на прошлой неделе, вчера, у суботу.", pub)}
    assert got["Вчора"] == "2025-05-06" and got["У ніч на середу"] == "2025-05-07"
    assert got["24 квітня"] == "2025-04-24" and got["в ночь на четверг"] == "2025-05-01"
    assert got["вчера"] == "2025-05-06" and got["у суботу"] == "2025-05-03"
    assert got["на прошлой неделе"] == "2025-04-30"
    periods = [d for d in find_dates_ukru("За тиждень загинули 7 людей, с начала года — 20.", pub)]
    assert [d.kind for d in periods] == ["period", "period"] and all(d.value is None for d in periods)


@pytest.mark.parametrize("sentence,category,count,qualifier", [
    ("У Харкові загинули дванадцять людей.", "killed", 12, "exact"),
    ("Внаслідок удару загинуло двенадцять людей.", "killed", 12, "exact"),       # a Russian numeral in uk text
    ("В Харькове погибли не менее двенадцати человек.", "killed", 12, "at_least"),
    ("У Сумах поранено щонайменше троє людей.", "injured", 3, "at_least"),
    ("По Харкову ворог випустив дюжину «шахедів».", "drone", 12, "exact"),
    ("Понад 40 людей постраждали в Одесі.", "injured", 40, "more_than"),
    ("В Одессе ранены около 40 человек.", "injured", 40, "about"),
    ("До 30 людей можуть перебувати під завалами, загинули 5.", "killed", 5, "exact"),
    ("Кількість загиблих зросла до 14.", "killed", 14, "exact"),                  # "rose to" is no "up to"
    ("Госпіталізовано сімох людей.", "hospitalized", 7, "exact"),
    ("Рятувальники врятували дев'ятьох мешканців.", "rescued", 9, "exact"),
    ("Двоє людей вважаються зниклими безвісти.", "missing", 2, "exact"),
    ("Трое жителей пропали без вести.", "missing", 3, "exact"),
    ("В Днепре госпитализированы 15 пострадавших.", "hospitalized", 15, "exact"),
    ("Десятеро постраждалих госпіталізовано.", "hospitalized", 10, "exact"),
    ("Сбиты 12 реактивных снарядов РСЗО.", "rocket", 12, "exact"),
    ("Противник скинув чотири керовані авіабомби на Запоріжжя.", "glide_bomb", 4, "exact"),
    ("Над Курской областью сбиты девятнадцать дронов.", "drone", 19, "exact"),
    ("Росія випустила 50 крилатих ракет Х-101.", "cruise_missile", 50, "exact"),
    ("Россия выпустила две баллистические ракеты «Искандер-М».", "ballistic_missile", 2, "exact"),
    ("Ворог атакував 9 ракетами Калібр.", "cruise_missile", 9, "exact"),
    ("Уничтожены 105 беспилотных летательных аппаратов.", "drone", 105, "exact"),
    ("С начала операции уничтожены более 61 тыс. беспилотников.", "drone", 61000, "more_than"),
    ("Взрыв машины в центре Манбиджа унес жизни пятерых человек.", "killed", 5, "exact"),
    ("Госпіталізовано 58 людей, ще близько 70 отримали допомогу амбулаторно.", "injured", 70, "about"),
    ("Обезврежены 339 дронов, 15 крылатых ракет и шесть баллистических.", "ballistic_missile", 6, "exact"),
    ("Россия выпустила 31 ракету — 12 крылатых Х-101 и три «Кинжала».", "ballistic_missile", 3, "exact"),
    ("Обезврежены 147 дронов и девять Х-101.", "cruise_missile", 9, "exact"),
    ("Во Львове спасатели достали из-под завалов четырех человек.", "rescued", 4, "exact"),
    ("Не менее 27 палестинцев погибли в результате израильских ударов.", "killed", 27, "at_least"),
    ("Спасатели извлекли из-под завалов пятерых выживших.", "rescued", 5, "exact"),
    ("Трьох потерпілих госпіталізовано, решті медики надали допомогу на місці.", "hospitalized", 3, "exact"),
    ("Погиб водитель, трое пассажиров ранены.", "injured", 3, "exact"),
    ("Безпілотники атакували Ніжин: травмовано трьох працівників.", "injured", 3, "exact"),
    ("Россия выпустила около полутора сотен ударных дронов.", "drone", 150, "about"),
    ("Пострадали пятеро работяг с НПЗ, двоих увезли на скорой в больничку.", "hospitalized", 2, "exact"),
    ("Пострадали пятеро работяг с НПЗ, двоих увезли на скорой в больничку.", "injured", 5, "exact"),
    ("В Орске пострадали четыре человека, в том числе двое граждан Казахстана.", "injured", 2, "exact"),
])
def test_a_figure_in_words_or_digits_in_any_case(sentence, category, count, qualifier):
    recs, _ = figures(sentence)
    r = fig(recs, category, count)
    assert r.qualifier == qualifier


@pytest.mark.parametrize("sentence", [
    "Пошкоджено 18 квартир і 9 приватних будинків.",        # damage counts
    "Жінку 72 років дістали з-під завалів.",                 # an age
    "Наймолодшому було чотири місяці.",                      # a duration
    "Поранено 57-річного чоловіка.",                         # an age in a compound
    "Ракета Х-101 і бомбардувальник Ту-95МС.",               # model numbers
    "До ліквідації залучено 350 рятувальників і 80 одиниць техніки.",
    "Повреждены 14 легковых автомобилей, школа № 17 закрыта.",
    "Станом на 18:00 тривала операція.",
    "Психологи служби надали допомогу 47 особам, серед них рідним загиблих.",   # the kin of the dead
    "Повідомляйте про уламки ракети Х-101 за номером 101.",                   # a telephone number
])
def test_counts_of_other_things_are_no_figures(sentence):
    recs, _ = figures(sentence)
    # "Поранено 57-річного чоловіка" is one man injured, not 57
    assert [r for r in recs if r.count != 1 or "57" in r.evidence and "чоловіка" not in r.evidence] == [], \
        [(r.category, r.count, r.evidence) for r in recs]


def test_subsets_and_lists_and_vague_amounts():
    recs, _ = figures("Погибли 45 человек, в том числе шестеро детей. Ранены 79 человек, из них 16 – дети. "
                      "Десятки людей получили ранения.")
    assert fig(recs, "killed", 6).subset and fig(recs, "injured", 16).subset
    assert not fig(recs, "killed", 45).subset
    vague = [r for r in recs if r.qualifier == "vague"]
    assert vague and vague[0].count is None
    recs, _ = figures("Ворог атакував 17 ударними БпЛА. Сили ППО знищили 14 з них над Одещиною та Миколаївщиною.")
    down = fig(recs, "drone", 14)
    assert down.role == "shot_down" and down.place == "Ukraine"          # two regions: their country
    assert fig(recs, "drone", 17).role == "launched"


def test_the_air_force_statement_shape():
    doc = load_path(UKRU / "uk01_airforce_night_0424.txt")
    recs = [r for r in extract_document(doc) if r.type == "weapon"]
    by = {(r.category, r.count): r for r in recs}
    assert by[("ballistic_missile", 11)].role == "launched" and by[("ballistic_missile", 11)].model == "Iskander-M"
    assert by[("cruise_missile", 37)].role == "shot_down" and by[("cruise_missile", 6)].model == "Kalibr"
    assert all(r.place == "Ukraine" and r.date == "2025-04-24" for r in recs)
    assert all(r.claimant == "Ukraine's air force" for r in recs)       # an armed party's count, as in English
    assert ("cruise_missile", 101) not in by and ("drone", 13) not in by


def test_claims_of_the_russian_defence_ministry_and_official_figures():
    recs, _ = figures("Минобороны РФ сообщило, что над Брянской областью уничтожены 23 беспилотника. "
                      "По данным губернатора, погибли двое мирных жителей.")
    assert fig(recs, "drone", 23).claimant == "Russia's defence ministry"
    assert fig(recs, "drone", 23).place == "Bryansk Oblast"
    assert fig(recs, "killed", 2).claimant is None and fig(recs, "killed", 2).source == "governor"
    recs, _ = figures("У Києві загинули 12 людей. Про це повідомили в ДСНС.")
    assert fig(recs, "killed", 12).source == "Ukraine's State Emergency Service"


def test_places_in_any_case_map_to_the_english_gazetteer_entries():
    from dashboard.gazetteer import get_gazetteer
    gaz = get_gazetteer()
    english = {n: gaz.lookup(n).gazetteer_id for n in ("Kyiv", "Kyiv Oblast", "Kharkiv", "Zaporizhzhia")}
    english["Sviatoshynskyi district"] = gaz.lookup("Sviatoshinsky district").gazetteer_id
    for text in ("Вибухи у Києві. Удар по Київщині. У Харкові тривога. Атака на Запоріжжя. "
                 "У Святошинському районі пожежа. У Київській області уламки.",
                 "Взрывы в Киеве. Удар по Киевской области. В Харькове тревога. Атака на Запорожье. "
                 "В Святошинском районе пожар."):
        _, recs = figures(text)
        ids = {r.gazetteer_id for r in recs if r.type == "place"}
        assert set(english.values()) <= ids, (ids, english)


def test_a_district_is_resolved_in_its_own_city():
    _, recs = figures("В Одесі влучання у Київському районі міста.")
    district = next(r for r in recs if r.type == "place" and r.name == "Kyivskyi district")
    assert abs(district.lat - 46.4) < 0.1                   # Odesa's, not Kharkiv's


@pytest.mark.parametrize("text,want", [
    ("Унаслідок обстрілу загинула 68-річна жінка.", [("killed", 1)]),
    ("У Херсоні чоловік загинув, жінку поранено.", [("killed", 1), ("injured", 1)]),
    ("В результате обстрела погиб мужчина.", [("killed", 1)]),
    ("Чоловік отримав поранення.", [("injured", 1)]),
    ("Госпіталізовано дитину.", [("hospitalized", 1)]),
    ("Погибли двое мужчин и женщина.", [("killed", 2), ("killed", 1)]),
    # a breakdown of a count, a negation, a plural and a bystander are no lone victims
    ("Погибли двое мирных жителей – мужчина и женщина.", [("killed", 2)]),
    ("Ніхто не загинув, поранено двох чоловіків.", [("injured", 2)]),
    ("Мати загиблого чоловіка розповіла журналістам.", []),
    ("Ранен мирный житель – мужчина 1968 г.р.", [("injured", 1)]),
])
def test_one_victim_without_a_numeral(text, want):
    figs, _ = figures(text)
    assert sorted((r.category, r.count) for r in figs) == sorted(want), [(r.category, r.count, r.evidence) for r in figs]


def test_city_districts_have_their_own_point_and_a_strike_noun_names_its_town():
    _, recs = figures("Обстріл Миколаєва триває.")
    assert "Mykolaiv" in {r.name for r in recs if r.type == "place"}   # the town, not a surname
    _, recs = figures("Удар по Куйбышевскому району Донецка убил двух человек.")
    places = {r.name: (r.lat, r.lon) for r in recs if r.type == "place"}
    assert places["Kuibyshevskyi district"] != places["Donetsk"]
    assert abs(places["Kuibyshevskyi district"][1] - 37.72) < 0.05


def test_an_english_article_never_enters_the_slavic_pipeline(monkeypatch):
    import dashboard.extract.slavic as slavic
    monkeypatch.setattr(slavic, "extract_slavic", lambda *a: pytest.fail("English read as Slavic"))
    doc = load_bytes("en.txt", b"Kyiv, 24 April 2025\n\nRussian missiles killed 12 people in Kyiv.")
    assert doc.language == "en"
    assert any(r.type == "casualty" for r in extract_document(doc))


def test_a_malformed_lexicon_row_is_named(tmp_path, monkeypatch):
    from dashboard.extract.lexicon import LexiconError
    from dashboard.extract.slavic import lexicon
    (tmp_path / "numbers.csv").write_text("lemma,value,kind,lang\nдванадцять,,cardinal,uk\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "ASSETS", tmp_path)
    with pytest.raises(LexiconError, match="numbers.csv: row 2"):
        lexicon.rows("numbers.csv", ("lemma", "value", "kind"))


def test_crafted_runs_are_cut_into_bounded_sentences():
    from dashboard.extract.slavic.tokens import MAX_SENTENCE, sentences, tokenize
    text = "Новини\n\n" + "5 ракет у Києві, " * 3000 + "." * 5000
    sents = sentences(text, tokenize(text, "uk"))
    assert max(len(s.text) for s in sents) <= MAX_SENTENCE
    doc = load_bytes("crafted.txt", ("Новини\n24 квітня 2025\n\n" + "5 ракет у Києві, " * 3000).encode())
    assert sum(r.type == "weapon" for r in extract_document(doc)) == 3000


def test_lists_of_regions_and_the_air_forces_tallies():
    recs, _ = figures("По данным ведомства, 22 дрона были сбиты над Курской областью, девять — над Белгородской, "
                      "еще три — над Брянской.")
    assert [(r.count, r.place) for r in recs] == [(22, "Kursk Oblast"), (9, "Belgorod Oblast"), (3, "Bryansk Oblast")]
    recs, _ = figures("Загалом за минулу добу Повітряні сили збили 74 з 103 дронів.")
    assert (fig(recs, "drone", 74).role, fig(recs, "drone", 103).role) == ("shot_down", "launched")
    assert fig(recs, "drone", 74).place == "Ukraine"


def test_towns_named_by_adjectives_districts_and_okrugs():
    recs, all_ = figures("В Разумном ранены трое. В Грайворонском округе погиб мужчина. В Строителе погибли двое.")
    names = {r.name for r in all_ if r.type == "place"}
    assert {"Razumnoye", "Stroitel"} <= names
    assert any(n.endswith("district") and n.startswith("Gra") for n in names)
    assert fig(recs, "killed", 2).place == "Stroitel"
    recs, _ = figures("У Куп'янську через обстріл травмовано двох людей.")
    assert fig(recs, "injured", 2).place == "Kupiansk"


@pytest.mark.parametrize("word,name", [
    ("Києві", "Kyiv"), ("Харкові", "Kharkiv"), ("Миколаєві", "Mykolaiv"), ("Краматорську", "Kramatorsk"),
    ("Слов'янську", "Sloviansk"), ("Луцьку", "Lutsk"), ("Рівному", "Rivne"), ("Кропивницькому", "Kropyvnytskyi"),
    ("Лимані", "Lyman"), ("Сумах", "Sumy"), ("Запоріжжі", "Zaporizhzhia"),
])
def test_ukrainian_towns_in_the_locative(word, name):
    _, recs = figures(f"У {word} пролунали вибухи, поранено трьох людей.")
    assert [r.name for r in recs if r.type == "place"] == [name]
    assert fig([r for r in recs if r.type == "casualty"], "injured", 3).place == name


@pytest.mark.parametrize("word,name", [("Киеве", "Kyiv"), ("Львове", "Lviv"), ("Славянске", "Sloviansk"),
                                       ("Белгороде", "Belgorod"), ("Курске", "Kursk"), ("Днепре", "Dnipro")])
def test_russian_towns_in_the_locative(word, name):
    _, recs = figures(f"В {word} прогремели взрывы, ранены три человека.")
    assert [r.name for r in recs if r.type == "place"] == [name]


def test_a_period_phrase_dates_only_the_count_it_qualifies():
    recs, _ = figures("В Курской области за неделю погибли 7 человек. 20 апреля Россия выпустила 539 дронов "
                      "— рекордное число с начала войны.")
    week = fig(recs, "killed", 7)
    assert week.scope == "war" and week.date is None and week.place == "Kursk Oblast"
    drones = fig(recs, "drone", 539)
    assert drones.scope == "event" and drones.date == "2025-04-20"


def test_years_percentages_and_a_heading_source():
    recs, _ = figures("Із 70 ракет збито 48, тобто майже 70% ракет. У 2024 році загинули 500 людей. "
                      "Генштаб ЗСУ: за добу ліквідовано 1 150 окупантів.")
    assert fig(recs, "missile", 70).role == "launched" and fig(recs, "missile", 48).role == "shot_down"
    assert len([r for r in recs if r.count == 70]) == 1                      # 70% is no count
    assert fig(recs, "killed", 500).date is None                            # a year's total
    assert fig(recs, "killed", 1150).claimant == "Ukraine's general staff"


# ---- shapes of Ukrainian and Russian reports (sentences invented for these tests) -------------

@pytest.mark.parametrize("sentence,category,count,qualifier", [
    ("Ворог атакував Україну 57-ма ударними БпЛА.", "drone", 57, "exact"),          # a case ending on digits
    ("Уночі в лікарні померли троє поранених.", "killed", 3, "exact"),              # the injured who died
    ("В больнице скончались двое раненых.", "killed", 2, "exact"),
    ("Станом на ранок відомо про 9 загиблих.", "killed", 9, "exact"),               # "станом на" is no condition
    ("Трьох чоловіків у важкому стані доправили до лікарні.", "hospitalized", 3, "exact"),
    ("Уничтожены до 40 военнослужащих противника.", "killed", 40, "up_to"),          # a claim of killed soldiers
    ("Погибли трое взрослых и ребенок.", "killed", 3, "exact"),
    ("Ещё трое получили ожоги.", "injured", 3, "exact"),
    ("Ще двоє дістали переломи.", "injured", 2, "exact"),
    ("Спасатели вывели из горящего дома шесть человек.", "rescued", 6, "exact"),
    ("Окупанти скинули на громаду від 6 до 8 керованих авіабомб.", "glide_bomb", 6, "at_least"),   # a range
    ("Над районом сбиты от 3 до 5 беспилотников.", "drone", 3, "at_least"),
])
def test_report_shapes(sentence, category, count, qualifier):
    recs, _ = figures(sentence)
    assert fig(recs, category, count).qualifier == qualifier


def test_a_range_is_its_low_bound_and_a_model_number_after_a_slash_is_none():
    recs, _ = figures("Окупанти скинули на громаду від 6 до 8 керованих авіабомб. Збито 5 ракет Х-22/32.")
    assert sorted(r.count for r in recs) == [5, 6]
    assert fig(recs, "cruise_missile", 5).role == "shot_down"


def test_conditions_and_one_of_them():
    recs, _ = figures("Поранено чотирьох людей, одна з них – медсестра. Двоє з них у важкому стані.")
    assert fig(recs, "injured", 1).subset and sorted(r.count for r in recs) == [1, 4]
    recs, _ = figures("Ранены трое мужчин. После осмотра одного из них отпустят домой.")
    assert [r.count for r in recs] == [3]


def test_a_bare_number_continues_the_weapon_count_before_it():
    recs, _ = figures("Россия выпустила 20 ракет. Перехватить удалось 17.")
    assert fig(recs, "missile", 17).role == "shot_down" and fig(recs, "missile", 20).role == "launched"
    recs, _ = figures("Противник запустив 45 дронів-імітаторів. Ще 8 – подавлено засобами РЕБ.")
    assert fig(recs, "drone", 8).role == "shot_down"
    recs, _ = figures("Уничтожены 12 беспилотников.")
    assert [(r.type, r.category) for r in recs] == [("weapon", "drone")]       # no killed of a weapon count


def test_a_losses_list_takes_its_headings_qualifier_and_reads_the_noun_before_the_dash():
    recs, _ = figures("Втрати ворога орієнтовно склали:\n👉 танків ‒ 890 (+3) од\n"
                      "👉 БпЛА оперативно-тактичного рівня ‒ 1 234 (+12) од\n👉 крилаті ракети ‒ 567 од")
    assert sorted((r.category, r.count, r.qualifier) for r in recs) == [   # (+12): the day's count
        ("cruise_missile", 567, "about"), ("drone", 12, "exact"), ("drone", 1234, "about")]


def test_origins_of_an_attack_are_not_where_it_happened():
    recs, _ = figures("Ворог атакував Україну 30 дронами з напрямків: Курськ, Орел, Міллерово.")
    assert fig(recs, "drone", 30).place == "Ukraine"
    recs, _ = figures("Голова ОВА повідомив: внаслідок обстрілу Очакова поранено двох людей.")
    assert fig(recs, "injured", 2).place == "Ochakiv"


def test_seas_and_the_land_listed_with_them():
    recs, all_ = figures("Над акваторией Черного моря сбиты 6 беспилотников. Над Крымом и Азовским морем "
                         "уничтожены 9 дронов.")
    assert fig(recs, "drone", 6).place == "Black Sea" and fig(recs, "drone", 9).place == "Crimea"
    assert {"Black Sea", "Sea of Azov", "Crimea"} <= {r.name for r in all_ if r.type == "place"}


def _places(text):
    _, recs = figures(text)
    return {r.name: r for r in recs if r.type == "place"}


def test_a_hromada_is_named_after_the_town_of_the_articles_region():
    zolochiv = _places("На Харківщині під обстріл потрапила Золочівська громада.")
    hromada = next(r for n, r in zolochiv.items() if n.startswith("Zolochiv"))
    assert hromada.admin1 == "Kharkiv Oblast"                    # not Zolochiv of Lviv Oblast
    sumy = _places("На Сумщині під ударом були Краснопільська та Юнаківська громади.")
    assert {r.admin1 for n, r in sumy.items() if n.endswith("hromada")} == {"Sumy Oblast"}


def test_districts_listed_after_their_noun_and_city_districts_of_a_named_city():
    kyiv = _places("У Києві пошкодження є у трьох районах міста: Подільському, Дарницькому та Оболонському.")
    assert {"Podilskyi district", "Darnytskyi district", "Obolonskyi district"} <= set(kyiv)
    donetsk = _places("Под обстрел попал Ленинский район Донецка.")
    d = next(r for n, r in donetsk.items() if n != "Donetsk")
    assert d.precision == "district" and abs(d.lat - 48.0) < 0.1 and abs(d.lon - 37.8) < 0.1
    horlivka = _places("В администрации Горловки сообщили о прилёте в Центрально-Городском районе города.")
    assert all(abs(r.lat - 48.3) < 0.1 for r in horlivka.values())


def test_okrugs_lands_axes_and_two_word_countries():
    assert any(n.startswith("Sudzha") and r.precision == "district"
               for n, r in _places("В Суджанском муниципальном округе повреждена ЛЭП.").items())
    assert [(r.name[:2], r.kind) for r in _places("Ворог обстріляв Ізюмщину.").values()] == [("Iz", "raion")]
    assert _places("Бої тривають на Куп'янському напрямку.") == {}
    assert "Russia" in _places("Беспилотники летели над территорией Российской Федерации.")
    assert "Donetsk Oblast" in _places("Об этом сообщили в ДНР.")


def test_an_old_name_of_a_city_does_not_move_a_village():
    places = _places("На Херсонщині під обстріл потрапили Станіслав і Білозерка.")
    assert "Ivano-Frankivsk" not in places and "Stanislav" in places


def test_a_month_after_a_preposition():
    recs, _ = figures("В феврале на этом месте погибли двое.")
    assert fig(recs, "killed", 2).date == "2025-02"
    recs, _ = figures("У березні тут поранено трьох людей.")
    assert fig(recs, "injured", 3).date == "2025-03"


def test_a_small_namesake_far_from_the_articles_regions_is_not_guessed():
    # the Crimean village is not in GeoNames' towns; the Lyubymivkas it holds lie in other oblasts
    places = _places("У Севастополі та в Качі пролунали вибухи, уламки впали біля Любимівки.")
    assert "Sevastopol" in places and not any(n.startswith(("Lyubym", "Liubym")) for n in places)
    assert "Krasnopillya" in _places("На Сумщині обстріляли Краснопілля.")     # in the region: kept


def test_a_settlement_word_introduces_a_name_that_reads_as_an_adjective():
    places = _places("У селі Зелене Херсонської громади поранено чоловіка.")
    assert "Zelene" in places and any(n.startswith("Kherson") for n in places)


@pytest.mark.parametrize("sentence,category,count", [
    ("Сили ППО збили 60 дронів. 20 – локаційно втрачені.", "drone", 20),
    ("Від початку року ворог випустив по області шістсот снарядів.", "artillery", 600),
    ("Постраждали одинадцятеро людей.", "injured", 11),
])
def test_more_numbers_and_air_force_lines(sentence, category, count):
    recs, _ = figures(sentence)
    fig(recs, category, count)


def test_a_city_district_belongs_to_the_city_named_just_before_it():
    places = _places("Вночі дрони атакували Київ. У Херсоні вдень обстріляли Дніпровський район.")
    district = places["Dniprovskyi district"]
    assert district.admin1 == "Kherson Oblast" and abs(district.lat - 46.6) < 0.1


def test_regions_in_the_plural_stand_for_the_country():
    recs, _ = figures("Губернатор Курской области сообщил о повреждениях. За ночь над регионами страны "
                      "уничтожены 80 беспилотников, из них 30 — над Курской областью.")
    assert fig(recs, "drone", 80).place == "Russia" and fig(recs, "drone", 30).place == "Kursk Oblast"


def test_a_word_naming_several_towns_is_the_one_of_the_articles_region():
    places = _places("Ворог атакував Запоріжжя, Оріхів та Степногірськ. Під ударом було і село поблизу Мирного.")
    assert not any(n.startswith("Mirn") for n in places)                # Mirny is in Yakutia
    okrugs = _places("Больше всего досталось Шебекинскому и Валуйскому округам Белгородской области.")
    assert any(n.startswith("Shebekino") for n in okrugs)


def test_thousands_written_with_their_rest_and_towns_listed_after_a_preposition():
    recs, _ = figures("Від початку повномасштабного вторгнення на Донеччині загинули 3 тис. 120 цивільних.")
    assert fig(recs, "killed", 3120).date is None
    recs, _ = figures("С начала года сбиты 61 тыс. 12 апреля — ещё 40 беспилотников.")
    assert not any(r.count == 61012 for r in recs) and fig(recs, "drone", 40)
    recs, all_ = figures("За добу росіяни вбили 3 мешканців області: у Костянтинівці, Покровську та Дружківці.")
    assert {"Kostiantynivka", "Pokrovsk", "Druzhkivka"} <= {r.name for r in all_ if r.type == "place"}
    assert fig(recs, "killed", 3).place == "Donetsk Oblast"          # towns of one region: the region


def test_a_night_between_two_days_and_a_span_of_days():
    recs, _ = figures("В ночь с 19 на 20 апреля над Курской областью сбиты 20 беспилотников.")
    assert [(r.count, r.date) for r in recs] == [(20, "2025-04-20")]           # no count of 19
    recs, _ = figures("У ніч проти 22 квітня над Сумщиною збито 7 дронів. З 10 по 15 квітня поранено 3 людей.")
    assert fig(recs, "drone", 7).date == "2025-04-22" and fig(recs, "injured", 3).date is None


def test_a_defence_ministry_breakdown_and_received_wounds_and_ranylo():
    figs, _ = figures("Дежурными средствами ПВО перехвачены и уничтожены 40 украинских беспилотников:\n\n"
                      "24 — над территорией Брянской области,\n15 — над территорией Курской области.")
    assert {(r.category, r.count, r.role) for r in figs} >= {("drone", 40, "shot_down"), ("drone", 24, "shot_down"),
                                                            ("drone", 15, "shot_down")}
    figs, _ = figures("Не менее 20 человек погибли и 15 получили ранения в результате взрыва.")
    assert sorted((r.category, r.count) for r in figs) == [("injured", 15), ("killed", 20)]
    figs, _ = figures("Двох чоловіків ранило уламками.")
    assert [(r.category, r.count) for r in figs] == [("injured", 2)]


def test_a_headline_above_the_dateline_places_the_leads_figures():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    text = ("Донецька обласна прокуратура\n\nАвіаудар по Краматорську: розпочато розслідування\n\n"
            "15 липня 2025 року, 14:20\n\nСьогодні близько 10:40 окупанти завдали авіаудару по центральній частині "
            "міста. Внаслідок удару загинули троє цивільних.\n")
    recs = [r for r in extract_document(load_bytes("k.txt", text.encode())) if r.type == "casualty"]
    assert [(r.count, r.place) for r in recs] == [(3, "Kramatorsk")]


def test_a_dateline_that_opens_the_first_paragraph_dates_the_article_not_its_figures():
    text = ("Бойовики атакували колону\n\nУАГАДУГУ, 22 вересня 2025 — Щонайменше 37 військових загинули "
            "в суботу внаслідок нападу бойовиків на колону.\n\nНа початку вересня біля Барсалого "
            "загинули близько 50 військових.\n")
    doc = load_bytes("t.txt", text.encode())
    assert doc.published == date(2025, 9, 22)
    recs = [r for r in extract_document(doc) if r.type == "casualty"]
    assert {(r.count, r.date) for r in recs} == {(37, "2025-09-20"), (50, "2025-09")}


def test_part_of_a_month():
    from dashboard.dates_ukru import find_dates_ukru
    got = {d.text: d.value for d in find_dates_ukru(
        "На початку вересня, наприкінці серпня, в конце августа 2024 года, в начале июня.", date(2025, 9, 22))}
    assert got == {"На початку вересня": "2025-09", "наприкінці серпня": "2025-08",
                   "в конце августа 2024": "2024-08", "в начале июня": "2025-06"}


def test_one_and_a_half_tens_is_about_fifteen():
    figs, _ = figures("Поранено півтора десятка людей. Над областю збито півтора десятка безпілотників.")
    assert {(r.category, r.count, r.qualifier) for r in figs} == {("injured", 15, "about"), ("drone", 15, "about")}


def test_a_wire_dateline_without_a_year_is_no_place_of_the_story_and_half_a_million_counts():
    text = ("ДАМАСК, 3 октября. /Агентство/\n\nНе менее 12 человек погибли при взрыве у рынка в центре Хомса в "
            "пятницу.\n\nПо их данным, среди погибших пятеро детей.\n\nЗа годы войны в Сирии погибли более "
            "полумиллиона человек.\n")
    recs = [r for r in extract_document(load_bytes("t.txt", text.encode())) if r.type == "casualty"]
    assert [(r.count, r.place) for r in recs][:2] == [(12, "Homs"), (5, "Homs")]
    assert recs[-1].count == 500000 and recs[-1].qualifier == "more_than"


def test_a_posts_item_opened_by_an_emoji_and_its_place():
    text = ("Белгородская область\n18 ноября 2025\n\n⚡️ Обстановка в регионе за ночь\n\n🔴 Шебекино. Ночью "
            "беспилотник атаковал многоквартирный дом. Погибли двое мирных жителей.\n")
    recs = [r for r in extract_document(load_bytes("t.txt", text.encode())) if r.type == "casualty"]
    assert [(r.count, r.place) for r in recs] == [(2, "Shebekino")]


def test_a_foreign_town_in_cyrillic_counts_where_the_article_names_its_country():
    text = ("Новини\n12 січня 2026, 10:00\n\nБойовики атакували колону в Буркіна-Фасо. У суботу армійський "
            "безпілотник завдав удару по ринку в Арібінді. Загинули щонайменше дев'ятеро людей.\n")
    recs = extract_document(load_bytes("t.txt", text.encode()))
    assert "Aribinda" in {r.name for r in recs if r.type == "place"}
    assert [(r.count, r.place) for r in recs if r.type == "casualty"] == [(9, "Aribinda")]


@pytest.mark.parametrize("text,expected", [
    ("Доля двох сторожів наразі невідома.", ("missing", 2, "exact")),
    ("Судьба еще двоих жителей разрушенного дома остается неизвестной.", ("missing", 2, "exact")),
    ("Удар забрав життя п'ятьох людей.", ("killed", 5, "exact")),
    ("Около десятка жителей пропали без вести.", ("missing", 10, "about")),
    ("Ночью уничтожено около двух десятков беспилотников.", ("drone", 20, "about")),
    ("В бою погибли 12 солдат правительственных сил.", ("killed", 12, "exact")),
    ("В результате атаки ранен 1 сотрудник предприятия.", ("injured", 1, "exact")),
    ("С 2015 года погибли более пяти тысяч человек.", ("killed", 5000, "more_than")),
    ("Всего уничтожено 112\u202f406 беспилотных летательных аппаратов.", ("drone", 112406, "exact")),
    ("В больницах остаются 11 пострадавших.", ("hospitalized", 11, "exact")),
])
def test_slavic_idioms_people_and_numbers(text, expected):
    figs, _ = figures(text)
    assert [(r.category, r.count, r.qualifier) for r in figs] == [expected]


def test_railway_workers_crew_members_and_a_fate_not_established():
    figs, _ = figures("Унаслідок удару загинули двоє залізничників. Долю ще двох людей наразі не встановлено.")
    assert [(r.category, r.count) for r in figs] == [("killed", 2), ("missing", 2)]
    figs, _ = figures("Судьба еще двоих членов экипажа остается неизвестной.")
    assert [(r.category, r.count) for r in figs] == [("missing", 2)]


def test_people_still_under_the_rubble_are_missing_and_half_hundreds_count():
    figs, _ = figures("Під завалами можуть перебувати ще двоє людей.")
    assert [(r.category, r.count) for r in figs] == [("missing", 2)]
    figs, _ = figures("Под завалами нашли тела трех человек.")
    assert [(r.category, r.count) for r in figs] == [("killed", 3)]
    figs, _ = figures("За октябрь через нас прошли почти полсотни раненых.")
    assert [(r.category, r.count, r.qualifier) for r in figs] == [("injured", 50, "about")]


def test_foreign_countries_in_cyrillic_and_no_village_from_a_sentence_opening_word():
    _, recs = figures("Армия Мьянмы нанесла удар по деревне. Атаки на регион продолжаются, "
                      "беженцы пересекли границу с Таиландом. В Южном Судане погибли 5 человек.")
    names = {r.name for r in recs if r.type == "place"}
    assert {"Myanmar", "Thailand", "South Sudan"} <= names and "Ataky" not in names


def test_a_city_district_the_gazetteer_lacks_is_the_citys_not_a_namesake_far_away():
    _, recs = figures("Прошлой ночью беспилотники атаковали Волгоград. Обломки упали во двор дома в "
                      "Ворошиловском районе: пострадали двое жителей.")
    rec = next(r for r in recs if r.type == "casualty")
    assert rec.admin1 == "Volgograd Oblast" and rec.precision == "district"


def test_the_day_of_the_month_and_a_monthly_report_and_counts_by_region_in_brackets():
    _, recs = figures("11-го числа беспилотник атаковал промышленную зону в Волжском. Ранены трое рабочих.")
    assert fig(recs, "injured", 3).date == "2025-04-11"
    text = ("ООН: у березні в Україні загинули щонайменше 203 цивільні\n\nЗа даними Місії, у березні загинули 203 "
            "цивільні особи.\n\nНайбільше цивільних загинули в Харківській області (58), Сумській області (41) та "
            "Дніпропетровській області (33).\n")
    figs, _ = figures(text)
    assert fig(figs, "killed", 41).admin1 == "Sumy Oblast" and fig(figs, "killed", 33).date == "2025-03"


def test_a_loss_tables_daily_count_in_brackets():
    figs, _ = figures("Загальні бойові втрати противника:\nБпЛА оперативно-тактичного рівня ‒ 97 846 (+268)\n"
                      "крилаті ракети ‒ 4 021 (+6)\n")
    got = {(r.category, r.count): r.date for r in figs}
    assert got[("drone", 268)] is not None and got[("drone", 97846)] is None
    assert ("cruise_missile", 6) in got


def test_a_mayors_channel_is_about_the_mayors_city():
    doc = load_bytes("t.txt", "Міський голова Хмельницького\n19 березня 2025\n\n08:05\nВночі ворог завдав ракетного "
                     "удару по місту. За попередніми даними, загинули двоє людей.\n".encode())
    rec = next(r for r in extract_document(doc) if r.type == "casualty")
    assert rec.place == "Khmelnytskyi"


def test_an_exercise_played_on_a_scenario_counts_nobody_and_a_wire_credit_is_no_sentence():
    doc = load_bytes("t.txt", "«Тамбовская неделя» | 3 ноября 2028, 15:30\n\nПод Мичуринском прошли учения МЧС\n\nПо легенде "
                     "учений, ударный беспилотник «атаковал» нефтебазу, «пострадали» 14 условных работников.\n".encode())
    assert [r for r in extract_document(doc) if r.type in ("casualty", "weapon")] == []
    doc = load_bytes("t.txt", "АДДИС-АБЕБА, 14 октября 2028 года. /Агентство «Глобус-Инфо»/.\n\nНе менее тридцати двух "
                     "мирных жителей погибли в четверг.\n".encode())
    assert str(doc.published) == "2028-10-14"
    figs, _ = figures("Загалом з початку вторгнення поліція задокументувала поранення 1\u00a0047. Потім ще 5 загиблих.")
    assert fig(figs, "injured", 1047)


def test_russia_written_in_lower_case_is_still_the_country():
    _, recs = figures("Удар завдала росія, рф визнала атаку. Загинули двоє людей у Сумах.")
    assert [r.name for r in recs if r.type == "place"].count("Russia") == 2


def test_a_town_in_the_genitive_after_centre_a_stanitsa_and_a_cafe_that_is_no_zambian_town():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    uk = ("Вибух у центрі Берегового\n\nСьогодні о 04:15 у центрі Берегового пролунав вибух. Кафе вночі не працювало. "
          "П’ятеро постраждалих госпіталізовані.\n")
    recs = extract_document(load_bytes("uk.txt", uk.encode()))
    names = {r.name for r in recs if r.type == "place"}
    assert "Berehove" in names and "Kafue" not in names
    assert {(r.category, r.count) for r in recs if r.type == "casualty"} == {("hospitalized", 5)}
    ru = ("Губернатор сообщил об атаке беспилотников.\n\n📍 Станица Старотитаровская. Повреждена кровля магазина.\n\n"
          "Около тридцати раненых доставлены в больницы.\n")
    recs = extract_document(load_bytes("ru.txt", ru.encode()))
    assert "Starotitarovskaya" in {r.name for r in recs if r.type == "place"}
    assert ("hospitalized", 30) in {(r.category, r.count) for r in recs if r.type == "casualty"}


def test_a_russian_region_the_table_lacks_by_its_adjective_as_geonames_spells_it():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    ru = ("В ночь на субботу беспилотники атаковали промышленные объекты в Нижегородской области. Над Владимирской "
          "областью сбиты 17 дронов.\n")
    names = {r.name for r in extract_document(load_bytes("ru.txt", ru.encode())) if r.type == "place"}
    assert {"Nizhny Novgorod Oblast", "Vladimir Oblast"} <= names


def test_a_russian_region_named_in_ukrainian_by_its_adjective():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    uk = "Вночі дрони атакували НПЗ у Ярославській області та в Липецькій області.\n"
    names = {r.name for r in extract_document(load_bytes("uk.txt", uk.encode())) if r.type == "place"}
    assert {"Yaroslavl Oblast", "Lipetsk Oblast"} <= names


def test_including_a_count_that_stays_in_hospital_and_who_appointed_whom():
    recs, _ = figures("Після атаки дронів на Керч поранення дістали четверо мешканців. Троє постраждалих зараз у "
                   "лікарні. Від початку вторгнення в області загинули щонайменше 312 цивільних, зокрема 21 дитина.\n\n"
                   "Призначений Росією «голова» Криму заявив про двох поранених.")
    assert fig(recs, "hospitalized", 3) is not None
    child = fig(recs, "killed", 21)
    assert child is not None and child.subset
    assert fig(recs, "injured", 2).place != "Russia"      # by whom he was appointed, not where
    places = {r.name for r in figures("Над Республікою Крим збито 42 безпілотники.")[1] if r.type == "place"}
    assert "Crimea" in places and "Berhtal" not in places   # "Республікою" is no village


def test_a_drone_racing_championship_counts_no_drones():
    recs, _ = figures("В субботу в Ижевске прошел открытый чемпионат по гонкам FPV-дронов. Уже в первом заезде три "
                      "аппарата столкнулись в воздухе, а к финалу организаторы насчитали 23 разбитых дрона.")
    assert [r for r in recs if r.type == "weapon"] == []


def test_the_night_of_the_day_before_yesterday_and_a_farms_war_on_a_pest():
    from dashboard.dates_ukru import find_dates_ukru
    got = [(d.text, d.value) for d in find_dates_ukru("Удар, що стався позавчора вночі, забрав сім життів.",
                                                       date(2033, 5, 19))]
    assert got == [("позавчора", "2033-05-17"), ("вночі", "2033-05-17")]
    recs, _ = figures("Війна з кукурудзяним метеликом: фермери перейшли в наступ із дронами. Агрохолдинг вивів у поле "
                      "12 дронів-обприскувачів.")
    assert [r for r in recs if r.type == "weapon"] == []


def test_an_oblast_summarys_table_of_launched_and_shot_down_pairs():
    # stop 29 (ukru_blind15): "Засоби нападу | Запущено / збито" and rows of "N / M"
    text = ("14 березня 2031 року\n\nУ ніч на 14 березня ворог атакував Житомирську область ударними безпілотниками "
            "та крилатими ракетами.\n\nЗасоби нападу                    | Запущено / збито\n"
            "Ударні БпЛА типу «Шахед»          | 27 / 21\nКрилаті ракети Х-101              | 4 / 3\n"
            "Усього                            | 31 / 24\n")
    recs = extract_document(load_bytes("t.txt", text.encode("utf-8")))
    rows = {(r.category, r.count, r.role) for r in recs if r.type == "weapon" and "|" in r.sentence}
    assert rows == {("drone", 27, "launched"), ("drone", 21, "shot_down"),
                    ("cruise_missile", 4, "launched"), ("cruise_missile", 3, "shot_down")}


def test_counts_told_respectively_take_the_kinds_listed_before_them():
    # stop 30 (ukru_blind15): "запустив 146 ударних БпЛА та 11 ракет різних типів; збито 128 і 9 відповідно"
    figs, _ = figures("За даними Повітряних сил, ворог запустив 146 ударних БпЛА та 11 ракет різних типів; збито 128 і 9 "
                      "відповідно.")
    assert {(r.category, r.count, r.role) for r in figs if r.type == "weapon"} == {
        ("drone", 146, "launched"), ("missile", 11, "launched"), ("drone", 128, "shot_down"), ("missile", 9, "shot_down")}


def test_in_hospital_after_the_noun_treatment_going_on_addresses_slang_and_a_money_range():
    # stop 31 (ukru_blind13-14): "Четверо постраждалих у лікарні" are in hospital; "продолжают лечение 9 человек,
    # пострадавших" too; "вул. Садова, 7 —" is a house; «двухсотых» / «трёхсотых» are the dead and the wounded;
    # "от 200 до 400 тысяч рублей" is money
    recs, _ = figures("Четверо постраждалих у лікарні, решті медики надали допомогу на місці.")
    assert {(r.category, r.count) for r in recs if r.type == "casualty"} == {("hospitalized", 4)}
    recs, _ = figures("В медицинских организациях региона продолжают лечение 9 человек, пострадавших при атаке "
                      "беспилотников на Иваново.")
    assert {(r.category, r.count) for r in recs if r.type == "casualty"} == {("hospitalized", 9)}
    recs, _ = figures("• вул. Садова, 7 — приватний будинок зруйновано вщент, тут загинули двоє людей.")
    assert {(r.category, r.count) for r in recs if r.type == "casualty"} == {("killed", 2)}
    recs, _ = figures("На том же участке двое «двухсотых» и пятеро «трёхсотых», одного тяжелого вывезли под утро.")
    assert {(r.category, r.count) for r in recs if r.type == "casualty"} == {("killed", 2), ("injured", 5)}
    recs, _ = figures("Погибли 3 человека. Пострадавшим выплаты составят от 200 до 400 тысяч рублей.")
    assert [(r.category, r.count) for r in recs if r.type == "casualty"] == [("killed", 3)]


def test_treated_here_brought_to_hospital_a_partys_losses_and_two_word_towns():
    # stop 31 (ukru_blind16)
    recs, _ = figures("Зараз у нас лікуються чотирнадцятеро постраждалих.")
    assert {(r.category, r.count) for r in recs if r.type == "casualty"} == {("hospitalized", 14)}
    recs, _ = figures("Двух человек с осколочными ранениями доставили в Республиканскую больницу, остальным помощь "
                      "оказана на месте.")
    assert {(r.category, r.count) for r in recs if r.type == "casualty"} == {("hospitalized", 2)}
    recs, _ = figures("Противник потерял до 40 военнослужащих.")
    assert {(r.category, r.count, r.qualifier) for r in recs if r.type == "casualty"} == {("killed", 40, "up_to")}
    _, recs = figures("В Старой Руссе погибли 2 человека. Над Калмыкией сбиты 3 беспилотника.")
    assert {"Staraya Russa", "Kalmykiya Republic"} <= {r.name for r in recs if r.type == "place"}


@pytest.mark.parametrize("text,want", [
    # stop 32 (ukru_blind17): "шпиталізовано", workers and patients counted, bodies are the dead, outpatients are hurt,
    # a noun after a numeral ending in one is no lone victim
    ("Дев'ятьох потерпілих шпиталізовано до Менської лікарні.", [("hospitalized", 9)]),
    ("У Ладижині поранено п'ятьох енергетиків.", [("injured", 5)]),
    ("Спасатели достали из-под завалов тела еще троих человек.", [("killed", 3)]),
    ("Пятерым оказана амбулаторная помощь, они отпущены домой.", [("injured", 5)]),
    ("В Республиканской клинической больнице находятся шестеро пациентов.", [("hospitalized", 6)]),
    ("Удары по области убили не менее 31 мирного жителя.", [("killed", 31)]),
    ("Ранены трое мужчин. Всех троих доставили в ЦРБ.", [("injured", 3), ("hospitalized", 3)]),
])
def test_care_bodies_and_workers_of_stop_32(text, want):
    figs, _ = figures(text)
    assert sorted((r.category, r.count) for r in figs) == sorted(want), [(r.category, r.count, r.evidence) for r in figs]


@pytest.mark.parametrize("text,want", [
    # stop 32 (ukru_blind17, ukru_blind18): rockets of a launcher, both in hospital, one of the bombs hit, women workers
    ("Украинские военнослужащие нанесли удар по Судже из реактивных систем залпового огня, выпустив не менее шести ракет.",
     [("rocket", 6)]),
    ("Ранены двое мужчин, оба доставлены в районную больницу.", [("injured", 2), ("hospitalized", 2)]),
    ("Росіяни скинули на село дві керовані авіабомби. Одна з них влучила в будівлю старої школи.",
     [("glide_bomb", 2), ("glide_bomb", 1)]),
    ("Травмовано трьох працівниць підприємства.", [("injured", 3)]),
])
def test_launchers_both_and_one_of_them_of_stop_32(text, want):
    figs, _ = figures(text)
    assert sorted((r.category, r.count) for r in figs) == sorted(want), [(r.category, r.count, r.evidence) for r in figs]
