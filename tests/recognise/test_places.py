"""Place mentions: the defining article's places, cues, relations and traps.

Tests marked with the `full_gazetteer` fixture need the built gazetteer ($WARTA_GAZETTEER,
which `make test` sets); they are skipped with a reason when it is absent.
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer
from warta.geo.geometry import haversine_km
from warta.geo.place import PlaceMention
from warta.geo.resolve import location_of, resolve
from warta.lang.segment import segment
from warta.model import Document
from warta.read import read_paths
from warta.recognise.lexicon import load_lexicon
from warta.recognise.phrases import tokenize
from warta.recognise.places import document_places, find_places

from ..conftest import SEED

# Where the defining article's places are (GeoNames / Wikipedia coordinates).
TRUE = {
    "al-Kom": (35.20, 38.85),
    "Kom": (35.20, 38.85),
    "Sukhnah": (34.8853, 38.8711),
    "Gunung Bishri": (35.29, 39.22),
    "Deir Ezzor": (35.3359, 40.1408),
    "al-Mayadin": (35.0198, 40.4515),
    "al-Tanf": (33.5058, 38.6178),
    "Homs": (34.7241, 36.7256),
    "Aleppo": (36.2012, 37.1612),
    "Baghuz": (34.4586, 40.9506),
}


@pytest.fixture(scope="module")
def seed(full_gazetteer):
    doc = next(d for d in read_paths([str(SEED)]) if isinstance(d, Document))
    mentions = document_places(doc.text, segment(doc.text, "id"), full_gazetteer, language="id")
    return doc.text, mentions, resolve(mentions)


def places_in(text: str, gazetteer: Gazetteer | None, code: str = "id") -> list[PlaceMention]:
    lex = load_lexicon(code)
    tokens = tokenize(text, 0, len(text))
    return find_places(text, tokens, list(lex.index.scan(tokens)), lex, gazetteer)


@pytest.mark.parametrize("name", sorted(TRUE))
def test_seed_article_place_is_found_and_resolved_within_15_km(seed, name):
    _, mentions, places = seed
    found = [(m, p) for m, p in zip(mentions, places, strict=False) if m.name == name]
    assert found, f"{name} not found"
    for _m, p in found:
        assert p is not None, f"{name} unresolved"
        assert haversine_km(*TRUE[name], p.lat, p.lon) < 15, (name, p)


def test_al_mayadeen_the_tv_channel_is_not_a_place(seed):
    text, mentions, _ = seed
    channel = text.index("al-Mayadeen")
    assert not any(m.start <= channel < m.end for m in mentions)


def test_di_selatan_al_mayadin_is_south_of(seed):
    _, mentions, _ = seed
    assert [m.relation for m in mentions if m.name == "al-Mayadin"] == ["south_of"]


def test_antara_sukhnah_dan_deir_ezzor_gives_partners_and_a_midpoint(seed):
    text, mentions, places = seed
    start = text.index("antara Sukhnah dan Deir Ezzor")
    pair = [i for i, m in enumerate(mentions) if start <= m.start < start + 30]
    assert [mentions[i].name for i in pair] == ["Sukhnah", "Deir Ezzor"]
    a, b = pair
    assert mentions[a].relation == mentions[b].relation == "between"
    assert (mentions[a].partner, mentions[b].partner) == (b, a)
    loc = location_of(mentions[a], places[a], places[b])
    assert loc is not None and loc.precision == 2 and loc.relation == "between"
    assert min(places[a].lat, places[b].lat) < loc.lat < max(places[a].lat, places[b].lat)
    assert min(places[a].lon, places[b].lon) < loc.lon < max(places[a].lon, places[b].lon)


def test_pangkalan_as_di_al_tanf_is_the_base_at_al_tanf(seed):
    _, mentions, places = seed
    tanf = [(m, p) for m, p in zip(mentions, places, strict=False) if m.name == "al-Tanf"]
    assert [m.relation for m, _ in tanf] == ["base"]
    assert tanf[0][1] is not None and tanf[0][1].id == "sup:al-tanf"


def test_di_dekat_kota_sukhnah_is_near_with_its_cue(full_gazetteer):
    (m,) = places_in("Dua unit dikepung di dekat kota Sukhnah, kata milisi itu.", full_gazetteer)
    assert (m.name, m.relation, m.cue, m.feature) == ("Sukhnah", "near", "kota", "town")


def test_desa_al_kom_di_daerah_sukhnah(full_gazetteer):
    text = "Mereka hilang di desa al-Kom di daerah Sukhnah pekan lalu."
    kom, sukhnah = places_in(text, full_gazetteer)
    assert (kom.name, kom.relation, kom.cue) == ("al-Kom", "at", "desa")
    assert (sukhnah.name, sukhnah.relation) == ("Sukhnah", "in")
    places = resolve([kom, sukhnah])
    assert places[0] is not None and places[0].id == "sup:al-kawm"


def test_negara_islam_and_islamic_state_are_actors_not_places(full_gazetteer):
    assert places_in("Negara Islam menarik pasukan rezim ke gurun.", full_gazetteer) == []
    assert places_in("Islamic State fighters attacked the town.", full_gazetteer, "en") == []


def test_a_newspaper_named_after_a_city_is_not_a_place(full_gazetteer):
    text = "The Jakarta Post newspaper said the attack happened in Poso."
    assert [m.name for m in places_in(text, full_gazetteer, "en")] == ["Poso"]


def test_a_person_after_a_title_is_not_a_place(full_gazetteer):
    text = "Seorang komandan, Imad Zakaria Jammu, tewas di selatan al-Mayadin."
    assert [m.name for m in places_in(text, full_gazetteer)] == ["al-Mayadin"]


def test_sentence_opening_common_words_are_not_places(full_gazetteer):
    text = "Polisi menangkap dua orang. Tim SAR tiba di Palu."
    names = [m.name for m in places_in(text, full_gazetteer)]
    assert names == ["Palu"]


def test_between_two_places_in_english(full_gazetteer):
    text = "Gunmen ambushed a bus east of Sukhnah, between Palmyra and Deir ez-Zor."
    mentions = places_in(text, full_gazetteer, "en")
    assert [(m.name, m.relation) for m in mentions] == [
        ("Sukhnah", "east_of"),
        ("Palmyra", "between"),
        ("Deir ez-Zor", "between"),
    ]
    assert (mentions[1].partner, mentions[2].partner) == (2, 1)


def test_apposition_marks_the_containing_region(full_gazetteer):
    text = "Puluhan rumah terbakar di Kediri, Lombok Barat, Nusa Tenggara Barat."
    mentions = places_in(text, full_gazetteer)
    assert [(m.name, m.relation) for m in mentions] == [
        ("Kediri", "at"),
        ("Lombok Barat", "in"),
        ("Nusa Tenggara Barat", "in"),
    ]
    kediri = resolve(mentions)[0]
    assert kediri is not None and kediri.admin2 == "Kabupaten Lombok Barat"


def test_a_regency_cue_prefers_the_regency(full_gazetteer):
    (m,) = places_in("Banjir melanda Kabupaten Bogor.", full_gazetteer)
    assert (m.name, m.cue, m.feature) == ("Kabupaten Bogor", "Kabupaten", "adm2")
    (place,) = resolve([m])
    assert place is not None and place.feature_code == "ADM2"


def test_places_only_cues_reveal_are_kept_unresolved():
    (m,) = places_in("Warga desa Pazigyi mengungsi ke hutan.", None)
    assert (m.name, m.cue, m.candidates) == ("Pazigyi", "desa", ())
    assert location_of(m, None) is None


def test_without_a_gazetteer_a_bare_name_is_no_place():
    assert places_in("Pasukan itu tiba di Sukhnah kemarin.", None) == []


def test_mentions_carry_spans_and_token_ranges(full_gazetteer):
    text = "Bom meledak di pasar Baghdad pada Senin pagi."
    lex = load_lexicon("id")
    tokens = tokenize(text, 0, len(text))
    (m,) = find_places(text, tokens, list(lex.index.scan(tokens)), lex, full_gazetteer)
    assert text[m.start : m.end] == m.name == "Baghdad"
    assert tokens[m.first].start == m.start and tokens[m.last - 1].end == m.end


def test_a_hyphenated_name_the_gazetteer_writes_as_one_word(full_gazetteer):
    (m,) = places_in(
        "Polisi membubarkan tawuran pelajar di Pondok-Gede, Sabtu malam.", full_gazetteer
    )
    assert m.name == "Pondok-Gede" and m.candidates[0].name == "Pondokgede"
    (m,) = places_in(
        "Police fired tear gas at marchers in Petion-Ville on Monday.", full_gazetteer, "en"
    )
    assert {p.name for p in m.candidates} == {"Pétionville"}
