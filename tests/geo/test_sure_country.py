"""A country told with a relation word binds the other names though a few small places abroad
bear its name (issue 14: never the wrong country). Names and places written by the authors."""

from warta.geo.resolve import resolve

from .conftest import mention, place

ARCADIA = place("geonames:10", "Arcadia", "VE", 8.0, -66.0, feature_class="A",
                feature_code="PCLI", population=28_000_000)  # fmt: skip
ARCADIA_VILLAGE = place("geonames:11", "Arcadia", "CU", 20.5, -75.5, population=16_000)
ARCADIA_CITY = place("geonames:12", "Arcadia", "US", 34.1, -118.0, feature_class="A",
                     feature_code="ADM1", population=0)  # fmt: skip
SALUD_ABROAD = place("geonames:13", "La Salud", "CU", 22.9, -82.4, population=28_000)


def test_a_country_with_small_namesakes_binds_the_others():
    found = resolve(
        [
            mention("Arcadia", [ARCADIA, ARCADIA_VILLAGE]),
            mention("Salud", [SALUD_ABROAD], start=60, bare=True),
        ]
    )
    # the lone name's only reading lies abroad: better unresolved than in Cuba
    assert found == [ARCADIA, None]


def test_a_country_named_like_a_province_abroad_is_not_sure():
    found = resolve(
        [
            mention("Arcadia", [ARCADIA, ARCADIA_CITY]),
            mention("Salud", [SALUD_ABROAD], start=60, bare=True),
        ]
    )
    assert found == [ARCADIA, SALUD_ABROAD]
