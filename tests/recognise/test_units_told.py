"""Stop 24 (issue 14): a unit told with its kind whose name the gazetteer writes with its unit
words ("Srok Samlot", "Amphoe X", "Y District") or a little otherwise. Sentences by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer
from warta.geo.units import bare_name

from .places_read import event_locations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Srok Kaev Seima", "kaevseima"),
        ("Sohbatpur District", "sohbatpur"),
        ("Sohbat-pur", "sohbatpur"),
        ("Amphoe Thong Saen Khan", "thongsaenkhan"),  # Khan is a unit word only in front
        ("Khan Duon Penh", "duonpenh"),
        ("District", "district"),  # a name of one unit word keeps it
    ],
)
def test_a_units_bare_name_leaves_out_the_unit_words_around_it(name, bare):
    assert bare_name(name) == bare


def test_a_district_the_gazetteer_writes_with_its_unit_word_is_found(gz):
    (loc,) = event_locations(
        "Villagers protested against a land grant in Samlot district on Monday.", gz
    )
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Srok Samlot", "KH", 2)


def test_a_near_spelling_counts_only_in_a_country_the_text_points_to(gz):
    # "Chet Bori" is written nearly as GeoNames' Srok Chet Buri: read so when Cambodian police
    # are named, and left open when nothing says where the text is
    (loc,) = event_locations(
        "Cambodian police arrested five loggers in Chet Bori district on Monday.", gz
    )
    assert loc is not None and (loc.name, loc.country) == ("Srok Chet Buri", "KH")
    (loc,) = event_locations("Police arrested five loggers in Chet Bori district on Monday.", gz)
    assert loc is None


def test_a_unit_word_of_one_country_keeps_its_units_there(gz):
    # Kabupaten is Indonesia's word: no Cambodian district, whatever its name
    (loc,) = event_locations(
        "Polisi menangkap lima pembalak liar di Kabupaten Samlot pada Senin.", gz, "id"
    )
    assert loc is not None and (loc.country, loc.precision) == ("ID", 3)
