import pytest

from dashboard.extract.numbers import find_numbers, words_to_int


def test_words_to_int():
    assert words_to_int("twenty-one") == 21
    assert words_to_int("one hundred and five") == 105
    assert words_to_int("two thousand") == 2000
    assert words_to_int("Sixty-four") == 64
    assert words_to_int("banana") is None


def test_find_numbers():
    got = [(n.text, n.value, n.vague) for n in find_numbers(
        "twelve, 1,200, 5000, a dozen, two dozen, dozens, 1.2 million, Tu-95, 3.5 km")]
    assert got == [("twelve", 12, False), ("1,200", 1200, False), ("5000", 5000, False),
                   ("a dozen", 12, False), ("two dozen", 24, False), ("dozens", None, True),
                   ("1.2 million", 1200000, False)]


def test_a_number_repeated_in_digits_is_one_number():
    from dashboard.extract.numbers import find_numbers
    got = [(n.text, n.value) for n in find_numbers("two (2) boatmen, twelve (12) fatalities, five (6) and 3 (3)")]
    assert got == [("two (2)", 2), ("twelve (12)", 12), ("five", 5), ("6", 6), ("3", 3), ("3", 3)]


def test_a_count_in_digits_repeated_in_words_is_one_number():
    from dashboard.extract.numbers import find_numbers
    got = [(n.text, n.value) for n in find_numbers("08 (eight) persons and 21 (twenty-one) injured, 3 (three), 4 (five)")]
    assert got == [("08 (eight)", 8), ("21 (twenty-one)", 21), ("3 (three)", 3), ("4", 4), ("five", 5)]


@pytest.mark.parametrize("text,expected", [
    ("climbs to six\n\nTwo suspects", [("six", 6), ("Two", 2)]),      # a line break ends a number
    ("at a nine-night in", [("nine", 9)]),                             # "a" takes only a scale
    ("nineteen eighty-four", [("nineteen", 19), ("eighty-four", 84)]),  # a teen takes only a scale
    ("a brother and sister aged seven and eleven", [("seven", 7), ("eleven", 11)]),
    ("one thousand two hundred and five", [("one thousand two hundred and five", 1205)]),
    ("twenty five", [("twenty five", 25)]),
    ("a hundred thousand", [("a hundred thousand", 100000)]),
])
def test_a_run_of_number_words_is_cut_to_the_number_it_reads_as(text, expected):
    assert [(n.text, n.value) for n in find_numbers(text)] == expected
