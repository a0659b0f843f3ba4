"""Where an act is placed when the text names a region beside the town (stop 23): "the Idlib
town of X" is X, in Idlib; "in northwest Nigeria's Kaduna state" is the state, not the
country; and weapons told as facilities or intercepted are no remote violence."""

import pytest

from .extracted import extract_texts

PUBLISHED = "2025-03-08"
TEXTS = {
    # a region, a settlement noun and "of": the settlement after it is the place
    "settlement-of": (
        "Rebels and government troops clashed in the Idlib town of Jisr al-Shughur on Thursday, "
        "a monitoring group said."
    ),
    "settlement-of-aleppo": (
        "Fighting broke out between rival rebel factions in the Aleppo town of Azaz on Friday, "
        "residents said."
    ),
    # not when the village's own name comes first ("X village of Y township")
    "village-of-township": (
        "On 5 March 2025, in Ngar Tin Gyi village of Khin-U township, the military shelled "
        "houses, residents said."
    ),
    # a state named in a country: the state, though the village is unknown
    "state-in-country": (
        "Gunmen stormed a school in the village of Tanbakuru in northwest Nigeria's Kaduna "
        "state on Thursday and abducted 40 pupils, police said."
    ),
    # a weapon word naming a facility, in a hypothetical: no act
    "drone-base": (
        "Analysts say that if the foreign forces leave their drone base at Agadez, the army "
        "will lose its aerial surveillance of the border, a researcher told reporters."
    ),
    "en-air-defences": (
        "The defence ministry said on Saturday its air defences had destroyed six drones "
        "overnight over the Belgorod region."
    ),
    "id-air-defences": (
        "Kementerian Pertahanan Rusia mengatakan sistem pertahanan udara mencegat enam drone "
        "di wilayah Belgorod pada Sabtu (8/3/2025)."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, PUBLISHED) for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("regions"), rows, gazetteer_path)


def _places(events):
    return [(e["event_type"], e["location"]["name"], e["location"]["precision"]) for e in events]


@pytest.mark.parametrize(
    ("key", "place"),
    [
        ("settlement-of", "Jisr ash Shughūr"),
        ("settlement-of-aleppo", "I‘zāz"),
        ("village-of-township", "Ngar Tin Gyi"),
    ],
)
def test_the_settlement_named_after_its_region_is_the_place(extracted, key, place):
    assert [name for _, name, _ in _places(extracted[key])] == [place]


def test_a_state_named_in_a_country_places_the_act_at_the_state(extracted):
    events = extracted["state-in-country"]
    assert [(e["location"]["name"], e["location"]["admin1"]) for e in events] == [
        ("Kaduna", "Kaduna")
    ]
    assert events[0]["sub_event_type"] == "Abduction/forced disappearance"


def test_a_drone_base_is_no_drone_strike(extracted):
    assert extracted["drone-base"] == []


@pytest.mark.parametrize("key", ["en-air-defences", "id-air-defences"])
def test_drones_destroyed_by_air_defences_are_disrupted_weapons_use(extracted, key):
    assert [(e["event_type"], e["sub_event_type"]) for e in extracted[key]] == [
        ("Strategic developments", "Disrupted weapons use")
    ]


MORE = {
    # a place measured from another ("X, about 10km east of Y") in a later sentence of the
    # article: the measure still holds (the namesake far away is no reading of it)
    "measured-later": (
        "Army retakes town near Ramadi\n\n"
        "Government forces backed by tribal fighters mobilised in Anbar province on Saturday. "
        "A commander said the campaign would take weeks.\n\n"
        "Iraqi security forces said they had retaken the town of Husaybah, about 10km east "
        "of Ramadi, the provincial capital of Anbar province."
    ),
    # a faith written as an adjective is no place ("Shia" is also Chía, Colombia)
    "faith-adjective": (
        "Four gunmen shot dead a Shia lecturer at Karachi University on Monday, police said."
    ),
    # a toll a source gives right after the news is an act of its own, though told deep
    "sourced-toll-after-news": (
        "Army retakes town near Ramadi\n\n"
        "Government forces backed by tribal fighters mobilised in Anbar province on Saturday. "
        "A commander said the campaign would take weeks. Officials met in Baghdad. Aid "
        "groups asked for access.\n\n"
        "Iraqi security forces said they had retaken the town of Husaybah, about 10km east "
        "of Ramadi.\n\n"
        "However, sources told reporters that the fighters killed 27 people, including "
        "soldiers, in two suicide attacks."
    ),
}


@pytest.fixture(scope="module")
def more(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2015-05-25") for k, t in MORE.items()]
    return extract_texts(tmp_path_factory.mktemp("regions_more"), rows, gazetteer_path)


def test_a_place_measured_from_another_holds_in_any_sentence(more):
    assert [(e["sub_event_type"], e["location"]["name"]) for e in more["measured-later"]] == [
        ("Government regains territory", "Ramadi")
    ]


def test_a_faith_written_as_an_adjective_is_no_place(more):
    assert [(e["location"]["name"], e["location"]["country"]) for e in more["faith-adjective"]] == [
        ("Karachi", "PK")
    ]


def test_a_sourced_toll_right_after_the_news_is_an_event(more):
    events = more["sourced-toll-after-news"]
    assert [e["sub_event_type"] for e in events] == ["Government regains territory", "Suicide bomb"]
    assert [c["value"] for c in events[1]["claims"]] == [27]
