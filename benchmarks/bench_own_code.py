"""caredraft's own code per message, without the e5 engine: CPU time of this thread for the
screen, retrieve, draft and check stages on bench_draft's messages, after every message's
windows were embedded once (the embedder's text cache then answers, so the engine does not run).

CPU time of the calling thread is the figure that moves least with the machine's load (wall
time on a shared 2-core host swings by half); caredraft's own caches are cleared before each
repetition, so they only help within one message, as in production.

    .venv/bin/python benchmarks/bench_own_code.py [--messages 200] [--repeat 3] [--data-dir PATH]

Needs an ingested data folder (``caredraft kb ingest``), like profile_draft.py.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from functools import _lru_cache_wrapper
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_draft import messages, percentile, stage_times  # noqa: E402

from caredraft.domain import Ticket  # noqa: E402
from caredraft.knowledge_base.embedders import E5Embedder  # noqa: E402
from caredraft.pipeline import build_pipeline  # noqa: E402
from caredraft.settings import Settings  # noqa: E402


def clear_caredraft_caches() -> None:
    """Empty every per-text cache of caredraft's guardrails (not the compiled lexicons)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("caredraft.guardrails"):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, _lru_cache_wrapper) and value.__name__ not in ("load", "validator_classes"):
                value.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data-dir", type=Path, default=Path(".caredraft"))
    args = parser.parse_args()
    E5Embedder._cache_size = 1_000_000  # keep every window's vector: the engine must not run in the timed part
    pipeline = build_pipeline(Settings(data_dir=args.data_dir))
    rows = messages(args.messages)
    for row in rows[:8]:
        pipeline.run(Ticket(text=row["text"] + " (warm-up)"))
    rounds = [[Ticket(text=f"{row['text']} ({k}.{i})") for i, row in enumerate(rows)] for k in range(args.repeat)]
    for tickets in rounds:  # embed every window and every retrieval query once
        for ticket in tickets:
            screening = pipeline.screen(ticket)
            if not (screening.crisis_signals or screening.route.value == "clinical_review"):
                pipeline.retrieve(ticket, pipeline.reply_language(ticket, screening), [])

    stages: dict[str, list[float]] = {"screen": [], "retrieve": [], "draft": [], "check": [], "all four": []}
    for tickets in rounds:
        clear_caredraft_caches()
        for ticket in tickets:
            times = stage_times(pipeline, ticket, time.thread_time)
            for name, ms in times.items():
                stages[name].append(ms)
            if "check" in times:
                stages["all four"].append(sum(times.values()))
    print(f"caredraft's own CPU per message, e5 answered from cache ({len(rounds)} x {len(rows)} messages; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs):")
    for name, values in stages.items():
        print(f"  {name:9s} p50={statistics.median(values):6.2f} ms p95={percentile(values, 0.95):6.2f} ms "
              f"mean={statistics.mean(values):6.2f} ms")


if __name__ == "__main__":
    main()
