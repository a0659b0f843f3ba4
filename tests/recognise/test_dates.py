"""Dates resolved against the publication date, with a precision; none without one."""

from datetime import date

import pytest

from warta.recognise.dates import find_dates
from warta.recognise.lexicon import load_lexicon
from warta.recognise.phrases import tokenize

PUBLISHED = date(2019, 4, 15)  # a Monday, as in the seed article


def dates(
    code: str, text: str, published: date | None = PUBLISHED
) -> list[tuple[str, str, str, str]]:
    lex = load_lexicon(code)
    tokens = tokenize(text, 0, len(text))
    found = find_dates(tokens, list(lex.index.scan(tokens)), lex, published)
    return [(text[d.start : d.end], str(d.date), str(d.date_end), d.precision) for d in found]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("id", "pada hari Rabu", ("Rabu", "2019-04-10", "2019-04-10", "day")),
        ("id", "pada hari Kamis", ("Kamis", "2019-04-11", "2019-04-11", "day")),
        ("id", "pada hari Senin", ("Senin", "2019-04-15", "2019-04-15", "day")),
        ("id", "awal pekan lalu", ("awal pekan lalu", "2019-04-08", "2019-04-10", "week")),
        ("id", "Awal bulan ini", ("Awal bulan ini", "2019-04-01", "2019-04-10", "month")),
        ("id", "Bulan lalu", ("Bulan lalu", "2019-03-01", "2019-03-31", "month")),
        ("id", "Pada 8 April", ("8 April", "2019-04-08", "2019-04-08", "day")),
        ("id", "dua hari lalu", ("dua hari lalu", "2019-04-13", "2019-04-13", "day")),
        ("id", "kemarin", ("kemarin", "2019-04-14", "2019-04-14", "day")),
        ("id", "8 Desember", ("8 Desember", "2018-12-08", "2018-12-08", "day")),
        (
            "id",
            "Selasa (12/3/2024) pagi",
            ("Selasa (12/3/2024)", "2024-03-12", "2024-03-12", "day"),
        ),
        ("en", "on Thursday", ("Thursday", "2019-04-11", "2019-04-11", "day")),
        ("en", "earlier this month", ("earlier this month", "2019-04-01", "2019-04-10", "month")),
        ("en", "April 8, 2019", ("April 8, 2019", "2019-04-08", "2019-04-08", "day")),
        ("en", "yesterday", ("yesterday", "2019-04-14", "2019-04-14", "day")),
    ],
)
def test_dates_resolve_against_publication(code, text, expected):
    assert dates(code, text) == [expected]


def test_last_weekday_is_strictly_before_publication():
    tuesday = date(2019, 4, 16)
    assert dates("en", "last Tuesday", tuesday)[0][1] == "2019-04-09"
    assert dates("id", "Selasa lalu", tuesday)[0][1] == "2019-04-09"
    assert dates("en", "on Tuesday", tuesday)[0][1] == "2019-04-16"


def test_without_publication_date_relative_dates_stay_unresolved():
    assert dates("id", "pada hari Kamis", None) == [("Kamis", "None", "None", "day")]
    assert dates("en", "April 8, 2019", None)[0][1] == "2019-04-08"


def test_a_month_alone_after_a_lead_word_is_a_month():
    assert dates("en", "since November") == [("November", "2018-11-01", "2018-11-30", "month")]
    assert dates("id", "pada Agustus lalu")[0][1:] == ("2018-08-01", "2018-08-31", "month")
    assert dates("en", "It may rain") == []


def test_a_lead_word_glued_to_a_month_is_that_month():
    """'mid-September' is one token: the lead and the month are read through the hyphen; a
    word that is no lead ('pre-war') or no month ('mid-way') is no date."""
    assert dates("en", "He was detained in mid-September.") == [
        ("mid-September", "2018-09-01", "2018-09-30", "month")
    ]
    assert dates("en", "in early-April")[0][1:] == ("2019-04-01", "2019-04-30", "month")
    assert dates("en", "a mid-way stop in a pre-March lull") == []


def test_a_number_pair_in_brackets_after_a_unit_is_no_date():
    """'the battalion (2/17)': the unit's number; the same pair after a place or a weekday is
    a date (traps)."""
    assert dates("en", "A soldier of the battalion (2/17) was killed on Tuesday.") == [
        ("Tuesday", "2019-04-09", "2019-04-09", "day")
    ]
    assert dates("id", "Prajurit Batalyon Infanteri (2/17) gugur Selasa (9/4).") == [
        ("Selasa (9/4)", "2019-04-09", "2019-04-09", "day")
    ]
    assert dates("id", "Prajurit itu gugur di Nduga (9/4).")[0][1] == "2019-04-09"
    assert dates("en", "Three people were killed in Kabul (4/9).")[0][1] == "2019-04-09"
