"""A province named bare binds the other names unless that leaves a town told with a
relation word without a reading next door (Kefamenanu near the Oecusse enclave); a reading
on another continent is a namesake and does not keep it from binding (issue 14). Sentences
written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_location


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_far_namesake_does_not_keep_a_bare_province_from_binding(gz: Gazetteer):
    text = "Meghalaya police said two militants were killed in a gunfight at Durama on Sunday."
    loc = event_location(text, gz)
    assert loc is not None
    assert (loc.country, loc.admin1, loc.precision) == ("IN", "Meghalaya", 3)
