"""Throughput and peak memory of extraction (read -> extract) on generated articles.

Usage: python bench/extract.py [--docs 10000] [--chars 3000]
Articles are mixed Indonesian/English conflict reports made by bench/corpus.py; the
gazetteer is $WARTA_GAZETTEER (make sets it). Prints docs/s, events/doc and peak RSS.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import article

from warta.model import Document
from warta.pipeline import Resources, extract
from warta.read.document import ReadOptions, build_document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--chars", type=int, default=3000)
    args = parser.parse_args()
    rng = random.Random(11)
    options = ReadOptions(published="2024-03-15")
    docs = []
    for i in range(args.docs):
        _, title, text = article(rng, args.chars)
        doc = build_document(text, id=f"d{i}", source="bench", options=options, title=title)
        assert isinstance(doc, Document)
        docs.append(doc)
    res = Resources.load()
    extract(docs[0], res)  # load models and data once, as a worker would
    start = time.perf_counter()
    events = sum(len(extract(doc, res).events) for doc in docs)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    chars = sum(len(d.text) for d in docs) / len(docs)
    print(
        f"extract: {len(docs)} docs of {chars:.0f} chars in {seconds:.1f} s = {len(docs) / seconds:.0f} docs/s "
        f"(one core), {events / len(docs):.2f} events/doc, peak RSS {peak:.0f} MiB"
    )


if __name__ == "__main__":
    main()
