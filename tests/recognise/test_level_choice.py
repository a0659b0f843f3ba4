"""Stop 25 (issue 14): right country, but the wrong point. Sentences written by the authors;
the built gazetteer is needed ($WARTA_GAZETTEER, which `make test` sets)."""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer
from warta.recognise.places import _prefixed_name

from .places_read import event_location, event_locations, read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_quarter_named_as_the_states_capital_is_not_that_capital(gz):
    # "Pernambuco" reads as its capital Recife (one of the city's names): the quarter of that
    # name lies in Caruaru, not in the capital 130 km away; before, the two towns spread the
    # report and the arrest told without a place fell back to Brazil's capital
    text = (
        "On 3 June 2020, in Caruaru, Pernambuco, police searched a house in the Recife "
        "neighbourhood. Two men were detained."
    )
    found = {m.name: (m, p) for m, p in read_places(text, gz)}
    mention, place = found["Recife"]
    assert mention.feature == "quarter" and place is None
    loc = event_location(text, gz)
    assert loc is not None and loc.name == "Caruaru" and loc.precision == 1
    assert abs(loc.lat - -8.28) < 0.1 and abs(loc.lon - -35.98) < 0.1


def test_a_front_sector_lies_in_the_district_named_after_it(gz):
    # "sector" is a feature noun after a name, so "of Kupwara district" says where the sector
    # lies: the big Rampur of Uttar Pradesh, 700 km away, is no reading, and the event falls
    # back to the district (before: Rampur, Uttar Pradesh, at precision 1)
    text = (
        "Pakistani troops shelled Indian posts in the Rampur sector of Kupwara district on Friday."
    )
    loc = event_location(text, gz)
    assert loc is not None and loc.country == "IN" and loc.admin2 == "Kupwara"
    assert loc.precision == 2 and abs(loc.lat - 34.53) < 0.1 and abs(loc.lon - 74.26) < 0.1


def test_a_unit_named_with_a_one_letter_prefix_is_a_name(gz):
    # "eThekwini" (Durban's metropolitan municipality) and "iLembe" are written with a Zulu
    # prefix before their capital: names, not lower-case words, so "X (eThekwini, KwaZulu-Natal)"
    # is a chain, and the Cape Town suburb of the same name, 1,250 km away, is no reading
    text = (
        "On 3 June 2020, residents of Newlands (eThekwini, KwaZulu-Natal) blocked a road to "
        "protest power cuts."
    )
    loc = event_location(text, gz)
    assert loc is not None and loc.country == "ZA" and loc.admin1 == "HaZulu-Natal"
    assert loc.precision == 2 and abs(loc.lat - -29.86) < 0.1 and abs(loc.lon - 31.03) < 0.1
    found = {m.name: p for m, p in read_places("Residents protested in iLembe on Monday.", gz)}
    assert found["iLembe"] is not None and found["iLembe"].admin1 == "HaZulu-Natal"


@pytest.mark.parametrize("word", ["eThekwini", "iLembe", "uMgungundlovu"])
def test_prefixed_names_are_name_shaped(word):
    assert _prefixed_name(word)


@pytest.mark.parametrize("word", ["eBay", "iOS", "e-mail", "ebola", "LeT"])
def test_other_words_are_not_prefixed_names(word):
    assert not _prefixed_name(word)


def test_an_indonesian_chain_keeps_its_village(gz):
    # "Desa X, Kecamatan Y, Kabupaten Z": the village is the most specific place the text
    # supports, read inside its regency (guards the chain beside the changes above)
    text = (
        "Warga Desa Cikadu, Kecamatan Cikalong, Kabupaten Tasikmalaya, berunjuk rasa menolak "
        "tambang pasir pada Senin."
    )
    (loc,) = set(event_locations(text, gz, "id"))
    assert loc is not None and loc.name == "Cikadu" and loc.precision == 1
    assert loc.admin2 == "Kabupaten Tasikmalaya" and abs(loc.lat - -7.60) < 0.05
