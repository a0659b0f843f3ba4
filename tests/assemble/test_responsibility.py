"""A group named in a later sentence as behind an attack ("X claimed responsibility", "X is
suspected", "X mengaku bertanggung jawab") is the attack's actor1, in both languages."""

import pytest

from .extracted import extract_texts

TEXTS = {
    "en-claimed": (
        "A roadside bomb killed three soldiers near Mandera on Monday. Al Shabaab claimed "
        "responsibility."
    ),
    "en-suspected": (
        "A bomb went off at a market in Yala on Monday, wounding six people. The BRN is suspected."
    ),
    "id-claimed": (
        "Sebuah bom pinggir jalan menewaskan tiga tentara di dekat Mandera pada Senin "
        "(4/5/2020). Al Shabaab mengaku bertanggung jawab."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2020-05-05") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("responsibility"), rows, gazetteer_path)


@pytest.mark.parametrize(
    ("key", "actor1", "actor2"),
    [
        ("en-claimed", "Al Shabaab", "Military Forces of Kenya"),
        ("en-suspected", "Southern Muslim Separatists (Thailand)", "Civilians (Thailand)"),
        ("id-claimed", "Al Shabaab", "Military Forces of Kenya"),
    ],
)
def test_the_group_behind_it_is_actor1(extracted, key, actor1, actor2):
    [event] = extracted[key]
    assert event["event_type"] == "Explosions/Remote violence"
    assert (event["actor1"]["name"], event["actor2"]["name"]) == (actor1, actor2)
