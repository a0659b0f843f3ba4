"""Where the gazetteer file lives."""

from __future__ import annotations

import os
from pathlib import Path

ENV = "WARTA_GAZETTEER"


def default_path() -> Path:
    """$WARTA_GAZETTEER, else ./var/gazetteer.sqlite if present, else the user data folder."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    local = Path("var") / "gazetteer.sqlite"
    if local.is_file():
        return local
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "warta" / "gazetteer.sqlite"
