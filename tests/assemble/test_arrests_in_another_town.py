"""A raid with arrests told the same day at another town near a bombing is an act of its own
(Strategic developments / Arrests), not more of the bombing: an act of another kind joins an
event by place only at that very place. Every sentence here is our own."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2022-12-07"
BOMB = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
ARRESTS = ("Strategic developments", "Arrests")

CASES = {
    "id": (
        "Sebuah bom meledak di halaman Polsek Sukajadi, Kota Bandung, Rabu pagi, menewaskan "
        "seorang polisi. Pada Rabu sore, polisi menggeledah sebuah rumah di Kota Cimahi dan "
        "menangkap dua orang yang diduga terlibat."
    ),
    "en": (
        "A bomb exploded at a police post in Bandung on Wednesday morning, killing one officer. "
        "On Wednesday afternoon, police raided a house in Cimahi and arrested two men suspected "
        "of involvement."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, text, PUBLISHED) for k, text in CASES.items()]
    return extract_texts(tmp_path_factory.mktemp("arrests_elsewhere"), rows, gazetteer_path)


@pytest.mark.parametrize("key", sorted(CASES))
def test_raid_in_the_next_town_is_its_own_event(extracted, key):
    events = extracted[key]
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [BOMB, ARRESTS]
    assert events[1]["location"]["name"] == "Cimahi"
    assert events[1]["actor1"]["name"] == "Police Forces of Indonesia"
