"""Indonesian "Kotapraja X" (a township, Myanmar's third-level unit) announces a place of
the township level, as "Distrik X" and "Kecamatan X" do: the event lies in the township,
not in the region named after it. Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from tests.recognise.places_read import event_locations
from warta.geo import Gazetteer


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


@pytest.mark.parametrize(
    ("text", "name", "lat"),
    [
        # before: both were placed at Sagaing town (21.88, 95.98), the region's namesake
        (
            "Helikopter militer Myanmar menembaki Desa Thaungdawgyaungya, Kotapraja Kani, "
            "Wilayah Sagaing, pada Senin pagi, menewaskan sembilan warga.",
            "Kani",
            22.44,
        ),
        (
            "Pasukan junta menembaki warga di Kotapraja Mingin, Wilayah Sagaing, pada Senin, "
            "menewaskan empat orang.",
            "Mingin",
            22.88,
        ),
    ],
)
def test_a_kotapraja_places_the_event_in_the_township(gz, text, name, lat):
    (loc,) = set(event_locations(text, gz, language="id"))
    assert loc is not None and loc.name == name and loc.country == "MM"
    assert loc.admin1 == "Sagaing" and round(loc.lat, 2) == lat
