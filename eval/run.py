"""Development evaluations (`make eval`): real text that nobody here wrote.

1. ACLED rows: `../shared/dev/acled/score.py` runs `warta extract` on every row's notes and
   prints its table; its last line is repeated at the end.
2. News: the hand-coded real articles `eval/news/*.gold.json` (each names its `document`, a
   file under `../shared/dev/news/`, and its `published` date): `warta extract` on them, scored
   as `warta eval` scores (warta.evaluate), overall and per language.

Ends with one line per set:
    detected=… type=… … n=2766                       (score.py's last line, as printed)
    news: F1=… precision=… recall=… actors=… claims=… fatalities=… negatives_clean=… docs=N
    news[en]: …   news[id]: …
`negatives_clean` is the share of articles with no gold event where warta reports none.
When ../shared/dev is missing it says so and exits 0. The dev data is for measuring only:
nothing here is copied into the repository or fitted on.

Usage: python eval/run.py [--warta .venv/bin/warta] [--dev ../shared/dev] [--news eval/news]
                          [--gold-dir DIR --label NAME]   (any other folder of gold files)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--warta", default=str(ROOT / ".venv" / "bin" / "warta"))
    ap.add_argument("--dev", default=str(ROOT.parent / "shared" / "dev"))
    ap.add_argument("--news", default=str(ROOT / "eval" / "news"))
    ap.add_argument(
        "--gold-dir", default="", help="score this folder of gold files instead of the news set"
    )
    ap.add_argument("--label", default="news")
    ap.add_argument("--skip-acled", action="store_true")
    a = ap.parse_args()
    dev = Path(a.dev)
    if not dev.is_dir():
        print(f"{dev} is missing: no development evaluation to run (see ../shared/dev/README.md)")
        return 0
    last = []
    if not a.skip_acled:
        acled = _acled(dev, a.warta)
        if acled:
            last.append(acled)
    folder = Path(a.gold_dir or a.news)
    golds = sorted(folder.glob("*.gold.json")) if folder.is_dir() else []
    if golds:
        last += _news(golds, a.warta, a.label)
    else:
        last.append(f"{a.label}: no gold files in {folder}")
    print()
    for line in last:
        print(line)
    return 0


def _acled(dev: Path, warta: str) -> str | None:
    script = dev / "acled" / "score.py"
    if not script.is_file():
        print(f"{script} is missing: ACLED rows not scored")
        return None
    out = subprocess.run(
        [sys.executable, str(script), "--warta", warta], check=False, capture_output=True, text=True
    )
    sys.stdout.write(out.stdout)
    if out.returncode != 0:
        sys.stdout.write(out.stderr)
    lines = [x for x in out.stdout.splitlines() if x.strip()]
    return lines[-1] if lines else None


def _document(gold_path: Path, ref: str) -> Path | None:
    """A gold file's document: relative to the repository root, else to the gold file."""
    for base in (ROOT, gold_path.parent):
        p = (base / ref).resolve()
        if p.is_file():
            return p
    return None


def _news(golds: list[Path], warta: str, label: str) -> list[str]:
    from warta.evaluate import Tally, load_predictions, score_file

    records, kept = [], []
    for path in golds:
        gold = json.loads(path.read_text("utf-8"))
        doc = _document(path, gold["document"])
        if doc is None:
            print(f"{path.name}: document {gold['document']} not found; skipped")
            continue
        records.append(
            {
                "id": Path(gold["document"]).stem,
                "text": doc.read_text("utf-8"),
                "published": gold.get("published"),
                "language": gold.get("language"),
            }
        )
        kept.append((path, gold))
    with tempfile.TemporaryDirectory(prefix="warta-eval-") as tmp:
        inp, outp = Path(tmp) / "docs.jsonl", Path(tmp) / "out.jsonl"
        inp.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
        out = subprocess.run(
            [warta, "extract", str(inp), "--format", "jsonl"],
            check=False,
            capture_output=True,
            text=True,
        )
        if out.returncode not in (0, 1):
            print(f"warta extract exited {out.returncode}: {out.stderr.strip()[-400:]}")
        outp.write_text(out.stdout, "utf-8")
        preds = load_predictions(outp)
    groups: dict[str, list[tuple[Tally, bool | None]]] = {"": []}
    print(f"\n{label}: {len(kept)} hand-coded articles")
    for path, gold in kept:
        record = preds.get(Path(gold["document"]).stem)
        tally = score_file(gold, record)
        negative = None
        if not gold["events"]:
            negative = not (record or {}).get("events")
        print(
            f"{path.name.removesuffix('.gold.json'):<28} {tally.summary()}"
            + ("" if negative is None else f" clean={'yes' if negative else 'no'}")
        )
        for key in ("", str(gold.get("language") or "?")):
            groups.setdefault(key, []).append((tally, negative))
    lines = []
    for key in sorted(groups):
        lines.append(_line(label if not key else f"{label}[{key}]", groups[key]))
    return lines


def _line(label: str, items: list) -> str:  # type: ignore[type-arg]
    from warta.evaluate import Tally

    total = Tally()
    for tally, _ in items:
        total.add(tally)
    negatives = [n for _, n in items if n is not None]
    clean = f"{sum(negatives)}/{len(negatives)}" if negatives else "0/0"
    return (
        f"{label}: F1={total.f1:.2f} precision={total.found}/{total.found + total.extra} "
        f"recall={total.found}/{total.gold} actors={total.actors}/{total.found} "
        f"claims={total.claims}/{total.claims_total} fatalities={total.fatalities}/{total.found} "
        f"negatives_clean={clean} docs={len(items)}"
    )


if __name__ == "__main__":
    sys.exit(main())
