"""Stop 28 (issue 14): a province named after its seat town is the town when named bare, but a
town met only under an alternate name that is the province's is the town only when the
province sits at it ("Mogilev" is Mahilyow, the region's largest town); elsewhere the name is
the province's ("Bihar" is the state, though it is also one of Bihar Sharif's names).
Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def readings(text: str, gz: Gazetteer, code: str = "en") -> dict[str, tuple[str, str] | None]:
    return {
        m.name: (p.name, p.feature_code) if p is not None else None
        for m, p in read_places(text, gz, code)
    }


def test_a_state_is_not_the_town_that_has_its_name_as_an_alternate(gz):
    en = readings("Police fired on protesters in Gaya, Bihar on Tuesday.", gz)
    assert en["Bihar"] == ("Bihar", "ADM1") and en["Gaya"] == ("Gaya", "PPL")
    assert readings("Protests spread across Bihar on Tuesday.", gz)["Bihar"] == ("Bihar", "ADM1")
    id_ = readings("Polisi membubarkan unjuk rasa mahasiswa di Bihar pada Selasa.", gz, "id")
    assert id_["Bihar"] == ("Bihar", "ADM1")


def test_a_region_sitting_at_the_town_of_its_name_is_still_the_town(gz):
    assert readings("Workers marched through Mogilev on Sunday.", gz)["Mogilev"] == (
        "Mahilyow",
        "PPL",
    )
    assert readings("Gunmen attacked a market in Menaka on Sunday.", gz)["Menaka"] == (
        "Ménaka",
        "PPL",
    )
