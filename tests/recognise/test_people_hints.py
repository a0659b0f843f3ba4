"""The people a text names hint their country, and a place abroad that nothing supports is no
reading (issue 14, stop 17: never the wrong country). Sentences written by the authors.

- a demonym ("Kenyan herders", "Ugandan farmers") hints its country to the resolver as an
  actor of that country does: a namesake there wins over a bigger one abroad;
- a small town or district outside the actors' and peoples' countries and the next ones, in
  no country the text names, with nothing agreeing with it, is left unresolved;
- a district abroad matched only by an alternate name unlike its own is no reading when the
  actors are elsewhere.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.assemble.facts import read_sentence
from warta.geo import Gazetteer
from warta.geo.geometry import haversine_km
from warta.lang.segment import segment
from warta.pipeline import demonym_countries
from warta.recognise.lexicon import load_lexicon

from .places_read import event_location as location
from .places_read import event_locations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


@pytest.mark.parametrize(
    ("text", "country", "lat", "lon"),
    [
        # before: Kinna in Sweden, Kazo in Japan (bigger namesakes, no country named)
        ("Kenyan herders protested in Kinna over water shortages.", "KE", 0.32, 38.20),
        ("Ugandan farmers blocked the road in Kazo over land evictions.", "UG", -0.05, 30.76),
    ],
)
def test_a_demonym_hints_its_country(gz, text, country, lat, lon):
    loc = location(text, gz)
    assert loc is not None and loc.country == country, text
    assert haversine_km(loc.lat, loc.lon, lat, lon) <= 25


def test_without_a_demonym_the_bigger_namesake_keeps_its_reading(gz):
    loc = location("Residents of Kinna protested over water shortages.", gz)
    assert loc is not None and loc.country == "SE"


@pytest.mark.parametrize(
    "text",
    [
        # before: Kumpeh, a district of Jambi (Indonesia), for a Kampala suburb the gazetteer lacks
        "Somali residents of Kawempe protested against evictions.",
        # with no people named too: Kumpeh only sounds like Kawempe (stop 19)
        "Protesters blocked a road in Kawempe against food cuts.",
    ],
)
def test_a_place_abroad_nothing_supports_is_no_reading(gz, text):
    assert location(text, gz) is None


def test_police_with_their_country_give_it_not_a_place_abroad(gz):
    # no Kumpeh (Indonesia) for the Kampala suburb; since stop 25 the Ugandan police, who
    # serve at home, give their country
    loc = location("Ugandan police arrested ten opposition supporters in Kawempe.", gz)
    assert loc is not None and (loc.country, loc.precision) == ("UG", 3)


def test_a_district_abroad_under_an_unlike_alternate_name_is_no_reading(gz):
    # before: Austria's Politischer Bezirk Murtal, one of whose names is Murtal
    # since stop 24 the Afghan forces (and the Taliban, of the same country) give their country
    loc = location("Afghan soldiers clashed with Taliban fighters in Murtal district.", gz)
    assert loc is not None and (loc.country, loc.precision) == ("AF", 3)
    loc = location("Police arrested two men in Murtal district on Sunday.", gz)
    assert loc is not None and loc.country == "AT"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Somali traders and Kenyan police met in the town.", ["SO", "KE"]),
        ("South Sudanese soldiers crossed the border.", ["SS"]),
        ("Congolese soldiers and Pak Army officers were there.", ["CD", "CG", "PK"]),
        ("American football fans and a french chef met.", []),
    ],
)
def test_demonyms_are_read_whole_and_capitalised(text, codes):
    lex = load_lexicon("en")
    (span,) = segment(text, "en").sentences
    facts = read_sentence(text, 0, span, lex, None, None)
    assert demonym_countries(facts) == codes


def test_a_near_spelling_abroad_is_no_reading_in_indonesian_too(gz):
    text = "Ratusan warga memblokir jalan di Kawempe untuk memprotes pemotongan bantuan pangan."
    assert set(event_locations(text, gz, "id")) == {None}
