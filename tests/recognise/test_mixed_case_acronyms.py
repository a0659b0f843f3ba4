"""An acronym written with a lower-case letter before a capital ("LeT", "JeM", "HuJI") names a
group, not a place: no place mention (issue 14, stop 17). Sentences written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Security forces killed four LeT militants in a raid near Sopore.", ["Sopore"]),
        ("Two JeM and HuJI commanders were arrested in Baramulla.", ["Baramulla"]),
        # a hyphen between the parts: a name ("Ye-U"), as "McAllen" is one
        ("Soldiers were deployed to Ye-U and McAllen.", ["Ye-U", "McAllen"]),
    ],
)
def test_a_mixed_case_acronym_is_no_place(gz, text, names):
    assert [m.name for m, _ in read_places(text, gz)] == names
