"""`warta serve` against clients that stall it, lie about the host, hold sockets open or
send what the docs say is refused (issue 19: items 4, 5, 6, 8, 9 and 12), on real servers
(uvicorn on 127.0.0.1 in a subprocess) and real SQLite files."""

import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from ..conftest import ROOT, free_port, serving
from .test_api import database  # noqa: F401 - the store the servers serve

TOKEN = {"Authorization": "Bearer t0k"}
# a sentence of 60,000 characters without a full stop: slow to extract (issue 19.5)
SLOW = ("Dua orang tewas dan tiga luka-luka di Wamena kemarin kata polisi dan " * 900)[:60_000]


def serve_command(db, *options):
    return [sys.executable, "-m", "warta", "serve", "--db", str(db), *options]


def test_reads_never_wait_behind_extraction_and_extraction_needs_the_token(
    database,  # noqa: F811
    gazetteer_path,
    tmp_path,
):
    """19.5: eight parallel slow extractions; /health answers at once throughout, a full
    queue answers 503 with Retry-After, /api/extract needs the token, and reading a large
    HTML page counts inside the time limit."""
    copy = tmp_path / "slow.db"
    shutil.copy(database, copy)
    options = ("--gazetteer", str(gazetteer_path), "--token", "t0k", "--time-limit", "1",
               "--extract-queue", "3", "--write-rate", "0", "--read-rate", "0")  # fmt: skip
    with serving(copy, *options) as base, httpx.Client(base_url=base, timeout=60) as api:
        refused = api.post("/api/extract", json={"text": "Dua orang tewas di Wamena."})
        assert refused.status_code == 401 and "Bearer" in refused.json()["error"]
        warm = api.post("/api/extract", json={"text": "Dua orang tewas."}, headers=TOKEN)
        assert warm.status_code == 200, warm.text  # the extraction process is up

        def extract(_: int) -> httpx.Response:
            with httpx.Client(base_url=base, timeout=60) as client:
                return client.post("/api/extract", json={"text": SLOW}, headers=TOKEN)

        latencies: list[float] = []
        with ThreadPoolExecutor(8) as pool:
            futures = [pool.submit(extract, i) for i in range(8)]
            time.sleep(0.3)
            while not all(f.done() for f in futures):
                started = time.monotonic()
                assert api.get("/health").status_code == 200
                latencies.append(time.monotonic() - started)
                time.sleep(0.1)
            answers = [f.result() for f in futures]
        statuses = sorted(r.status_code for r in answers)
        print(f"/health during 8 slow extractions: {len(latencies)} requests, "
              f"max {max(latencies) * 1000:.0f} ms; extract statuses {statuses}")  # fmt: skip
        assert max(latencies) < 1.0, latencies
        assert 503 in statuses and set(statuses) <= {200, 422, 503}, statuses
        full = next(r for r in answers if r.status_code == 503)
        assert full.headers["retry-after"] == "1" and "send it again" in full.json()["error"]

        page = (
            "<html><body>" + "<div><p>Dua orang tewas di Wamena, kata polisi.</p></div>\n" * 25_000
        )
        started = time.monotonic()
        html = api.post("/api/extract", json={"html": page + "</body></html>"}, headers=TOKEN)
        took = time.monotonic() - started
        assert html.status_code == 422, html.text
        assert html.json()["error"] == "extraction took longer than 1 s (--time-limit)"
        assert took < 3.5, took  # trafilatura alone takes about 5 s on this page


def test_listening_beyond_loopback_needs_a_token_and_the_host_header_is_checked(
    database,  # noqa: F811
    tmp_path,
):
    """19.6: no --host 0.0.0.0 without --token (or --insecure); Host must be a loopback
    name or an --allowed-host; the /static redirect does not reflect the Host header."""
    out = subprocess.run(serve_command(database, "--host", "0.0.0.0", "--port", str(free_port())),
                         cwd=ROOT, capture_output=True, text=True, timeout=20, check=False)  # fmt: skip
    assert out.returncode == 2
    assert out.stderr.startswith("error: --host 0.0.0.0 lets other machines reach the server")
    assert len(out.stderr.strip().splitlines()) == 1
    copy = tmp_path / "host.db"
    shutil.copy(database, copy)
    with serving(copy, "--allowed-host", "warta.example") as base:
        for host, status in (("127.0.0.1", 200), ("localhost:8000", 200), ("[::1]:80", 200),
                             ("warta.example", 200), ("WARTA.example:8000", 200),
                             ("evil.example", 400), ("127.0.0.1.evil.example", 400), ("", 400)):  # fmt: skip
            answer = httpx.get(f"{base}/health", headers={"Host": host})
            assert answer.status_code == status, (host, answer.text)
            if status == 400:
                assert answer.json()["error"].startswith(f"host {host!r} is not served here")
        moved = httpx.get(f"{base}/static", headers={"Host": "warta.example"})
        assert moved.status_code in (301, 307) and moved.headers["location"] == "/static/"
        written = httpx.post(f"{base}/api/documents", json={"text": "x"},
                             headers={"Host": "evil.example"})  # fmt: skip
        assert written.status_code == 400


def test_held_half_sent_requests_time_out_and_cannot_use_up_the_files(
    database,  # noqa: F811
    tmp_path,
):
    """19.8: with 256 files allowed, 300 sockets holding half a request head: the server
    closes them after --header-timeout, /health answers again, and the log stays short."""
    port = free_port()
    log = tmp_path / "serve.log"

    # `warta serve` in a process allowed 256 open files, as `ulimit -n 256` would leave it
    limited = (
        "import resource, runpy, sys; resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256)); "
        "sys.argv = ['warta', *sys.argv[1:]]; runpy.run_module('warta', run_name='__main__')"
    )
    command = serve_command(database, "--port", str(port), "--header-timeout", "1",
                            "--read-rate", "0")  # fmt: skip
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-c", limited, *command[3:]], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=err)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    held: list[socket.socket] = []
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                assert httpx.get(f"{base}/health").status_code == 200
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and proc.poll() is None, log.read_text()
                time.sleep(0.1)
        for _ in range(300):
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            held.append(sock)
        time.sleep(1.8)  # the header timeout (1 s), and some
        started = time.monotonic()
        assert httpx.get(f"{base}/health", timeout=5).status_code == 200
        assert time.monotonic() - started < 1.0
        closed = 0
        for sock in held:
            try:
                closed += sock.recv(100) == b""
            except OSError:
                closed += 1
        assert closed == 300
        assert proc.poll() is None
    finally:
        for sock in held:
            sock.close()
        proc.terminate()
        proc.wait(timeout=10)
    lines = log.read_text().splitlines()
    assert len(lines) < 10, lines[:20]
    assert not [line for line in lines if "Too many open files" in line], lines[:20]


def test_what_the_docs_say_is_refused_is_refused(database, tmp_path):  # noqa: F811
    """19.12: a chunked body over the limit gets 413 (not 400); DEL and C1 controls in a
    filter get 400; a language warta does not read and an impossible date get 422;
    uvicorn's own answer to a malformed request is a plain-text 400, as documented."""
    copy = tmp_path / "docs.db"
    shutil.copy(database, copy)
    with (
        serving(copy, "--max-body", "4000", "--token", "t0k") as base,
        httpx.Client(base_url=base, timeout=30) as api,
    ):

        def chunks():
            for _ in range(10):
                yield b'{"text": "' + b"kata " * 100
            yield b'"}'

        big = api.post(
            "/api/extract", content=chunks(), headers={**TOKEN, "Content-Type": "application/json"}
        )
        assert big.status_code == 413, big.text
        assert big.json() == {"error": "request body over the limit of 4000 bytes"}
        for value in ("a\x7fb", "a\x85b", "\x9b"):
            bad = api.get("/api/events", params={"actor": value})
            assert bad.status_code == 400 and "control characters" in bad.json()["error"], value
        for field, value, message in (
            ("language", "zz", "language: Value error, 'zz' is not one of auto, en, id, ms"),
            ("published", "2019-02-30", "published: Value error, '2019-02-30' is not a date of the calendar"),
        ):  # fmt: skip
            body = {"text": "Dua orang tewas di Wamena.", field: value}
            for path in ("/api/extract", "/api/documents"):
                refused = api.post(path, json=body, headers=TOKEN)
                assert (refused.status_code, refused.json()) == (422, {"error": message}), path
        port = int(base.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(b"NOT HTTP AT ALL\r\n\r\n")
            answer = sock.recv(4096).decode("latin-1")
        assert answer.startswith("HTTP/1.1 400") and "content-type: text/plain" in answer.lower()


def test_serve_refuses_a_cut_or_foreign_file_and_exports_never_end_clean_on_failure(
    database,  # noqa: F811
    tmp_path,
):
    """19.9: `serve` on a file cut short or not SQLite's stops with one line. 19.4: an
    export that fails before its first byte is a JSON error; one that fails mid-way is cut
    (the chunked body never ends), never a clean 200."""
    cut = tmp_path / "cut.db"
    cut.write_bytes(database.read_bytes()[:8192])
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all " * 500)
    for db, problem in ((cut, "damaged: cut short"), (junk, "not a usable warta database")):
        out = subprocess.run(serve_command(db, "--port", str(free_port())), cwd=ROOT,
                             capture_output=True, text=True, timeout=20, check=False)  # fmt: skip
        assert out.returncode == 1
        assert (
            out.stderr.strip().splitlines()
            == [
                line
                for line in out.stderr.strip().splitlines()
                if line.startswith(f"error: {db}: {problem}")
            ]
            and out.stderr.strip()
        ), out.stderr
    many = tmp_path / "many.db"
    shutil.copy(database, many)
    conn = sqlite3.connect(many)
    columns = [
        row[1] for row in conn.execute("PRAGMA table_info(events)") if row[1] not in ("rid", "id")
    ]
    with conn:
        for n in range(60):  # about 800 events: an ACLED CSV of several chunks
            conn.execute(f"INSERT INTO events (id, {', '.join(columns)}) "
                         f"SELECT id || '-{n}', {', '.join(columns)} FROM events WHERE id NOT LIKE '%-%'")  # fmt: skip
        conn.execute("UPDATE events SET record = '{\"broken' WHERE id = "
                     "(SELECT id FROM events ORDER BY ifnull(date, '') DESC, id DESC LIMIT 1)")  # fmt: skip
    conn.close()
    with serving(many) as base:
        with (
            pytest.raises(httpx.RemoteProtocolError),
            httpx.stream(
                "GET", f"{base}/api/export", params={"format": "acled-csv"}, timeout=30
            ) as answer,
        ):
            assert answer.status_code == 200
            received = sum(len(chunk) for chunk in answer.iter_bytes())
            print("received", received)
        many.write_bytes(many.read_bytes()[:8192])  # cut short while served
        failed = httpx.get(f"{base}/api/export", params={"format": "jsonl"}, timeout=30)
        assert failed.status_code == 503 and "damaged" in failed.json()["error"], failed.text
        assert httpx.get(f"{base}/health").status_code in (200, 503)  # still answering


def test_throttled_log_lines_are_one_line_once_a_minute():
    """19.8: a message repeated (asyncio's "socket.accept() out of system resource" on
    every retry) is let through once a minute, without its traceback."""
    import logging

    from warta.api import _OncePerInterval

    records = []
    once = _OncePerInterval(60)
    for _ in range(100):
        try:
            raise OSError(24, "Too many open files")
        except OSError:
            record = logging.LogRecord(
                "asyncio",
                logging.ERROR,
                "x",
                1,
                "socket.accept() out of system resource",
                (),
                sys.exc_info(),
            )
        if once.filter(record):
            records.append(record)
    assert len(records) == 1 and records[0].exc_info is None
    assert (
        records[0].getMessage()
        == "socket.accept() out of system resource ([Errno 24] Too many open files)"
    )
