"""A country told with a relation word binds the other names of the text, but a country in a
list of countries, read as where the place before it lies, does not (issue 14). Sentences
written by the authors.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer

from .places_read import event_locations


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


def test_a_list_of_countries_binds_none_of_them(gz: Gazetteer):
    text = (
        "Tembakan artileri menghantam sebuah rumah di Bani Suheila, timur Khan Younis, "
        "menewaskan tiga orang pada Sabtu malam. Mesir, Qatar, dan Amerika Serikat mendesak "
        "kedua pihak kembali berunding."
    )
    locs = event_locations(text, gz, language="id")
    assert [(loc.country, loc.precision) for loc in locs if loc] == [("PS", 1)]
