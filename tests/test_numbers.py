"""The Dutch number parser: digits in the Dutch format, scale words, words, fractions."""

from __future__ import annotations

import pytest

from transforms.extract.numbers import parse_digits, parse_number, word_value

CASES = [
    ("1.234,5", 1234.5),
    ("12.845,903", 12845.903),
    ("1.234", 1234),
    ("291.890", 291890),
    ("2,5", 2.5),
    ("4,800", 4.8),
    (",08", 0.08),
    ("1 234 567", 1234567),
    ("40\u202f000", 40000),
    ("1 234 567,89", 1234567.89),
    ("-9,2321312", -9.2321312),
    ("24,-", 24),
    ("2,3 miljard", 2.3e9),
    ("12,8 mln.", 12.8e6),
    ("1,5 mld.", 1.5e9),
    ("3 mrd", 3e9),
    ("5 duizend", 5000),
    ("2 miljoen", 2e6),
    ("veertien", 14),
    ("eenentwintig", 21),
    ("tweeëntwintig", 22),
    ("tweeentwintig", 22),
    ("honderdeenenzestig", 161),
    ("tweeduizend tweehonderdtwintig", 2220),
    ("tweeëntwintighonderd", 2200),
    ("zeventien miljoen drieënvijftigduizend negenhonderdtachtig", 17053980),
    ("vijf miljard tweehonderd miljoen", 5.2e9),
    ("twee derde", 2 / 3),
    ("een achtste", 0.125),
    ("vijf achtsten", 0.625),
    ("drie en een kwart", 3.25),
    ("driekwart", 0.75),
    ("anderhalf", 1.5),
    ("anderhalve", 1.5),
    ("anderhalf miljoen", 1.5e6),
    ("een half miljoen", 5e5),
    ("tweeënhalf", 2.5),
    ("twaalfenhalve", 12.5),
    ("de helft", 0.5),
    ("3 miljoen en een half", 3.5e6),
    ("min vijf komma vijf", -5.5),
    ("1 op de 3", 1 / 3),
    ("een dozijn", 12),
    ("3/4", 0.75),
    ("nul", 0),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_parse_number(text, value):
    got = parse_number(text)
    assert got == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize("text", ["", "miljoen", "derde", "tienen", "3.2", "1.1.1", "artikel", "1,2,3", "192.168.1.2"])
def test_not_a_number(text):
    assert parse_number(text) is None


def test_thousands_dots_need_groups_of_three():
    assert parse_digits("2.37") is None  # an article or section number, not 237
    assert parse_digits("1.2345") is None
    assert parse_digits("12.345") == 12345


def test_word_value_is_one_word():
    assert word_value("achthonderd") == 800
    assert word_value("driehonderdeenentachtigduizend") == 381000
    assert word_value("zes") == 6
    assert word_value("zesen") is None


@pytest.mark.parametrize(
    "text, value",
    [("27.7 miljoen euro", 27_700_000.0), ("1.5 procent", 1.5), ("3.25%", 3.25)],
)
def test_a_point_before_one_or_two_digits_is_a_decimal_point_when_a_unit_follows(text, value):
    from transforms.extract.figures import figures_in_text

    [fig] = figures_in_text(f"Het bedrag is {text} volgens de raming.")
    assert fig.value == pytest.approx(value)


def test_a_thousands_group_keeps_three_digits():
    assert parse_digits("12.845") == 12845.0 and parse_digits("1.234,5") == 1234.5


@pytest.mark.parametrize("text, value", [("een tien", 10.0), ("een vijf", 5.0), ("een miljoen", 1e6), ("een honderd", 100.0), ("eenentwintig", 21.0)])
def test_een_before_a_cardinal_is_an_article_not_a_one(text, value):
    assert parse_number(text) == value


def test_en_joins_a_numeral_only_where_dutch_writes_one() -> None:
    assert parse_number("honderd en twintig") == 120  # after a scale
    assert parse_number("twee en twintig") == 22  # a unit before a ten, written apart
    assert parse_number("drie en een kwart") == 3.25  # a fraction
    assert parse_number("drie en vier") is None  # two numbers: "drie en vier kwartalen"
    assert parse_number("tien en elf") is None
