"""Place chains and country context in sentences written like real reports (by the authors):
"X (Y, Z)", "X township (Y district, Z region)", "X area of Y", "Desa X, Kecamatan Y,
Kabupaten Z, Papua", a border named beside a town, hyphenated road names.

These need the built gazetteer ($WARTA_GAZETTEER, which `make test` sets).
"""

from __future__ import annotations

import pytest

from warta.geo import Gazetteer
from warta.model import Document
from warta.pipeline import Resources, extract

from .places_read import read_places


@pytest.fixture(scope="module")
def gz(full_gazetteer: Gazetteer) -> Gazetteer:
    return full_gazetteer


read = read_places


def test_a_town_with_its_district_and_region_in_brackets(gz):
    found = read("Vendors protested in Zomba (Zomba, Southern) against new market fees.", gz)
    # "Southern", a common word whose readings (regions of Sierra Leone, Zambia ...) lie nowhere
    # near Zomba, is no place: the gazetteer has no Southern Region of Malawi
    assert [(m.name, m.relation) for m, _ in found] == [("Zomba", "at"), ("Zomba", "in")]
    town = found[0][1]
    assert town is not None and town.country == "MW"


def test_a_township_chain_in_myanmar_never_lands_abroad(gz):
    text = (
        "Soldiers shelled a village in Kani township (Monywa district, Sagaing region) on Friday."
    )
    found = {m.name: (m, p) for m, p in read(text, gz)}
    kani_mention, kani = found["Kani"]
    # Kani in Japan is no reading; with the MIMU townships (stop 18) it is Myanmar's township
    assert kani_mention.cue == "township" and (kani is None or kani.country == "MM")
    assert found["Sagaing"][1].country == "MM"
    assert found["Monywa"][1].country == "MM"


def test_an_area_of_a_city_is_placed_in_that_city(gz):
    found = read("Youths stoned a minibus in Kabwata area of Lusaka on Sunday.", gz)
    lusaka = [(m, p) for m, p in found if m.name == "Lusaka"]
    assert lusaka and lusaka[0][0].relation in ("at", "in")
    assert lusaka[0][1].country == "ZM"


def test_an_indonesian_chain_falls_back_to_the_regency(gz):
    text = (
        "Massa membakar pos polisi di Desa Kali, Kecamatan Mamberamo Hulu, "
        "Kabupaten Mamberamo Raya, Papua."
    )
    found = {m.name: p for m, p in read(text, gz, "id")}
    # no village Kali lies in Mamberamo Raya: never one in another province
    assert found["Desa Kali"] is None or found["Desa Kali"].admin2 == "Kabupaten Mamberamo Raya"
    assert found["Kabupaten Mamberamo Raya"].feature_code == "ADM2"


def test_a_country_after_border_with_is_no_event_place(gz):
    (m, _), *_ = read("A bus hit a landmine near the border with Somalia on Tuesday.", gz)
    assert (m.name, m.relation) == ("Somalia", "border")


def test_a_hyphenated_road_is_read_by_its_first_town(gz):
    ((m, p),) = read("A landmine struck a truck on the Imphal-Ukhrul road.", gz)
    assert m.name == "Imphal-Ukhrul" and p is not None and p.name == "Imphal"


def test_organisation_words_are_no_places(gz):
    found = read("Members of the Union marched through Nairobi on Monday.", gz)
    assert [m.name for m, _ in found] == ["Nairobi"]


def test_an_event_told_without_a_place_takes_the_place_its_report_names(gz):
    doc = Document(
        id="t",
        text="Gunmen raided the market in Djibo on Sunday morning.\n\n"
        "Soldiers later killed four of the attackers.",
        published="2020-03-02",
        language="en",
    )
    result = extract(doc, Resources(gazetteer=gz))
    assert result.events
    assert all(e.location is not None and e.location.name == "Djibo" for e in result.events)


def test_the_last_name_in_brackets_is_a_unit_even_when_the_others_are_unknown(gz):
    # the village and the commune are not in the gazetteer; Bam is a province of Burkina
    # Faso (before: the bare name, read as Bam in Iran)
    found = read("Gunmen burned a school in Tinkourou (Zimtenga, Bam) on Monday.", gz)
    ((m, bam),) = [(m, p) for m, p in found if m.name == "Bam"]
    assert m.relation == "in" and bam is not None and bam.country == "BF"


def test_an_indonesian_district_in_brackets_after_an_unknown_kampung_stays_in_indonesia(gz):
    # Indonesian: a unit in brackets after a village the gazetteer lacks ("(Kecamatan, Kabupaten)")
    found = read("Massa membakar rumah di Kampung Wuyuneri (Distrik Ilu, Puncak Jaya).", gz, "id")
    places = [p for _, p in found if p is not None]
    assert places and all(p.country == "ID" for p in places)
