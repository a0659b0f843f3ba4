"""Sentences and tokens: abbreviations, quotes and numbers; offsets always slice exactly."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.lang import load_lang
from warta.lang.segment import paragraph_spans, segment, sentence_spans, token_spans

from ..conftest import SEED


def sentences(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text, 0, len(text), load_lang(lang))]


def tokens(text: str) -> list[str]:
    return [text[t.start : t.end] for t in token_spans(text)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", "Kol. Inf. Budi Santoso memimpin operasi. Dua prajurit terluka.",
         ["Kol. Inf. Budi Santoso memimpin operasi.", "Dua prajurit terluka."]),
        ("id", "Kapendam Letkol. Candra mengatakan pos di Jl. Trans Papua No. 12 diserang. Warga mengungsi.",
         ["Kapendam Letkol. Candra mengatakan pos di Jl. Trans Papua No. 12 diserang.", "Warga mengungsi."]),
        ("en", "Lt. Col. John Smith said U.S. forces left St. Louis. They returned later.",
         ["Lt. Col. John Smith said U.S. forces left St. Louis.", "They returned later."]),
        ("en", "He said no. Then he left.", ["He said no.", "Then he left."]),
        ("en", "See art. 5 of the accord. It bans shelling.", ["See art. 5 of the accord.", "It bans shelling."]),
        ("id", "Sekitar 1.500 warga mengungsi. Sebanyak 1,500 rumah rusak.",
         ["Sekitar 1.500 warga mengungsi.", "Sebanyak 1,500 rumah rusak."]),
        ("en", "Dr. J. Okafor treated 12 people. Three died!", ["Dr. J. Okafor treated 12 people.", "Three died!"]),
        ("en", 'He said "we left at dawn." Then the shelling began.',
         ['He said "we left at dawn."', "Then the shelling began."]),
        ("en", "Was it an ambush? Nobody knows.", ["Was it an ambush?", "Nobody knows."]),
        ("en", "Troops waited... and then moved. Rebels fled.", ["Troops waited... and then moved.", "Rebels fled."]),
    ],
)  # fmt: skip
def test_sentence_boundaries(lang, text, expected):
    assert sentences(text, lang) == expected


def test_multi_sentence_quote_stays_with_its_attribution():
    text = (
        '"Kami berangkat dari Deir Ezzor. Setelah itu kami tiba di area sumur DD," '
        "Mohammed Said mengatakan kepada wartawan. Ia tidak merinci korban."
    )
    assert sentences(text, "id") == [
        (
            '"Kami berangkat dari Deir Ezzor. Setelah itu kami tiba di area sumur DD," '
            "Mohammed Said mengatakan kepada wartawan."
        ),
        "Ia tidak merinci korban.",
    ]


def test_curly_quotes_spanning_sentences_are_kept_whole():
    text = "“We were surrounded. We had no water,” the soldier said. He was evacuated."
    assert sentences(text) == [
        "“We were surrounded. We had no water,” the soldier said.",
        "He was evacuated.",
    ]


def test_unclosed_quote_does_not_swallow_the_paragraph():
    text = 'The spokesman said "the militia was routed. Five fighters died. The town is calm.'
    assert len(sentences(text)) == 3


def test_tokens_keep_numbers_names_and_initialisms_whole():
    assert tokens("Sekitar 1.500 pejuang al-Mayadin, 1,500 U.S. troops; 15% naik.") == [
        "Sekitar", "1.500", "pejuang", "al-Mayadin", ",", "1,500", "U.S.", "troops", ";", "15%", "naik", ".",
    ]  # fmt: skip


def test_seed_segments_into_21_paragraphs_and_24_sentences():
    from warta.read import read_paths

    (doc,) = read_paths([str(SEED)])
    seg = segment(doc.text)
    assert len(seg.paragraphs) == 21
    assert len(seg.sentences) == 24
    assert {p.language for p in seg.paragraphs} == {"id"}
    quote = next(
        s for s in seg.sentences if doc.text[s.start : s.end].startswith('"Kami berangkat')
    )
    assert doc.text[quote.start : quote.end].endswith("pada hari Senin.")


def test_paragraph_spans_skip_blank_runs():
    text = "Satu.\n\n\n\nDua.\n\n"
    assert [text[s.start : s.end] for s in paragraph_spans(text)] == ["Satu.", "Dua."]


def _check_offsets(text: str) -> None:
    seg = segment(text, "en")
    for span in (*seg.sentences, *seg.tokens):
        piece = text[span.start : span.end]
        assert piece and piece == piece.strip()
        assert 0 <= span.start < span.end <= len(text)
    for para in seg.paragraphs:
        assert "\n\n" not in text[para.start : para.end]
    starts = [t.start for t in seg.tokens]
    assert starts == sorted(starts)
    assert "".join(text[t.start : t.end] for t in seg.tokens) == "".join(text.split())


REAL_SHAPED = st.lists(
    st.sampled_from(
        [
            "Kol. Inf. Budi",
            "tewas.",
            "Polisi",
            "mengatakan",
            '"Kami',
            "berangkat.",
            "Setelah",
            'itu,"',
            "1.500",
            "1,500",
            "U.S.",
            "Lt. Col.",
            "St.",
            "No.",
            "12",
            "...",
            "?",
            "!",
            "“Kami",
            "pulang.”",
            "al-Mayadin",
            "(AFP)",
            "-",
            "\n\n",
            "\n",
            "'",
            "”",
            "—",
            "…",
        ]
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), REAL_SHAPED))
def test_every_sentence_and_token_slices_its_own_text(text):
    _check_offsets(text)


def test_unicode_ellipsis_before_lowercase_does_not_end_a_sentence():
    assert sentences("Pasukan menunggu… lalu bergerak. Pemberontak kabur.", "id") == [
        "Pasukan menunggu… lalu bergerak.",
        "Pemberontak kabur.",
    ]
