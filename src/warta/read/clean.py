"""Clean article text: drop scaffolding lines, keep bylines and datelines as metadata.

The cleaned text is what every offset in warta points into. Its shape is fixed: one
paragraph per line-run, paragraphs separated by exactly one blank line, spaces collapsed,
invisible characters and control characters (NUL included) removed, lone surrogates (from
JSON's "\ud800" or broken feeds) replaced by U+FFFD, so the text always writes as UTF-8.
Mojibake, UTF-8 read as Windows-1252 by a scraper before warta saw it ("lastÂ week",
"Hezbollahâ€™s", "Ã©"), is read back as the characters meant.
Cleaning is idempotent: cleaning clean text changes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..lang import LineRules, all_rules

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# UTF-8 bytes decoded as Windows-1252 (or Latin-1): a lead byte (Â..ô) and its continuation
# bytes (0x80-0xBF, which Windows-1252 shows as € ‚ ƒ ... Ÿ and Latin-1 as C1 controls or
# as  ¡ ... ¿)
_CP1252_HIGH = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CP1252_HIGH}\u0080-\u00bf]+")
# a no-break space (C2 A0) whose second byte a scraper already turned into a space: "Â "
_MOJIBAKE_NBSP = re.compile("\u00c2(?=\\s|$)")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """Cleaned text and what the dropped lines told about the article."""

    text: str
    author: str | None = None
    dropped: tuple[str, ...] = ()


def clean_text(raw: str, rules: LineRules | None = None) -> Cleaned:
    """The article's text without scaffolding, in warta's paragraph shape."""
    rules = rules or all_rules()
    # invisibles go before NFC, which may then join a letter and the accent they separated
    raw = unicodedata.normalize("NFC", _INVISIBLE.sub("", scrub(_NEWLINES.sub("\n", raw))))
    while (repaired := unicodedata.normalize("NFC", repair_mojibake(raw))) != raw:
        raw = repaired  # each repair shortens the text: this ends, and cleaning stays idempotent
    paragraphs: list[str] = []
    dropped: list[str] = []
    author: str | None = None

    def keep(line: str) -> bool:
        nonlocal author
        found = _author(line, rules)
        if found and author is None:
            author = found
        if found or _is_scaffolding(line, rules):
            dropped.append(line)
            return False
        return True

    for block in _blocks(raw):
        kept = [line for line in block if keep(line)]
        # the paragraph the kept lines make is checked too ("Oleh" / "Budi" is a byline),
        # so that cleaning the cleaned text finds nothing more to drop
        if kept and (len(kept) == 1 or keep(" ".join(kept))):
            paragraphs.append(" ".join(kept))
    return Cleaned("\n\n".join(paragraphs), author, tuple(dropped))


def repair_mojibake(text: str) -> str:
    """UTF-8 that was decoded as Windows-1252 before warta read it, decoded right: "Ã©" is
    "é", "â€™" is "’", "Â " (a no-break space) is " ". A run that does not decode as UTF-8
    is left as it is ("ROMÂNIA")."""
    if "\u00c2" not in text and not _MOJIBAKE.search(text):
        return text

    def decoded(m: re.Match[str]) -> str:
        raw = bytes(_byte(c) for c in m.group())
        try:
            meant = raw.decode("utf-8")
        except UnicodeDecodeError:
            return m.group()
        # a control character is no character anyone meant ("Â\x80")
        return m.group() if any(unicodedata.category(c) == "Cc" for c in meant) else meant

    return _MOJIBAKE_NBSP.sub("", _MOJIBAKE.sub(decoded, text))


def _byte(c: str) -> int:
    """The byte a Windows-1252 (else Latin-1) character stands for."""
    try:
        return c.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(c)


def scrub(value: str) -> str:
    """A string that writes as UTF-8: lone surrogates replaced by U+FFFD, NUL dropped."""
    return _SURROGATE.sub("\ufffd", value).replace("\x00", "")


def _blocks(raw: str) -> list[list[str]]:
    """Paragraphs as lists of lines: blank-line separated if the text has blank lines,
    otherwise one line each."""
    lines = [_SPACES.sub(" ", line).strip() for line in raw.split("\n")]
    if "" not in lines[1:-1] or all(lines):
        return [[line] for line in lines if line]
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _is_scaffolding(line: str, rules: LineRules) -> bool:
    low = line.lower()
    if low in rules.exact or not any(ch.isalnum() for ch in line):
        return True
    if len(line) > rules.max_length:
        return False
    return low.startswith(rules.prefixes) or any(p.search(line) for p in rules.patterns)


def _author(line: str, rules: LineRules) -> str | None:
    if len(line) > 80:
        return None
    for pattern in rules.author:
        m = pattern.match(line)
        if m:
            return m.group("author").strip()
    return None


def _dateline_match(first: str, rules: LineRules | None) -> re.Match[str] | None:
    """The longest dateline match of any language, one naming an outlet first on a tie."""
    found = [m for p in (rules or all_rules()).dateline if (m := p.match(first))]
    return max(found, key=lambda m: (m.end(), bool(m.groupdict().get("outlet"))), default=None)


def dateline_end(first: str, rules: LineRules | None = None) -> int:
    """Where a paragraph's opening dateline ends (0 when it has none)."""
    m = _dateline_match(first, rules)
    return m.end() if m else 0


def dateline_span(text: str, rules: LineRules | None = None) -> tuple[int, int]:
    """Where a document's dateline lies ((0, 0) when it has none): at the start of the text,
    or of the paragraph after a one-line headline ("Fire kills scores in clinic\n\nDoha,
    Qatar - ...", as a plain-text article arrives)."""
    end = dateline_end(text, rules)
    if end:
        return 0, end
    head = _HEADLINE.match(text)
    if head is None or head.group(1).rstrip().endswith((".", "!")):  # a sentence, no headline
        return 0, 0
    rest = text[head.end() :]
    start = head.end() + len(rest) - len(rest.lstrip())
    end = dateline_end(text[start:], rules)
    return (start, start + end) if end else (0, 0)


# a first line of at most 200 characters, then a blank line
_HEADLINE = re.compile(r"\A([^\n]{1,200})\n[ \t\r]*\n")  # \A: read at the start only


def dateline(first: str, rules: LineRules | None = None) -> tuple[str | None, str | None]:
    """The outlet and place a paragraph's opening dateline names ("JAKARTA, KOMPAS.com -")."""
    m = _dateline_match(first, rules)
    if m is None:
        return None, None
    groups = m.groupdict()
    place = groups.get("place")
    return groups.get("outlet"), place.strip().title() if place else None
