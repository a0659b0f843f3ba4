"""A place measured from another ("X, 10 km east of Y", "Desa X, 12 km di timur Y") lies
within reach of it: a namesake far away is no reading, and the event falls back to the place
it was measured from, near it (ACLED's precision 2). Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from tests.geo.conftest import mention, place
from tests.recognise.places_read import event_location, read_places
from warta.geo import Gazetteer
from warta.geo.resolve import resolve


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


@pytest.mark.parametrize(
    ("code", "text", "km"),
    [
        (
            "en",
            "Gunmen attacked the village of Sukamaju, about 12 km east of Garut, on Monday.",
            12,
        ),
        ("en", "Militants stormed the town of Hit, some 20 miles west of Ramadi.", 32.18),
        ("en", "Fighters seized Tarmiyah, 50km north of Baghdad, at dawn.", 50),
        ("id", "Warga Desa Sukamaju, sekitar 12 km di timur Garut, diserang orang bersenjata.", 12),
        ("id", "Massa membakar pos polisi di Desa Sukamaju, 3,5 kilometer di timur Garut.", 3.5),
    ],
)
def test_a_distance_before_a_bearing_measures_the_place_before(gz, code, text, km):
    (first, _), (second, _) = read_places(text, gz, code)
    assert first.anchor == 1 and first.anchor_km == pytest.approx(km, abs=0.01)
    assert second.anchor is None


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the village of Sukamaju, east of Garut, on Monday.",  # no distance
        "Gunmen attacked Sukamaju and Garut, 12 km apart, on Monday.",  # no bearing
    ],
)
def test_no_distance_told_measures_nothing(gz, text):
    assert all(m.anchor is None for m, _ in read_places(text, gz))


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        # before: Kanda in Japan, Sukamaju in South Sulawesi (300 km from Palu)
        ("en", "Rebels attacked the town of Kanda, 30 km south of Bunia.", "Kanda"),
        ("id", "Massa membakar pos polisi di Desa Sukamaju, 10 km di utara Palu.", "Desa Sukamaju"),
    ],
)
def test_a_far_namesake_of_a_measured_place_is_no_reading(gz, code, text, name):
    (first, here), (_, there) = read_places(text, gz, code)
    assert first.name == name and here is None
    assert there is not None and there.name in ("Bunia", "Palu")


def test_the_event_falls_back_near_the_place_measured_from(gz):
    loc = event_location("Rebels attacked the town of Kanda, 30 km south of Bunia on Friday.", gz)
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Bunia", "CD", 2)


def test_the_likeliest_reading_within_reach_is_taken():
    # the far reading outscores the near one, nearness to Homs and all
    far = place("geonames:1", "Karam", "SY", 35.9, 39.3, population=5_000_000)
    near = place("geonames:2", "Karam", "SY", 34.7, 36.5, population=100)
    homs = place("geonames:3", "Homs", "SY", 34.72, 36.73, population=700_000)
    found = resolve(
        [
            mention("Karam", [far, near], anchor=1, anchor_km=15.0),
            mention("Homs", [homs], start=20, relation="west_of"),
        ]
    )
    assert found == [near, homs]
    # told 200 km away, the far reading (about 265 km off) lies within 400 km
    wide = resolve(
        [
            mention("Karam", [far, near], anchor=1, anchor_km=200.0),
            mention("Homs", [homs], start=20, relation="west_of"),
        ]
    )
    assert wide == [far, homs]
