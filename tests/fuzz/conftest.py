"""Hypothesis profiles for the fuzz suites and the one Resources object they share.

- "default" (what `make test` runs): a fixed budget per test (FUZZ_EXAMPLES, scaled down by
  each test's `budget(...)` where examples are slow) and derandomised, so the suite takes the
  same path on every run and stays fast;
- "long" (`make fuzz`, HYPOTHESIS_PROFILE=long): 5,000 examples per test (or
  $FUZZ_EXAMPLES), random, with hypothesis' example database so a failure found once is
  replayed first next time.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from warta.pipeline import Resources

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]

settings.register_profile(
    "default",
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=_SLOW_OK,
)
settings.register_profile(
    "long",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "5000")),
    deadline=None,
    print_blob=True,
    suppress_health_check=_SLOW_OK,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def budget(fraction: float) -> settings:
    """Settings for a slow test: this fraction of the profile's example budget (at least 10)."""
    return settings(max_examples=max(10, int(settings.default.max_examples * fraction)))


@pytest.fixture(scope="session")
def resources() -> Resources:
    """One Resources per session: the gazetteer at $WARTA_GAZETTEER, opened once."""
    return Resources.load()
