"""Stop 27 (issue 14): "X village of Y upazila", "X district of Y region": the noun after Y is
Y's kind, also when the gazetteer lacks X. Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def _read(text: str, gz: Gazetteer) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {
        m.name: (m.feature, p.feature_code if p else None, p.admin2 if p else None)
        for m, p in read_places(text, gz)
    }


def test_an_upazila_after_an_unknown_village_is_the_upazila(gz):
    # "Kholapara" is made up: the gazetteer lacks it
    text = "Two men were hacked to death at Kholapara village of Sadullapur upazila on Sunday."
    assert _read(text, gz) == {
        "Kholapara": ("village", None, None),
        "Sadullapur": ("adm3", "ADM3", "Gaibandha"),
    }


def test_a_region_after_an_unknown_district_is_the_region(gz):
    # "Kaskabel" is made up; before, "district of" was read as Kostanay's cue: the city
    text = "Farmers blocked a road at Tuzkent village in Kaskabel district of Kostanay region."
    assert _read(text, gz)["Kostanay"] == ("adm1", "ADM1", None)


def test_a_peoples_word_leaves_the_town_its_noun(gz):
    text = "Gunmen killed two traders in the Iraqi town of Al-Qaim on Monday."
    assert _read(text, gz)["Al-Qaim"] == ("town", "PPL", "Al-Ka'im District")
