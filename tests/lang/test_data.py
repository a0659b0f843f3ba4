"""Every language folder loads, and every language has tests of its own."""

import pytest

from warta.errors import DataFileError
from warta.lang import available_langs, load_lang

from ..conftest import ROOT


def test_languages_with_data():
    assert available_langs() == ("en", "id")


@pytest.mark.parametrize("code", available_langs())
def test_language_folder_loads_and_has_tests(code):
    lang = load_lang(code)
    assert lang.code == code
    assert lang.rules.exact and lang.rules.prefixes and lang.rules.dateline
    assert lang.abbreviations
    assert (ROOT / "tests" / "lang" / f"test_{code}.py").is_file(), f"no tests/lang/test_{code}.py"


def test_unknown_language_is_a_clear_error():
    with pytest.raises(DataFileError, match="no language data for 'xx'; have en, id"):
        load_lang("xx")
