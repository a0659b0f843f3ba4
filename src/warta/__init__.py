"""warta: conflict news in, ACLED-style events with attributed claims and evidence out."""

import logging
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("warta")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

from .errors import WartaError
from .model import Document, Span

__all__ = ["Document", "Span", "WartaError"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
