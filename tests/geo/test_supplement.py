"""The shipped supplement: every row parses, names its coordinate source, and is findable."""

from __future__ import annotations

from warta.geo.normalise import normalise
from warta.geo.sources import supplement

ENTRIES = list(supplement.entries(supplement.default_path()))


def test_supplement_rows_have_sources_licences_and_other_names():
    assert len(ENTRIES) >= 20
    for e in ENTRIES:
        assert e.place.coord_source.split(":")[0] in {
            "Wikipedia",
            "Wikimapia",
            "GeoNames",
            "OpenStreetMap",
        }
        assert e.place.licence and e.names


def test_every_supplement_name_has_a_key():
    for e in ENTRIES:
        assert all(normalise(n) for n in (e.place.name, *e.names)), e.place.id


def test_article_places_missing_from_geonames_are_in_the_supplement():
    keys = {normalise(n) for e in ENTRIES for n in (e.place.name, *e.names)}
    for name in (
        "Jabal Bishri",
        "Gunung Bishri",
        "al-Kom",
        "al-Tanf",
        "Badia",
        "Baghuz",
        "Hodeidah port",
    ):
        assert normalise(name) in keys, name


def test_country_names_file_parses():
    names = supplement.country_names(supplement.default_path("country_names.tsv"))
    assert "Suriah" in names["SY"] and "Irak" in names["IQ"]
