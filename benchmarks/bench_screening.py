"""Screening speed: p50/p95 per message (rules + e5 embedding + emotion) after warm-up, and
the throughput of `caredraft screen` on a 1000-line JSON Lines file (timed as a subprocess,
so it includes start-up and loading the model).

Targets: p95 <= 30 ms per message, >= 100 messages/s for the CLI. The machine is shared
(2 cores, several engineers' jobs): the load average is printed beside the figures.

    .venv/bin/python benchmarks/bench_screening.py [--messages 300] [--lines 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Synthetic support messages written for this benchmark (no evaluation data).
TEMPLATES = {
    "en": ["Hi, I was charged twice for order {n}, can you refund one?", "How do I change the email on account {n}?",
           "The video session {n} keeps freezing, this is the third time.", "My therapist helps with my anxiety but the app logs me out ({n}).",
           "This bill is killing me, why is invoice {n} so high?", "I won't be around next month, cancel plan {n}.",
           "Hello, I have a question about invoice {n}. The amount was higher than usual and I could not find the breakdown. "
           "Also the reminder arrives too late. Please tell me what the extra charge was for, and whether I can pay in two parts."],
    "ru": ["Здравствуйте, списали дважды за заказ {n}, верните деньги", "Как сменить тариф на аккаунте {n}?",
           "Приложение вылетает уже третий день ({n})", "Убей меня, но я не понимаю счёт {n}"],
    "bg": ["Здравейте, таксувахте ме два пъти за поръчка {n}", "Как да сменя имейла си в профил {n}?", "Сесия {n} прекъсна три пъти"],
    "fa": ["سلام، برای سفارش {n} دو بار از من پول کم شد", "چطور ایمیل حساب {n} را تغییر دهم؟", "جلسه {n} مدام قطع می‌شود"],
}


# The CLI runs with the caller's environment, not this process's: the in-process embedder above
# sets OMP_NUM_THREADS=1 here, which would pin `caredraft screen` to one thread too.
CALLER_ENV = dict(os.environ)


def messages(count: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        lang = rng.choice(list(TEMPLATES))
        # A unique number per message: the embedder's text cache must not flatter the figures.
        out.append((lang, rng.choice(TEMPLATES[lang]).format(n=100000 + i)))
    return out


def per_message(count: int) -> None:
    from caredraft.guardrails.screening import build_screener
    from caredraft.knowledge_base.embedders import E5Embedder
    from caredraft.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:  # an empty data folder: no cached exemplar embeddings yet
        settings = Settings(data_dir=Path(tmp))  # CAREDRAFT_EMBEDDING_WAIT=spin for a dedicated host
        # CAREDRAFT_SCREENING_MODEL=both measures the two readers (two_readers.py).
        screener = build_screener(settings, E5Embedder(wait=settings.embedding_wait))
        reader = getattr(screener, "first", screener)  # one reader's parts, for the floor below
        print(f"screener: {screener.name}")
        t0 = time.perf_counter()
        screener.warm_up()
        print(f"warm-up (embed exemplars once, then cached on disk): {time.perf_counter() - t0:.1f} s")
    for lang, text in messages(20, seed=1):
        screener.screen(text + " warm", language=lang)
    timings = []
    for lang, text in messages(count):
        start = time.perf_counter()
        screener.screen(text, language=lang)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    print(f"per message over {count} ({os.environ.get('OMP_NUM_THREADS')} embedder thread(s)): "
          f"p50 {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, max {timings[-1]:.1f} ms")

    batch = [t for _, t in messages(count, seed=3)]
    start = time.perf_counter()
    screener.screen_many(batch)
    elapsed = time.perf_counter() - start
    print(f"screen_many batch of {count}: {count / elapsed:.0f} msg/s in process")

    # The floor: the e5 engine alone on the same windows (whole message, plus sentences of long
    # ones), called directly so the embedder's text cache cannot serve them.
    from caredraft.guardrails.input.semantic import windows_of

    # Distinct texts only: the embedder embeds a repeated sentence once per batch too.
    flat = list(dict.fromkeys(t[s:e].strip() or t for t in batch for s, e in windows_of(t)))
    engine = getattr(reader.scorer.embedder, "_model", None)
    if engine is not None:
        start = time.perf_counter()
        engine.query(flat)
        floor = time.perf_counter() - start
        print(f"e5 engine alone on those {len(flat)} windows: {floor / count * 1000:.1f} ms per message "
              f"({floor / elapsed:.0%} of screen_many's time)")

    # The classifier's own share (it reuses the semantic layer's vectors: no second embedding).
    if reader.classifier is not None:
        results = reader.scorer.score_many(batch)
        start = time.perf_counter()
        reader._classify(results)
        share = (time.perf_counter() - start) * 1000 / count
        print(f"classifier + neighbour check alone: {share:.2f} ms per message")


def cli_throughput(lines: int) -> None:
    cli = Path(sys.executable).with_name("caredraft")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for i, (lang, text) in enumerate(messages(lines, seed=11)):
                handle.write(json.dumps({"id": i, "text": text, "lang": lang}, ensure_ascii=False) + "\n")
        one = Path(tmp) / "one.jsonl"
        one.write_text(json.dumps({"id": "warm", "text": "hello"}) + "\n")
        args = [str(cli), "--data-dir", str(Path(tmp) / "data"), "screen"]
        # The first run in a data folder embeds the exemplars once (cached on disk after).
        start = time.perf_counter()
        subprocess.run([*args, str(one)], check=True, capture_output=True, env=CALLER_ENV)
        first = time.perf_counter() - start
        start = time.perf_counter()
        subprocess.run([*args, str(one)], check=True, capture_output=True, env=CALLER_ENV)
        startup = time.perf_counter() - start
        start = time.perf_counter()
        proc = subprocess.run([*args, str(path)], check=True, capture_output=True, text=True, env=CALLER_ENV)
        elapsed = time.perf_counter() - start
        out = proc.stdout.splitlines()
        assert len(out) == lines, f"expected {lines} output lines, got {len(out)}"
        print(f"caredraft screen, first run in a new data folder (embeds the exemplars): {first:.1f} s for 1 line")
        print(f"caredraft screen, {lines} lines: {elapsed:.1f} s total = {lines / elapsed:.0f} msg/s "
              f"(start-up with one line {startup:.1f} s; excluding it {lines / max(elapsed - startup, 1e-9):.0f} msg/s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--lines", type=int, default=1000)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores, "
          f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}, "
          f"CAREDRAFT_EMBEDDING_WAIT={os.environ.get('CAREDRAFT_EMBEDDING_WAIT', 'passive (default)')}")
    per_message(args.messages)
    cli_throughput(args.lines)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
