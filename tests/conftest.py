import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT / "examples" / "000_431c5bc77b043e91.txt"


def run_warta(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real `warta` command in a subprocess, as a user would."""
    proc = subprocess.run(
        [sys.executable, "-m", "warta", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


SHARED = ROOT.parent / "shared"
ARTICLES = FIXTURES / "articles"


@pytest.fixture(scope="session")
def gazetteer_path() -> Path:
    """The built gazetteer ($WARTA_GAZETTEER, set by make); tests needing it skip without it."""
    import os

    path = Path(os.environ.get("WARTA_GAZETTEER", ROOT / "var" / "gazetteer.sqlite"))
    if not path.is_file():
        pytest.skip(f"no gazetteer at {path}: run `make setup` (or set WARTA_GAZETTEER)")
    return path
