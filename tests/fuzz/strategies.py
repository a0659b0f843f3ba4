"""Hypothesis strategies: hostile text built from warta's own vocabulary, and the input
containers (text, JSON Lines, HTML, RSS/Atom, WARC, gzip) that carry it."""

from __future__ import annotations

import csv
import functools
import gzip
import html
import io
import json
import tomllib
from collections.abc import Mapping
from importlib import resources

from hypothesis import strategies as st

# Characters that break naive text handling, each with what it is.
HOSTILE = (
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\ufeff",  # byte-order mark / zero-width no-break space
    "\u200f",  # right-to-left mark
    "\u200e",  # left-to-right mark
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u00a0",  # no-break space
    "\u00ad",  # soft hyphen
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\x85",  # next line (C1)
    "\x00",  # NUL
    "\x0b",  # vertical tab
    "\x0c",  # form feed
    "\x1b",  # escape
    "\x7f",  # delete
    "\ud800",  # lone high surrogate
    "\udfff",  # lone low surrogate
    "\udc80",  # what surrogateescape makes of a stray byte
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\n \n",
    "\t",
    "   ",
    "\u3000",  # ideographic space
    "\u0301",  # combining acute accent (NFC fodder)
    "e\u0301",
    "\ufffd",  # replacement character
    "\U0001f600",  # emoji (astral)
    "\U0001f1ee\U0001f1e9",  # flag: regional indicators
    "\U0001f469\u200d\U0001f467",  # emoji joined by ZWJ
    "\U0001d400",  # mathematical bold A (astral letter)
    "…",
    "...",
    "....................",
    "!?",
    "“",
    "”",
    '"',
    "'",
    "’",
    "«",
    "»",
    "(",
    ")",
    "[",
    "]",
    " - ",
    " — ",
    ":",
    ",",
    ".",
    "Oleh ",
    "By ",
    "Baca juga: ",
    "Share this",
    "JAKARTA, KOMPAS.com - ",
    "MAIDUGURI, Nigeria (Reuters) - ",
    "Jayapura (ANTARA) - ",
    "wartaperang - ",
)
ARABIC = ("قتل", "دير الزور", "الدولة الإسلامية", "هجوم", "٣٥", "الميادين")
JAVANESE = ("ꦲꦏ꧀ꦱꦫ", "ꦗꦮ", "꧋ꦥꦿꦗꦸꦫꦶꦠ꧀", "ꦱꦸꦫꦏꦂꦠ")
OTHER_SCRIPTS = ("Дейр-эз-Зор", "代尔祖尔", "देर", "ヤンゴン", "Ἀθῆναι", "ⓐⓑ", "ﬁ", "Å", "ǅ")
PLACES = (
    "Jakarta", "Nduga", "Kabupaten Nduga", "Poso", "Wamena", "Intan Jaya", "Ambon",
    "Deir Ezzor", "al-Mayadin", "Mayadeen", "Maiduguri", "Goma", "Mogadishu", "Sorong",
    "Desa Bonaria", "Distrik Kiwirok", "Borno", "Raqqa", "Palmyra", "al-Tanf", "Kyiv",
)  # fmt: skip
NUMBERS = (
    "0", "1", "3", "11", "35", "69", "100", "1.500", "1,500", "1,5", "2.5", "10-15",
    "12/3/2024", "(12/3/2024)", "12/3", "31/2/2023", "99/99/99", "2019", "1999", "2099",
    "10:30", "15%", "999999999999999999999", "١٢", "٣٥", "½", "²", "lima belas",
    "dua puluh lima", "twenty-five", "a dozen", "setidaknya", "at least", "sekitar",
    "8 April 2019", "April 8, 2019", "29 Februari 2023", "31 June", "Kamis (12/3/2024)",
    "pada hari Kamis", "kemarin", "early last week", "bulan lalu", "last year",
)  # fmt: skip


def _strings(value: object) -> list[str]:
    """Every string (keys and values) in a TOML table."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        return [s for k, v in value.items() for s in (k, *_strings(v))]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


@functools.cache
def vocabulary() -> tuple[str, ...]:
    """The words and phrases warta's lexicons know, in every language, plus actor names."""
    words: set[str] = set()
    lang = resources.files("warta.lang")
    for folder in lang.iterdir():
        if not (folder / "LANGUAGE.toml").is_file():
            continue
        for name in ("events", "dates", "numbers", "reporting", "places", "roles"):
            path = folder / f"{name}.toml"
            if path.is_file():
                words.update(_strings(tomllib.loads(path.read_text("utf-8"))))
    text = (resources.files("warta.data") / "actors.tsv").read_text("utf-8")
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE):
        words.add(row["name"])
        words.update(a for a in (row.get("aliases") or "").split("|") if a)
    return tuple(sorted(w for w in words if w.strip()))


def pieces() -> st.SearchStrategy[str]:
    """One piece of hostile article text."""
    return st.one_of(
        st.sampled_from(vocabulary()),
        st.sampled_from(HOSTILE),
        st.sampled_from(NUMBERS),
        st.sampled_from(PLACES),
        st.sampled_from(ARABIC + JAVANESE + OTHER_SCRIPTS),
        st.text(max_size=12),
        st.just(" "),
    )


@st.composite
def hostile_text(draw: st.DrawFn, max_pieces: int = 60) -> str:
    """Article-like text: vocabulary, numbers, dates and places, with hostile characters."""
    parts = draw(st.lists(pieces(), max_size=max_pieces))
    seps = draw(
        st.lists(
            st.sampled_from([" ", " ", " ", ". ", ", ", "\n", "\n\n", ""]),
            min_size=len(parts),
            max_size=len(parts),
        )
    )
    return "".join(p + s for p, s in zip(parts, seps))


@functools.cache
def _slots(code: str) -> dict[str, tuple[str, ...]]:
    """A language's words by the part they play in a report of an event."""
    from warta.recognise.lexicon import actor_entries, load_lexicon

    lex = load_lexicon(code)

    def flat(value: object) -> tuple[str, ...]:
        return tuple(sorted({w for w in _strings(value) if w.strip()}))

    return {
        "actor": tuple(sorted({phrase for phrase, _e in actor_entries()})),
        "means": flat(lex.events.means),
        "casualty": flat(lex.events.casualty),
        "number": flat(lex.numbers.words)
        + flat(lex.numbers.qualifiers)
        + flat(lex.numbers.vague)
        + NUMBERS,
        "date": flat(lex.dates.weekdays)
        + flat(lex.dates.relative)
        + flat(lex.dates.months)
        + flat(lex.dates.aggregate),
        "relation": flat(lex.places.relations) + flat(lex.places.features),
        "report": flat(lex.reporting.after) + flat(lex.reporting.sources) + flat(lex.reporting.via),
    }


@st.composite
def conflict_sentence(draw: st.DrawFn) -> str:
    """A sentence shaped like a report of an event, in either language, hostile characters
    slipped in between (and inside) its words."""
    slots = _slots(draw(st.sampled_from(["id", "en"])))
    order = ["actor", "means", "relation", "place", "date", "number", "casualty", "report", "actor"]
    words = []
    for slot in order:
        if draw(st.integers(0, 4)) == 0:
            continue  # leave a slot out now and then
        choices = PLACES if slot == "place" else slots[slot]
        words.append(draw(st.sampled_from(choices)))
        if draw(st.integers(0, 5)) == 0:
            words.append(draw(pieces()))
    text = " ".join(words)
    if text and draw(st.integers(0, 3)) == 0:  # a hostile character inside a word
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(HOSTILE)) + text[at:]
    return text + draw(st.sampled_from([".", ".", "!", "", "...", " …", '."', ".”"]))


@st.composite
def article(draw: st.DrawFn) -> str:
    """Paragraphs of event-like sentences and hostile text."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 5))):
        sentences = draw(
            st.lists(
                st.one_of(conflict_sentence(), conflict_sentence(), hostile_text(max_pieces=10)),
                min_size=1,
                max_size=4,
            )
        )
        paragraphs.append(" ".join(sentences))
    return draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\u2029", "\n \n"])).join(paragraphs)


def metadata() -> st.SearchStrategy[str]:
    return st.one_of(hostile_text(max_pieces=6), st.text(max_size=30))


DATES = st.one_of(
    st.dates().map(str),
    st.datetimes().map(lambda d: d.isoformat()),
    st.sampled_from(
        [
            "2019-04-15",
            "0001-01-01",
            "9999-12-31",
            "2024-02-29",
            "2023-02-29",
            "2024-13-45",
            "Mon, 15 Apr 2019 10:00:00 +0700",
            "Mon, 1 Jan 99999 00:00:00",
            "15/04/2019",
            "yesterday",
            "",
            " ",
            "\x00",
            "\ud800",
            "2019-04-15T25:00:00",
            "+002019-04-15",
            "0000-00-00T00:00:00Z",
            "0000-00-00 00:00:00",
            "9999-12-31T23:59:59-12:00",
        ]
    ),
    st.text(max_size=20),
)

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


# --- containers ------------------------------------------------------------------


@st.composite
def text_file(draw: st.DrawFn) -> bytes:
    """A text file of hostile text in one of the encodings scraped files come in."""
    text = draw(hostile_text())
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    return text.encode(encoding, errors="surrogatepass" if encoding == "utf-8" else "replace")


@st.composite
def json_record(draw: st.DrawFn) -> dict[str, object]:
    record: dict[str, object] = {"text": draw(st.one_of(hostile_text(), JSON_VALUES))}
    for key in ("id", "url", "outlet", "title", "language", "author", "source"):
        if draw(st.booleans()):
            record[key] = draw(st.one_of(metadata(), JSON_VALUES))
    if draw(st.booleans()):
        record["published"] = draw(st.one_of(DATES, JSON_VALUES))
    return record


@st.composite
def jsonl_file(draw: st.DrawFn) -> bytes:
    """JSON Lines or a JSON array of hostile records (lone surrogates escaped as \\ud800, or
    written raw as invalid UTF-8), with the odd broken line."""
    records = draw(st.lists(st.one_of(json_record(), JSON_VALUES), min_size=1, max_size=4))
    ascii_only = draw(st.booleans())

    def dump(value: object) -> bytes:
        return json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")

    if draw(st.booleans()):
        return b"[" + b",\n".join(dump(r) for r in records) + b"]"
    lines = [dump(r) for r in records]
    if draw(st.booleans()):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.binary(max_size=20)))
    eol = draw(st.sampled_from([b"\n", b"\r\n", b"\r"]))
    return eol.join(lines)


def _escape(text: str, how: str) -> str:
    if how == "escape":
        return html.escape(text)
    if how == "charrefs":  # every non-ASCII character as a numeric reference, &#xD800; too
        return "".join(
            c if c.isascii() and c.isalnum() or c == " " else f"&#x{ord(c):X};" for c in text
        )
    return text  # raw: angle brackets and ampersands as they come


@st.composite
def html_page(draw: st.DrawFn) -> bytes:
    how = draw(st.sampled_from(["escape", "charrefs", "raw"]))
    title = _escape(draw(metadata()), how)
    paras = [_escape(p, how) for p in draw(st.lists(hostile_text(max_pieces=25), max_size=5))]
    meta = draw(DATES)
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='article:published_time' content='{html.escape(meta)}'>"
        f"<meta name='author' content='{title}'></head><body><nav>Home | Berita</nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Copyright</footer></body></html>"
    )
    return page.encode(draw(st.sampled_from(["utf-8", "cp1252", "utf-16"])), "replace")


@st.composite
def feed_file(draw: st.DrawFn) -> bytes:
    """An RSS 2.0 or Atom feed whose entries hold hostile text (escaped, CDATA or HTML)."""
    atom = draw(st.booleans())
    entries = []
    for i in range(draw(st.integers(1, 3))):
        how = draw(st.sampled_from(["escape", "charrefs", "cdata", "html"]))
        text = draw(hostile_text(max_pieces=30))
        if how == "cdata":
            body = "<![CDATA[" + text.replace("]]>", "") + "]]>"
        elif how == "html":
            body = html.escape("".join(f"<p>{p}</p>" for p in text.split("\n")))
        else:
            body = _escape(text, how)
        title = _escape(draw(metadata()), draw(st.sampled_from(["escape", "charrefs"])))
        guid = _escape(draw(st.one_of(st.just(f"e{i}"), metadata())), "escape")
        date = html.escape(draw(DATES))
        if atom:
            entries.append(
                f"<entry><id>{guid}</id><title>{title}</title><updated>{date}</updated>"
                f"<content type='html'>{body}</content></entry>"
            )
        else:
            entries.append(
                f"<item><guid>{guid}</guid><title>{title}</title>"
                f"<pubDate>{date}</pubDate><description>{body}</description></item>"
            )
    outlet = _escape(draw(metadata()), "escape")
    if atom:
        doc = f"<feed xmlns='http://www.w3.org/2005/Atom'><title>{outlet}</title>{''.join(entries)}</feed>"
    else:
        doc = (
            f"<rss version='2.0'><channel><title>{outlet}</title>{''.join(entries)}</channel></rss>"
        )
    head = "<?xml version='1.0' encoding='utf-8'?>" if draw(st.booleans()) else ""
    return (head + doc).encode("utf-8", "surrogatepass")


@st.composite
def warc_file(draw: st.DrawFn) -> bytes:
    """A WARC (plain or gzipped per record) of HTML responses and other records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=draw(st.booleans()))
    for i in range(draw(st.integers(1, 3))):
        payload = draw(html_page())
        status = draw(st.sampled_from(["200 OK", "404 Not Found", "200 OK", "301 Moved"]))
        ctype = draw(st.sampled_from(["text/html; charset=utf-8", "text/plain", "text/html"]))
        uri = draw(st.one_of(st.just(f"https://example.org/{i}"), st.text(max_size=15)))
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri.encode("utf-8", "replace").decode("latin-1"),
            draw(st.sampled_from(["response", "response", "request", "metadata"])),
            payload=io.BytesIO(payload),
            http_headers=http,
        )
        writer.write_record(record)
    return out.getvalue()


def mangle(data: bytes, draw: st.DrawFn) -> bytes:
    """The data, sometimes cut short or with a few bytes flipped."""
    how = draw(st.sampled_from(["keep", "keep", "cut", "flip"]))
    if how == "cut" and data:
        return data[: draw(st.integers(0, len(data) - 1))]
    if how == "flip" and data:
        raw = bytearray(data)
        for _ in range(draw(st.integers(1, 3))):
            at = draw(st.integers(0, len(raw) - 1))
            raw[at] = draw(st.integers(0, 255))
        return bytes(raw)
    return data


@st.composite
def gzipped(draw: st.DrawFn, inner: st.SearchStrategy[bytes]) -> bytes:
    data = gzip.compress(draw(inner), mtime=0)
    return mangle(data, draw)
