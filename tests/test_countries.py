"""Country names inside actor names the way ACLED writes them."""

import pytest

from warta.countries import with_country


@pytest.mark.parametrize(
    ("template", "iso2", "name"),
    [
        ("Military Forces of {country}", "PH", "Military Forces of the Philippines"),
        ("Police Forces of {country}", "CD", "Police Forces of the Democratic Republic of Congo"),
        ("Military Forces of {country}", "ID", "Military Forces of Indonesia"),
        ("Civilians ({country})", "PH", "Civilians (Philippines)"),
        ("Police Forces of {country}", None, "Police Forces"),
        ("Rioters ({country})", None, "Rioters"),
    ],
)
def test_a_country_takes_acled_s_article_after_of_only(template, iso2, name):
    assert with_country(template, iso2) == name
