"""warta: conflict news in, ACLED-style events with attributed claims and evidence out."""

import logging

from .errors import WartaError
from .model import Document, Span

__all__ = ["Document", "Span", "WartaError"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
