"""Score extracted events against hand-coded gold files (the format of shared/acceptance).

The rules are those of acceptance/score.py: a gold event is found when a predicted event of
a violent type falls in its date range and within its radius of its place; actors, claims
and fatalities are then checked; predicted violent events that match no gold event count
against precision unless their evidence holds a "neutral" gold keyword. Two additions, so a
set of many articles can be scored: gold events of non-violent types (protests, riots,
strategic developments) are matched against predictions of the same type and reported on
their own line, and an article with no gold events scores by precision alone.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .errors import InputError
from .taxonomy import violent_types

VIOLENT = frozenset(t.lower() for t in violent_types())


@dataclass
class Tally:
    """Counts over one or many articles."""

    gold: int = 0
    found: int = 0
    predicted: int = 0  # predicted violent events, matched or extra
    extra: int = 0
    actors: int = 0
    claims: int = 0
    claims_total: int = 0
    fatalities: int = 0
    other_gold: int = 0  # non-violent gold events
    other_found: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("gold", "found", "predicted", "extra", "actors", "claims", "claims_total",
                     "fatalities", "other_gold", "other_found"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.found / (self.found + self.extra) if self.found + self.extra else 1.0

    @property
    def f1(self) -> float:
        r, p = self.recall, self.precision
        return 2 * r * p / (r + p) if r + p else 0.0

    def summary(self) -> str:
        return (
            f"F1={self.f1:.2f} recall={self.found}/{self.gold} precision={self.found}/{self.found + self.extra} "
            f"actors={self.actors}/{self.found} claims={self.claims}/{self.claims_total} "
            f"fatalities={self.fatalities}/{self.found} other-types={self.other_found}/{self.other_gold}"
        )


def load_predictions(path: Path) -> dict[str, dict[str, Any]]:
    """Predicted results by document id and by source file name."""
    found: dict[str, dict[str, Any]] = {}
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from err
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{lineno}: not valid JSON ({err.msg})") from err
        doc = record.get("document") or {}
        for key in (doc.get("id"), Path(str(doc.get("source") or "")).stem):
            if key:
                found.setdefault(str(key), record)
    return found


def score_file(gold: dict[str, Any], record: dict[str, Any] | None) -> Tally:
    """Score one article's prediction (None when the tool gave none) against its gold."""
    tally = Tally()
    events = (record or {}).get("events", [])
    violent = [e for e in events if str(e.get("event_type", "")).lower() in VIOLENT]
    gold_violent = [
        g for g in gold["events"] if str(g.get("event_type", "Battles")).lower() in VIOLENT
    ]
    gold_other = [g for g in gold["events"] if g not in gold_violent]
    match = _pair(gold_violent, violent)
    for gi, g in enumerate(gold_violent):
        tally.gold += 1
        tally.claims_total += len(g["claims"])
        if gi not in match:
            tally.lines.append(f"  MISSED  {g['key']}: {g['what'][:80]}")
            continue
        ev = violent[match[gi]]
        a_ok, c_hits, f_ok = (
            _actors_ok(ev, g),
            _claim_hits(ev, g),
            _fatalities_ok(ev, g["fatalities"]),
        )
        tally.found += 1
        tally.actors += a_ok
        tally.claims += c_hits
        tally.fatalities += f_ok
        tally.lines.append(
            f"  FOUND   {g['key']}: actors={'ok' if a_ok else 'NO'} claims={c_hits}/{len(g['claims'])} "
            f"fatalities={'ok' if f_ok else 'NO'} ({(ev.get('fatalities') or {}).get('best')})"
        )
    used = set(match.values())
    for i, ev in enumerate(violent):
        tally.predicted += 1
        if i in used or _neutral(ev, gold):
            continue
        tally.extra += 1
        loc = (ev.get("location") or {}).get("name")
        tally.lines.append(
            f"  EXTRA   {ev.get('event_type')} {ev.get('date')} {loc}: {_evidence(ev)[:80]!r}"
        )
    others = [e for e in events if e not in violent]
    for g in gold_other:
        tally.other_gold += 1
        hit = any(
            str(e.get("event_type")) == g.get("event_type") and _when_where(e, g, slack=1)
            for e in others
        )
        tally.other_found += hit
        tally.lines.append(
            f"  {'FOUND' if hit else 'MISSED':<7} {g['key']} ({g.get('event_type')})"
        )
    return tally


def score(golds: Iterable[Path], predictions: Path) -> tuple[Tally, list[tuple[str, Tally]]]:
    """Micro totals and per-file tallies of gold files against one predictions file."""
    preds = load_predictions(predictions)
    total, per_file = Tally(), []
    for path in golds:
        try:
            gold = json.loads(Path(path).read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as err:
            raise InputError(f"{path}: not a readable gold file ({err})") from err
        key = Path(gold.get("document", path)).stem
        tally = score_file(gold, preds.get(key))
        if preds.get(key) is None:
            tally.lines.insert(0, f"  NO PREDICTION for document {key!r}")
        total.add(tally)
        per_file.append((str(path), tally))
    return total, per_file


def _pair(gold: list[dict[str, Any]], violent: list[dict[str, Any]]) -> dict[int, int]:
    pairs = []
    for gi, g in enumerate(gold):
        for i, ev in enumerate(violent):
            if _when_where(ev, g):
                pairs.append((2 * _claim_hits(ev, g) + _actors_ok(ev, g), gi, i))
    match: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, i in sorted(pairs, reverse=True):
        if gi not in match and i not in used:
            match[gi] = i
            used.add(i)
    return match


def _when_where(ev: dict[str, Any], g: dict[str, Any], slack: int = 0) -> bool:
    try:
        d = date.fromisoformat(str(ev.get("date"))[:10])
        lo, hi = (date.fromisoformat(x) for x in g["date"])
    except (ValueError, TypeError):
        return False
    if not lo - timedelta(slack) <= d <= hi + timedelta(slack):
        return False
    loc = ev.get("location") or {}
    if loc.get("lat") is None or loc.get("lon") is None:
        return False
    place = g["place"]
    return (
        _km(float(loc["lat"]), float(loc["lon"]), place["lat"], place["lon"]) <= place["radius_km"]
    )


def _km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _names(actor: Any) -> list[str]:
    if actor is None:
        return []
    if isinstance(actor, str):
        return [actor.lower()]
    if isinstance(actor, list):
        return [n for a in actor for n in _names(a)]
    return [str(actor.get(k)).lower() for k in ("name", "mention") if actor.get(k)]


def _actors_ok(ev: dict[str, Any], g: dict[str, Any]) -> bool:
    names = [
        n for k in ("actor1", "actor2", "assoc_actor1", "assoc_actor2") for n in _names(ev.get(k))
    ]
    return all(any(a.lower() in n for n in names) for a in g["actors"])


def _claim_hits(ev: dict[str, Any], g: dict[str, Any]) -> int:
    return sum(_claim_found(ev, c) for c in g["claims"])


def _claim_found(ev: dict[str, Any], want: dict[str, Any]) -> bool:
    for c in ev.get("claims") or []:
        if c.get("value") != want["value"] or c.get("kind", "killed") != want["kind"]:
            continue
        claimant = " ".join(_names(c.get("claimant")) + _names(c.get("via")))
        wanted = want["claimant"].lower()
        if wanted.startswith("pro-regime"):
            if claimant and "islamic state" not in claimant:
                return True
        elif wanted in claimant:
            return True
    return False


def _fatalities_ok(ev: dict[str, Any], gold: dict[str, Any]) -> bool:
    best = (ev.get("fatalities") or {}).get("best")
    if best is None:
        return gold["high"] is None
    return best >= gold["low"] and (gold["high"] is None or best <= gold["high"])


def _evidence(ev: dict[str, Any]) -> str:
    return " ".join(e.get("text", "") for e in ev.get("evidence") or [])


def _neutral(ev: dict[str, Any], gold: dict[str, Any]) -> bool:
    text = _evidence(ev)
    return any(
        any(k in text for k in n.get("evidence_keywords", [])) for n in gold.get("neutral", [])
    )
