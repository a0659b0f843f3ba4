"""Issue 14, stop 25: a town abroad met only through one of its alternate names, and that one
only through the name key's folding, is no reading when nothing in the text points to its
country. Sentences and village names written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location, read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def _read(text: str, gz: Gazetteer) -> list[tuple[str, str | None, str | None]]:
    return [
        (m.name, p.name if p else None, p.country if p else None) for m, p in read_places(text, gz)
    ]


def test_a_village_whose_key_meets_a_foreign_exonym_of_a_big_city_is_no_reading(gz):
    # "Gedah" folds as Jeddah's Italian name "Gedda" does; no name of Jeddah is written so
    text = "Residents of Gedah blocked the main road on Tuesday over water shortages."
    assert _read(text, gz) == [("Gedah", None, None)]
    assert event_location(text, gz) is None


def test_the_mentions_carry_which_readings_are_spelled_as_written(gz):
    ((m, _),) = read_places("Residents of Gedah blocked the main road on Tuesday.", gz)
    assert m.spelled == frozenset()
    assert "geonames:105343" not in (m.spelled_near or ())  # Jeddah


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # an English spelling of the city, one letter from its stored "El-Hodeidah"
        ("Warships shelled Hodeida on Monday.", "Al Ḩudaydah", "YE"),
        # the city's own name with a letter doubled
        ("Farmers protested in Kandahaar on Monday.", "Kandahār", "AF"),
    ],
)
def test_a_city_under_a_spelling_near_one_of_its_names_keeps_its_reading(gz, text, name, country):
    ((_, found, code),) = _read(text, gz)
    assert (found, code) == (name, country)
