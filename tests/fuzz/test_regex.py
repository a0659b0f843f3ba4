"""Every regular expression warta uses stays linear on adversarial input.

The patterns are found automatically (tests/fuzz/redos.py): module-level patterns, literal
patterns in re.* calls anywhere in the source, and the patterns compiled from data files
through their loaders. Each is searched through inputs of 100,000 characters built to make
it backtrack; each search must finish in under MAX_SECONDS. The timing runs in a child
process, killed when one input takes more than HANG_SECONDS, so a catastrophic pattern
fails this test instead of hanging the suite.
"""

from __future__ import annotations

import json
import re
import selectors
import subprocess
import sys

import pytest

from ..conftest import ROOT
from . import redos

MAX_SECONDS = 0.5  # per pattern and input (about 100x what a linear pattern needs)
HANG_SECONDS = 10.0


def test_every_runtime_compiled_pattern_has_a_loader():
    _literal, dynamic = redos.source_patterns()
    missing = [d for d in dynamic if "no loader" in d]
    assert not missing, "re.compile of data not covered by tests/fuzz/redos.py LOADERS: " + (
        "; ".join(missing)
    )


def test_discovery_finds_the_known_patterns():
    labels = {label for label, _p in redos.all_patterns()}
    for expected in (
        "warta.lang.segment.TOKEN",
        "warta.read.clean._SPACES",
        "warta.read.clean._SURROGATE",
        "warta.read.feed._CHARREF",  # a bytes pattern
        "lang/en/boilerplate.toml dateline[0]",
        "lang/id/boilerplate.toml author[0]",
        "data/gazetteer/normalise.toml transliteration.regex[0]",
    ):
        assert expected in labels
    assert any(label.startswith("recognise/numbers.py:") for label in labels)  # inline re.sub


def test_attacks_pump_what_the_pattern_repeats():
    found = {text[:3]: desc for desc, text in redos.attacks(re.compile(r"^a(bc)+d$"), 30)}
    assert "abc" in found  # the prefix, then the repeated group pumped
    assert all(len(text) >= 29 for _d, text in redos.attacks(re.compile(r"x\s+y"), 30))


def test_a_catastrophic_pattern_is_caught():
    bad = re.compile(r"^(\w+\s?)*$")  # exponential: 2^n ways to split a word
    assert any(_took(bad, text) > 0.02 for _d, text in redos.attacks(bad, 22)), (
        "the attack inputs should make (\\w+\\s?)* backtrack"
    )


def _took(pattern: re.Pattern[str], text: str) -> float:
    import time

    t0 = time.perf_counter()
    redos.exercise(pattern, text)
    return time.perf_counter() - t0


def test_no_pattern_backtracks_catastrophically():
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.fuzz.redos"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    results, running, ended = [], None, False
    try:
        while True:
            if not sel.select(timeout=HANG_SECONDS + 30 * (running is None)):
                pytest.fail(f"regex hangs: {running}")
            line = proc.stdout.readline()
            if not line:
                break
            record = json.loads(line)
            if "run" in record:
                running = record
            elif "done" in record:
                results.append(record)
            elif record.get("end"):
                ended = True
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    assert ended, proc.stderr.read() if proc.stderr else "worker ended early"
    assert len(results) >= 30
    slow = [r for r in results if r["worst"] > MAX_SECONDS]
    assert not slow, json.dumps(slow, ensure_ascii=False, indent=1)
