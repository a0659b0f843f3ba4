"""Language packs: a new language is a folder of data files, checked strictly on load."""

import json
import shutil

import pytest

from warta.errors import DataFileError
from warta.lang import available_langs
from warta.lang.pack import PATH_VARIABLE, clear_cache, load_pack
from warta.lang.schema import markdown

from ..conftest import FIXTURES, ROOT, run_warta

TOY = FIXTURES / "lang_pack"


@pytest.fixture
def toy_packs(tmp_path, monkeypatch):
    """A copy of the toy French pack in a folder named by WARTA_LANG_PATH."""
    shutil.copytree(TOY / "fr", tmp_path / "fr")
    monkeypatch.setenv(PATH_VARIABLE, str(tmp_path))
    clear_cache()
    yield tmp_path
    monkeypatch.delenv(PATH_VARIABLE)
    clear_cache()


@pytest.mark.parametrize("code", available_langs())
def test_every_shipped_pack_loads_and_has_tests_of_its_own(code):
    pack = load_pack(code)
    assert pack.code == code
    assert len(pack.dates.months) == 12 and pack.events.means and pack.function_words
    assert (ROOT / "tests" / "lang" / f"test_{code}.py").is_file(), f"no tests/lang/test_{code}.py"


def test_a_toy_pack_in_a_folder_extracts_an_event_with_no_code(toy_packs, gazetteer_path):
    record = {
        "id": "fr1",
        "published": "2024-03-12",
        "language": "fr",
        "text": "Deux soldats ont été tués lundi lors d'une attaque contre un poste militaire "
        "à Gao, a déclaré l'armée. Trois autres ont été blessés.",
    }
    proc = run_warta(
        "extract", "-", "--format", "jsonl",
        stdin=(json.dumps(record) + "\n").encode(), env={PATH_VARIABLE: str(toy_packs)},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    (event,) = json.loads(proc.stdout)["events"]
    assert event["date"] == "2024-03-11"  # "lundi" before Tuesday 12 March
    assert event["event_type"] == "Battles"
    assert event["location"]["name"] == "Gao" and event["location"]["country"] == "ML"
    assert event["actor1"]["name"] == "Military Forces of Mali"
    assert event["fatalities"]["best"] == 2
    assert {(c["kind"], c["value"]) for c in event["claims"]} == {("killed", 2), ("injured", 3)}


def test_the_toy_pack_is_listed_and_reads_as_french(toy_packs):
    assert "fr" in available_langs()
    assert load_pack("fr").numbers.words["deux"] == 2


def test_a_misspelt_key_names_the_file_and_the_key(toy_packs):
    events = toy_packs / "fr" / "events.toml"
    events.write_text(events.read_text("utf-8").replace("combatants =", "combattants ="), "utf-8")
    with pytest.raises(
        DataFileError, match=r"lang/fr/events.toml: unknown key 'markers.combattants'"
    ):
        load_pack("fr")


def test_a_missing_key_names_the_file_and_the_key(toy_packs):
    numbers = toy_packs / "fr" / "numbers.toml"
    numbers.write_text(
        numbers.read_text("utf-8").replace('articles = ["un", "une"]\n', ""), "utf-8"
    )
    with pytest.raises(DataFileError, match=r"lang/fr/numbers.toml: missing key 'articles'"):
        load_pack("fr")


def test_a_value_outside_its_vocabulary_is_refused(toy_packs):
    places = toy_packs / "fr" / "places.toml"
    places.write_text(
        places.read_text("utf-8").replace('"près de" = "near"', '"près de" = "nearby"'), "utf-8"
    )
    with pytest.raises(
        DataFileError, match=r"lang/fr/places.toml: relations.près de: 'nearby' is not one of"
    ):
        load_pack("fr")


def test_malay_reads_with_the_indonesian_pack():
    from warta.lang import reader_of

    assert reader_of("ms") == "id" and reader_of("id") == "id" and reader_of("xx") is None


def test_the_language_checklist_is_generated_from_the_schema():
    assert (ROOT / "docs" / "languages.md").read_text("utf-8") == markdown() + "\n", (
        "run `make docs`"
    )


def test_an_unknown_language_is_a_clear_error():
    with pytest.raises(DataFileError, match="no language pack for 'xx'; have en, id"):
        load_pack("xx")
