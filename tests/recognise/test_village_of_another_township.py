"""Stop 29 (issue 14): a village told inside a township or district ("X village (Y township,
Z region)") whose only readings the gazetteer records in another township, beyond a
township's reach (40 km) of the one told, is a namesake: the event falls back to the
township told (ACLED's precision 2). A village recorded in the township told, or recorded in
a neighbouring township near the one told, stays. Sentences written by the authors; the
village names are MIMU's.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def where(text: str, gz: Gazetteer) -> tuple[str, str | None, int]:
    loc = event_location(text, gz)
    assert loc is not None
    return loc.name, loc.admin1, loc.precision


def test_a_village_recorded_in_a_far_township_falls_back_to_the_township_told(gz):
    # MIMU's one San Saing lies in Homalin township, 86 km from Tamu's point
    text = (
        "On Tuesday, soldiers set fire to houses in San Saing village (Tamu township, Sagaing "
        "region), residents said."
    )
    assert where(text, gz) == ("Tamu", "Sagaing", 2)


def test_a_village_recorded_in_the_township_told_stays(gz):
    text = (
        "On Tuesday, soldiers set fire to houses in San Saing village (Homalin township, "
        "Sagaing region), residents said."
    )
    assert where(text, gz) == ("San Saing", "Sagaing", 1)


def test_a_village_of_the_next_township_near_the_one_told_stays(gz):
    # Htein Pin Kar is recorded in Ayadaw township, 16 km from Budalin's point: sources draw
    # township lines otherwise, and the village may be the one meant
    text = (
        "On Tuesday, soldiers set fire to houses in Htein Pin Kar village (Budalin township, "
        "Sagaing region), residents said."
    )
    assert where(text, gz) == ("Htein Pin Kar", "Sagaing", 1)
