import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from warta.geo import Gazetteer

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT / "examples" / "000_431c5bc77b043e91.txt"


def run_warta(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real `warta` command in a subprocess, as a user would (`env`: extra variables)."""
    proc = subprocess.run(
        [sys.executable, "-m", "warta", *args],
        input=stdin,
        env={**os.environ, **env} if env else None,
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


@pytest.fixture(scope="session")
def full_gazetteer(gazetteer_path: Path) -> Iterator[Gazetteer]:
    """The built gazetteer, open for the whole run."""
    with Gazetteer.open(gazetteer_path) as gz:
        yield gz


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serving(db: Path, *options: str) -> Iterator[str]:
    """Run the real `warta serve` on 127.0.0.1 in a subprocess; yield its base URL."""
    import tempfile
    import time
    import urllib.request

    port = free_port()
    with tempfile.TemporaryFile() as log:  # the server's stderr, shown if it fails to start
        proc = subprocess.Popen(
            [sys.executable, "-m", "warta", "serve", "--db", str(db), "--host", "127.0.0.1",
             "--port", str(port), *options],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                if proc.poll() is not None:
                    log.seek(0)
                    raise RuntimeError(f"warta serve exited: {log.read().decode()[-2000:]}")
                try:
                    urllib.request.urlopen(f"{base}/openapi.json", timeout=5).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise RuntimeError("warta serve did not answer within 60 s") from None
                    time.sleep(0.1)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
