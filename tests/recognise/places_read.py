"""The places of a text as the pipeline reads and resolves them, for the place tests."""

from __future__ import annotations

from warta.geo import Gazetteer
from warta.geo.place import Place, PlaceMention
from warta.geo.resolve import resolve
from warta.lang.segment import segment
from warta.recognise.places import document_places


def read_places(
    text: str, gz: Gazetteer, code: str = "en"
) -> list[tuple[PlaceMention, Place | None]]:
    """Each place mention of `text` with the place resolution chose for it."""
    mentions = document_places(text, segment(text, code), gz, language=code)
    return list(zip(mentions, resolve(mentions), strict=False))
