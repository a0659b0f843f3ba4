"""A role told with its nationality ("Zambian soldiers", "polisi Malaysia") is that country's
forces wherever the event took place, and the document's bare mentions of the same role
("two soldiers were killed") are too, in both languages."""

import pytest

from .extracted import extract_texts

TEXTS = {
    # abroad: the event is in DR Congo, the soldiers are Zambia's
    "en-abroad": (
        "Zambian soldiers exchanged fire with militiamen near Kasumbalesa in Haut-Katanga "
        "province, Democratic Republic of Congo, on Thursday. Two soldiers were killed, the "
        "Zambian army said."
    ),
    "id-abroad": (
        "Tentara Thailand terlibat baku tembak dengan milisi bersenjata di dekat Poipet, "
        "Kamboja, pada Kamis (5/6/2025). Dua tentara tewas, kata juru bicara militer."
    ),
    # no place at all: the nationality is the only country told, and police serve at home,
    # so the event falls back to their country (stop 25)
    "en-noplace": (
        "Bangladeshi police opened fire on a crowd of garment workers on Sunday, killing two "
        "of them, witnesses said."
    ),
    "id-noplace": (
        "Polisi Malaysia menembak mati tiga tersangka perampok bersenjata dalam baku tembak "
        "pada Minggu (8/6/2025), kata polisi."
    ),
    # trap: no nationality told for the police, who are the event country's
    "en-home": "Police shot dead two protesters in Kisumu on Monday, witnesses said.",
    # trap: two nationalities told for soldiers: the bare "soldiers" takes neither
    "en-two": (
        "Thai soldiers fired artillery at positions near the border temple of Preah Vihear in "
        "Cambodia on Thursday, and Cambodian soldiers returned fire. Three soldiers were "
        "wounded."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2025-06-09") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("nationality"), rows, gazetteer_path)


def _actors(event: dict) -> list[str]:
    sides = [event.get("actor1"), event.get("actor2"), *event.get("assoc_actor1", []),
             *event.get("assoc_actor2", [])]  # fmt: skip
    return [a["name"] for a in sides if a]


@pytest.mark.parametrize(
    ("key", "actor1", "country"),
    [
        ("en-abroad", "Military Forces of Zambia", "CD"),
        ("id-abroad", "Military Forces of Thailand", "KH"),
        ("en-noplace", "Police Forces of Bangladesh", "BD"),
        ("id-noplace", "Police Forces of Malaysia", "MY"),
        ("en-home", "Police Forces of Kenya", "KE"),
    ],
)
def test_a_role_told_with_its_nationality_is_that_country(extracted, key, actor1, country):
    [event] = extracted[key]
    assert event["actor1"]["name"] == actor1
    assert (event.get("location") or {}).get("country") == country


@pytest.mark.parametrize("key", ["en-abroad", "id-abroad"])
def test_the_bare_role_later_is_of_the_nationality_told(extracted, key):
    """ "Two soldiers were killed" are the Zambian soldiers, not DR Congo's."""
    [event] = extracted[key]
    forces = [a for a in _actors(event) if a.startswith("Military Forces")]
    assert forces == [event["actor1"]["name"]]


def test_a_role_told_with_two_nationalities_names_both_sides(extracted):
    [event] = extracted["en-two"]
    assert event["location"]["country"] == "KH"
    assert sorted(a for a in _actors(event) if a.startswith("Military Forces")) == [
        "Military Forces of Cambodia",
        "Military Forces of Thailand",
    ]
