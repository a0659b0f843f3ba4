"""Stop 26: the island and regency told after a list of villages hold every village of it,
on the built gazetteer. Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_the_first_village_of_a_pair_is_read_in_the_island_and_regency_after_it(gz):
    # the gazetteer has no Ori in Maluku Tengah: not a namesake in another province
    text = (
        "Warga Desa Ori dan Desa Kariu di Pulau Haruku, Kabupaten Maluku Tengah, saling serang "
        "pada Senin malam."
    )
    picks = {m.name: p for m, p in read_places(text, gz, "id")}
    assert picks["Desa Ori"] is None
    kariu = picks["Desa Kariu"]
    assert kariu is not None
    assert (kariu.name, kariu.admin2) == ("Kariu", "Kabupaten Maluku Tengah")


def test_a_village_told_in_a_regency_after_one_locative_word_is_no_namesake_elsewhere(gz):
    text = "Dua rumah dibakar di Desa Ori di Kabupaten Maluku Tengah pada Selasa."
    picks = {m.name: p for m, p in read_places(text, gz, "id")}
    assert picks["Desa Ori"] is None
    regency = picks["Kabupaten Maluku Tengah"]
    assert regency is not None and regency.feature_code == "ADM2"
