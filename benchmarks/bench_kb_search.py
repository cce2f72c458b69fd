"""Time to ingest the sample knowledge base into an empty store, and the latency of one
``kb search`` query after start-up (p50/p95), on the embedded defaults.

    .venv/bin/python benchmarks/bench_kb_search.py [--queries 200]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from caredraft.evals.datasets import own_set
from caredraft.knowledge_base.ingest import ingest_path
from caredraft.knowledge_base.store import KnowledgeBase
from caredraft.settings import Settings


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        started = time.perf_counter()
        kb = KnowledgeBase.from_settings(settings)  # includes loading the e5 model
        report = ingest_path(settings, settings.kb_path, kb=kb)
        print(f"ingest (fresh store, incl. model load): {time.perf_counter() - started:.1f} s — {report.summary()}")
        again = ingest_path(settings, settings.kb_path, kb=kb)
        print(f"re-ingest (unchanged): {again.seconds:.2f} s, embedded {again.embedded}")

        rows = own_set("retrieval") or [{"text": "I was charged twice", "lang": "en"}]
        kb.search("warm-up", language="en")
        timings = []
        for i in range(args.queries):
            row = rows[i % len(rows)]
            # A new text each time so the query-embedding cache never answers.
            text = f"{row['text']} ({i})"
            t0 = time.perf_counter()
            kb.search(text, language=row["lang"], k=4)
            timings.append((time.perf_counter() - t0) * 1000)
        print(f"search: n={len(timings)} p50={statistics.median(timings):.1f} ms "
              f"p95={percentile(timings, 0.95):.1f} ms max={max(timings):.1f} ms")


if __name__ == "__main__":
    main()
