"""A people's or a clan's armed men told by its name (stop 27): "Pokot cattle rustlers", "the
Kipsigis and Maasai communities", "the Jibril and Matan clans" are ACLED's identity militias
named after them ("Pokot Ethnic Militia (Kenya)", "Kipsigi Ethnic Militia (Kenya)", "Jibril
Clan Militia (Kenya)"); "milisi suku Nduga" is "Nduga Ethnic Militia (Indonesia)", and
"Baloch separatists" are "Baloch Separatists (Pakistan)". A group listed keeps its name. Faiths
("Hindu and Muslim communities") and a person's people told in the singular ("a man of the
Fulani ethnic group") are no militia. Every sentence here is our own."""

import pytest

from .extracted import actor_names, extract_texts

PUBLISHED = "2024-06-12"

# key: (text, actor1, actor2 or None when not checked, a name no actor may bear or None)
CASES = {
    "en-people-and-noun": (
        "Pokot cattle rustlers struck Namawanga village in Bungoma on Monday and shot dead a"
        " farmer.",
        "Pokot Ethnic Militia (Kenya)",
        "Civilians (Kenya)",
        None,
    ),
    "en-two-peoples-plural-dropped": (
        "Three people were killed in Esoit, Narok County, on Monday in fighting between the"
        " Kipsigis and Maasai communities.",
        "Kipsigi Ethnic Militia (Kenya)",
        "Maasai Ethnic Militia (Kenya)",
        None,
    ),
    "en-two-clans": (
        "Six people died in fighting between Jibril and Matan clans in Wajir county on Saturday.",
        "Jibril Clan Militia (Kenya)",
        "Matan Clan Militia (Kenya)",
        None,
    ),
    "id-milisi-suku": (
        "Milisi suku Nduga menyerang warga di Kenyam pada Senin dan menewaskan dua orang.",
        "Nduga Ethnic Militia (Indonesia)",
        "Civilians (Indonesia)",
        None,
    ),
    "en-peoples-separatists": (
        "Suspected Baloch separatists opened fire on a police van in Quetta on Monday, wounding"
        " six policemen.",
        "Baloch Separatists (Pakistan)",
        "Police Forces of Pakistan",
        None,
    ),
    # the traps: a group listed keeps its name, faiths, and a person's people
    "en-listed-separatists": (
        "Papuan separatists shot dead two soldiers in Nduga on Monday.",
        "West Papua National Liberation Army",
        "Military Forces of Indonesia",
        "Papuan Separatists (Indonesia)",
    ),
    "en-faiths-no-militia": (
        "Two people died in clashes between Hindu and Muslim communities in Meerut on Saturday.",
        None,
        None,
        "Hindu Ethnic Militia (India)",
    ),
    "en-singular-people-no-militia": (
        "A man of the Fulani ethnic group was shot dead by gunmen in Djibo on Monday.",
        "Unidentified Armed Group (Burkina Faso)",
        "Civilians (Burkina Faso)",
        "Fulani Ethnic Militia (Burkina Faso)",
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, case[0], PUBLISHED) for k, case in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("identity"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_sides_named_as_acled_codes_them(extracted, key):
    _, actor1, actor2, not_an_actor = CASES[key]
    [event] = extracted[key]
    if actor1 is not None:
        assert event["actor1"]["name"] == actor1
    if actor2 is not None:
        assert (event["actor2"] or {}).get("name") == actor2
    names = actor_names(event)
    assert not_an_actor not in names
