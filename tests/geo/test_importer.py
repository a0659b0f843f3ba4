"""`import_geonames`: GeoNames dumps added to a built gazetteer, safely."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

import pytest

from warta.errors import DataFileError
from warta.geo import Gazetteer
from warta.geo.importer import import_geonames
from warta.geo.resolve import location_of, resolve
from warta.recognise.lexicon import load_lexicon
from warta.recognise.phrases import tokenize
from warta.recognise.places import find_places

# Rows in GeoNames' 19-column format. The first is a village invented for this test (its id
# lies beyond GeoNames' range, so no real row can collide); the others are real GeoNames
# rows of places around it (ids, names, coordinates and populations as cities500 gives them;
# Al Mayādīn's population is changed to show that a re-imported row replaces the old one).
VILLAGE_ID = 99000001
ROWS = [
    (
        VILLAGE_ID,
        "Qaryat al-Ikhtibar",
        "Qaryat al-Ikhtibar",
        "Ikhtibar,Qaryat al Ikhtibar",
        35.101,
        40.201,
        "P",
        "PPL",
        "SY",
        "07",
        "",
        350,
    ),
    (
        173480,
        "Al Mayādīn",
        "Al Mayadin",
        "Mayadin,Mayadeen,al-Mayadin",
        35.01982,
        40.45154,
        "P",
        "PPL",
        "SY",
        "07",
        "",
        60000,
    ),
    (
        170794,
        "Deir ez-Zor",
        "Deir ez-Zor",
        "Dayr az Zawr,Deir Ezzor",
        35.33588,
        40.14084,
        "P",
        "PPLA",
        "SY",
        "07",
        "",
        242565,
    ),
    (
        172425,
        "As Sukhnah",
        "As Sukhnah",
        "Sukhnah,Es Sukhne",
        34.88533,
        38.8711,
        "P",
        "PPL",
        "SY",
        "11",
        "",
        0,
    ),
    (169577, "Homs", "Homs", "Hims,Emesa", 34.72682, 36.72339, "P", "PPLA", "SY", "11", "", 775404),
    (
        170063,
        "Aleppo",
        "Aleppo",
        "Halab,Alep",
        36.20124,
        37.16117,
        "P",
        "PPLA",
        "SY",
        "09",
        "",
        1602264,
    ),
    (
        170654,
        "Damascus",
        "Damascus",
        "Dimashq,Damaskus",
        33.5102,
        36.29128,
        "P",
        "PPLC",
        "SY",
        "13",
        "",
        1569394,
    ),
    (
        172955,
        "Abū Kamāl",
        "Abu Kamal",
        "Albu Kamal,Al Bukamal",
        34.45226,
        40.91854,
        "P",
        "PPL",
        "SY",
        "07",
        "",
        57000,
    ),
    (
        163345,
        "Tadmur",
        "Tadmur",
        "Palmyra,Tadmor",
        34.56045,
        38.28425,
        "P",
        "PPL",
        "SY",
        "11",
        "",
        51323,
    ),
    (
        170017,
        "Ar Raqqah",
        "Ar Raqqah",
        "Raqqa,Rakka",
        35.95283,
        39.00788,
        "P",
        "PPLA",
        "SY",
        "04",
        "",
        177636,
    ),
    (170018, "", "", "", 0, 0, "", "", "SY", "", "", 0),  # no feature class: skipped
    (163843, "Idlib", "Idlib", "Idleb", 35.93062, 36.63393, "P", "PPLA", "SY", "10", "", 128840),
]
ADMIN1 = [
    ("SY.07", "Deir ez-Zor", "Deir ez-Zor", 170792),
    ("SY.11", "Homs", "Homs", 169575),
    ("SY.09", "Aleppo", "Aleppo", 170062),
]


def _line(row: tuple) -> str:
    gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc, a1, a2, pop = row
    fields = [
        gid,
        name or "x",
        ascii_name,
        alts,
        lat,
        lon,
        fclass,
        fcode,
        cc,
        "",
        a1,
        a2,
        "",
        "",
        pop,
        "",
        "250",
        "Asia/Damascus",
        "2024-01-01",
    ]
    return "\t".join(str(f) for f in fields)


def write_dump(folder: Path, name: str = "SY.txt", rows=ROWS) -> Path:
    path = folder / name
    path.write_text("".join(_line(r) + "\n" for r in rows), "utf-8")
    return path


def write_admin1(folder: Path) -> Path:
    path = folder / "admin1CodesASCII.txt"
    path.write_text("".join("\t".join(map(str, r)) + "\n" for r in ADMIN1), "utf-8")
    return path


@pytest.fixture
def gazetteer_copy(mini_path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(mini_path, target)
    return target


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_imported_village_is_found_and_resolved_in_text(gazetteer_copy, tmp_path):
    with Gazetteer.open(gazetteer_copy) as before:
        assert before.lookup("Qaryat al-Ikhtibar") == ()
    stats = import_geonames([write_dump(tmp_path), write_admin1(tmp_path)], gazetteer_copy)
    assert stats.places_added >= 1 and stats.places_skipped == 1
    text = "Serangan terjadi di desa Qaryat al-Ikhtibar, dekat Deir Ezzor, Suriah timur."
    with Gazetteer.open(gazetteer_copy) as gz:
        lex = load_lexicon("id")
        tokens = tokenize(text, 0, len(text))
        mentions = find_places(text, tokens, list(lex.index.scan(tokens)), lex, gz)
        places = resolve(mentions)
    village = next(m for m in mentions if m.name == "Qaryat al-Ikhtibar")
    place = places[mentions.index(village)]
    assert place is not None and place.id == f"geonames:{VILLAGE_ID}"
    assert place.admin1 == "Deir ez-Zor"
    loc = location_of(village, place)
    assert loc is not None and loc.precision == 1 and loc.gazetteer_id == f"geonames:{VILLAGE_ID}"


def test_reimported_row_replaces_the_old_one_and_keeps_its_names(gazetteer_copy, tmp_path):
    with Gazetteer.open(gazetteer_copy) as gz:
        old = gz.get("geonames:173480")
        assert old is not None and old.population != 60000
    stats = import_geonames([write_dump(tmp_path)], gazetteer_copy)
    assert stats.places_replaced >= 1
    with Gazetteer.open(gazetteer_copy) as gz:
        new = gz.get("geonames:173480")
        assert new is not None and new.population == 60000
        assert new.admin1 == old.admin1  # no admin codes given: the gazetteer's names stay
        assert gz.lookup("al-Mayadin")[0].id == "geonames:173480"


def test_zipped_dump_and_alternate_names_are_read(gazetteer_copy, tmp_path):
    dump = write_dump(tmp_path, "SY.txt")
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(dump, "SY.txt")
        zf.writestr("readme.txt", "GeoNames country extract\n")
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text(
        f"1\t{VILLAGE_ID}\tar\tUmm Tajriba\t\t\t\t\t\t\n"
        f"2\t{VILLAGE_ID}\tlink\thttps://example.org/x\t\t\t\t\t\t\n",
        "utf-8",
    )
    stats = import_geonames([archive, alternates], gazetteer_copy)
    assert stats.files[0].endswith("SY.zip/SY.txt")
    with Gazetteer.open(gazetteer_copy) as gz:
        assert [p.id for p in gz.lookup("Umm Tajriba")] == [f"geonames:{VILLAGE_ID}"]
        assert gz.lookup("https://example.org/x") == ()


def test_truncated_line_names_file_and_line_and_leaves_gazetteer_intact(gazetteer_copy, tmp_path):
    rows = [r for r in ROWS if r[6]]
    lines = [_line(rows[i % len(rows)]) for i in range(16)]
    lines.append("170019\tTruncated\tTruncated")  # a download cut short mid-line
    dump = tmp_path / "allCountries.txt"
    dump.write_text("\n".join(lines) + "\n", "utf-8")
    before = _digest(gazetteer_copy)
    with pytest.raises(DataFileError) as err:
        import_geonames([dump], gazetteer_copy)
    assert str(err.value) == f"{dump}:17: expected 19 tab-separated columns, got 3"
    assert _digest(gazetteer_copy) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    with Gazetteer.open(gazetteer_copy) as gz:
        assert gz.lookup("Homs")


def test_bad_coordinates_and_corrupt_zip_are_clear_errors(gazetteer_copy, tmp_path):
    bad = list(ROWS[1])
    bad[4] = "north"
    dump = write_dump(tmp_path, "SY.txt", [ROWS[0], tuple(bad)])
    with pytest.raises(DataFileError, match=r"SY\.txt:2: expected a numeric geonameid"):
        import_geonames([dump], gazetteer_copy)
    broken = tmp_path / "ID.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DataFileError, match="ID.zip: not a readable zip file"):
        import_geonames([broken], gazetteer_copy)


def test_import_needs_an_existing_gazetteer(tmp_path):
    with pytest.raises(DataFileError, match="no gazetteer to import into"):
        import_geonames([write_dump(tmp_path)], tmp_path / "missing.sqlite")
