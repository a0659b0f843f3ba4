"""Browser tests' fixtures: a real store made by `warta ingest`, a real `warta serve`
subprocess on 127.0.0.1, and Debian's Chromium driven by Playwright (one of each per
session). Every page records its requests, console errors and dialogs; after each test
its screenshot goes to var/screenshots/<test>.png and the page is checked to have asked
nothing of any origin but the server's."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ..conftest import ARTICLES, FIXTURES, ROOT, SEED

CHROMIUM = Path("/usr/lib/chromium/chromium")
SCREENSHOTS = ROOT / "var" / "screenshots"
HOSTILE = FIXTURES / "web" / "hostile_defacement.jsonl"
HOSTILE_ID = "web_01_nduga_defaced_site"
SEED_ID = SEED.stem
# two articles from tests/fixtures/articles, English (DR Congo) and Indonesian (Bandung),
# ingested as JSON Lines records carrying their gold publication dates
OTHERS = ["en_07_drc_goma_camps_shelling", "id_07_bandung_bom_polsek"]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """Keep each phase's report on the test, so the page fixture knows whether it failed."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


def _env(gazetteer: Path) -> dict[str, str]:
    return {**os.environ, "WARTA_GAZETTEER": str(gazetteer)}


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, gazetteer_path: Path) -> Path:
    """A store built by the real CLI, as a user would build it."""
    folder = tmp_path_factory.mktemp("web")
    db, others = folder / "ui.db", folder / "others.jsonl"
    with others.open("w", encoding="utf-8") as out:
        for name in OTHERS:
            gold = json.loads((ARTICLES / f"{name}.gold.json").read_text("utf-8"))
            text = (ARTICLES / f"{name}.txt").read_text("utf-8")
            record = {"id": name, "text": text, "published": gold["published"]}
            out.write(json.dumps(record | {"language": gold["language"]}) + "\n")
    # one run: the seed takes --published; the JSON Lines records state their own dates
    proc = subprocess.run(
        [sys.executable, "-m", "warta", "ingest", str(SEED), str(HOSTILE), str(others),
         "--db", str(db), "--published", "2019-04-15"],
        capture_output=True, text=True, cwd=ROOT, env=_env(gazetteer_path), timeout=120,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "4 stored" in proc.stderr, proc.stderr
    return db


class Stored:
    """What the store holds, read straight from SQLite: the truth the UI is checked against."""

    def __init__(self, db: Path) -> None:
        self.conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)

    def count(self, where: str = "1 = 1", *args: object) -> int:
        return self.conn.execute(f"SELECT count(*) FROM events WHERE {where}", args).fetchone()[0]

    def ids(self, where: str = "1 = 1", *args: object) -> set[str]:
        return {r[0] for r in self.conn.execute(f"SELECT id FROM events WHERE {where}", args)}

    def event(self, event_id: str) -> dict:
        (record,) = self.conn.execute(
            "SELECT record FROM events WHERE id = ?", (event_id,)
        ).fetchone()
        return json.loads(record)

    def at_place(self, name: str) -> str:
        """The id of the one event whose place has this name."""
        rows = self.conn.execute(
            "SELECT id FROM events WHERE json_extract(record, '$.event.location.name') = ?", (name,)
        ).fetchall()
        assert len(rows) == 1, f"expected one event at {name}, found {rows}"
        return rows[0][0]

    def of_document(self, doc_id: str) -> set[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT event_id FROM reports WHERE document_id = ?", (doc_id,)
        )
        return {r[0] for r in rows}


@pytest.fixture(scope="session")
def stored(web_db: Path) -> Iterator[Stored]:
    truth = Stored(web_db)
    yield truth
    truth.conn.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def _serve(db: Path, gazetteer: Path, log: Path) -> Iterator[str]:
    """`warta serve` in a subprocess until the block ends; yields its base URL."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "warta", "serve", "--db", str(db), "--host", "127.0.0.1",
             "--port", str(port)],
            cwd=ROOT, env=_env(gazetteer), stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/health", timeout=2) as answer:
                    if json.load(answer).get("status") == "ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"warta serve did not come up:\n{log.read_text('utf-8')}")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def server(web_db: Path, gazetteer_path: Path) -> Iterator[str]:
    """The base URL of a real `warta serve` on the store (the shared helper when there is one)."""
    os.environ.setdefault("WARTA_GAZETTEER", str(gazetteer_path))
    try:
        from ..conftest import serving  # type: ignore[attr-defined]
    except ImportError:
        serving = None
    if serving is not None:
        with serving(web_db, "--host", "127.0.0.1") as base:
            yield base
    else:
        with _serve(web_db, gazetteer_path, web_db.with_suffix(".log")) as base:
            yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.is_file():
        pytest.skip(f"no Chromium at {CHROMIUM}: set-up installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM))
        yield chromium
        chromium.close()


@dataclass
class Ui:
    """A page of the UI with what it did: requests, console errors, page errors, dialogs."""

    page: object
    base: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    name: str = "page"
    shot_taken: bool = False

    def open(self) -> None:
        from playwright.sync_api import expect

        self.page.goto(self.base + "/")
        expect(self.page.locator("#status")).to_have_attribute("data-state", "ready")

    def shot(self) -> None:
        """Save the page as var/screenshots/<test>.png (else the fixture saves the final state)."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{self.name}.png"))
        self.shot_taken = True

    def outside(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(self.base + "/")]


@pytest.fixture
def ui(browser, server: str, request: pytest.FixtureRequest) -> Iterator[Ui]:
    from playwright.sync_api import expect

    expect.set_options(timeout=10_000)
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    found = Ui(page, server, name=request.node.name)
    page.on("request", lambda r: found.requests.append(r.url))
    page.on("console", lambda m: found.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: found.errors.append(f"uncaught: {e}"))

    def dialog(d) -> None:
        found.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    try:
        yield found
    finally:
        failed = getattr(request.node, "rep_call", None)
        if not found.shot_taken or (failed is not None and failed.failed):
            with contextlib.suppress(Exception):
                found.shot()  # the state the test ended (or failed) in
        context.close()
    assert found.outside() == [], f"requests left {server}: {found.outside()}"
    assert found.errors == [], f"console errors: {found.errors}"
    assert found.dialogs == [], f"dialogs opened: {found.dialogs}"
