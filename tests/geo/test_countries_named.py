"""A country the text names bare ("parts of Iraq and Syria") is as named as one told with a
relation word: a town in it keeps its reading when another named country binds the rest."""

import pytest

from warta.geo.resolve import resolve

from ..assemble.extracted import extract_texts
from .conftest import mention, place

TEXTS = {
    "en-town": (
        "Heavy fighting was reported near the town of Tal Afar on Sunday, a police officer said. "
        "The group still holds ground in several parts of Iraq and Syria."
    ),
    "en-near": (
        "Clashes broke out near the town of Sinjar on Sunday, a police officer said. The "
        "militants still hold ground across parts of Iraq and Syria."
    ),
    # the Indonesian wording binds Irak already; kept so that it stays so
    "id-near": (
        "Pertempuran sengit terjadi di dekat kota Sinjar pada Minggu (9/10/2016), kata seorang "
        "perwira polisi. ISIS masih bertahan di sebagian besar Irak dan Suriah."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2016-10-10") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("countries"), rows, gazetteer_path)


# "near the town of Tal Afar" is near it: precision 2 (read as "in" before stop 27, when the
# town word's name was met only through the bare country)
@pytest.mark.parametrize(
    ("key", "name", "precision"),
    [("en-town", "Tall ‘Afar", 2), ("en-near", "Sinjār", 2), ("id-near", "Sinjār", 2)],
)
def test_a_town_in_a_country_named_bare_keeps_its_reading(extracted, key, name, precision):
    [event] = extracted[key]
    assert (event["location"]["name"], event["location"]["country"]) == (name, "IQ")
    assert event["location"]["precision"] == precision


def test_resolve_counts_a_bare_country_among_the_named():
    town = place("geonames:1", "Sinjar", "IQ", 36.32, 41.87, population=38_000)
    iraq = place("geonames:2", "Iraq", "IQ", 33.34, 44.40, feature_class="A",
                 feature_code="PCLI", population=38_000_000)  # fmt: skip
    syria = place("geonames:3", "Syria", "SY", 33.51, 36.29, feature_class="A",
                  feature_code="PCLI", population=17_000_000)  # fmt: skip
    found = resolve(
        [
            mention("Sinjar", [town], relation="near"),
            mention("Iraq", [iraq], start=40, bare=True),
            mention("Syria", [syria], start=50),
        ]
    )
    assert found == [town, iraq, syria]
