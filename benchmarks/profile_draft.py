"""Where the time of a full rules draft goes: cProfile over ``Pipeline.run`` (screen, retrieve,
draft, check) on the benchmark's messages, after start-up, sorted by cumulative time.

    .venv/bin/python benchmarks/profile_draft.py [--messages 120] [--data-dir .caredraft] [--top 40]

Needs an ingested data folder (``caredraft kb ingest``). cProfile inflates pure-Python code
(regexes, generators) more than the e5 engine, so read shares, not absolute times.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_draft import messages  # noqa: E402

from caredraft.domain import Ticket  # noqa: E402
from caredraft.pipeline import build_pipeline  # noqa: E402
from caredraft.settings import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=120)
    parser.add_argument("--data-dir", type=Path, default=Path(".caredraft"))
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    pipeline = build_pipeline(Settings(data_dir=args.data_dir))
    rows = messages(args.messages)
    for row in rows[:8]:  # warm-up: exemplar embeddings, caches
        pipeline.run(Ticket(text=row["text"] + " (warm-up)"))
    profile = cProfile.Profile()
    profile.enable()
    for i, row in enumerate(rows):
        pipeline.run(Ticket(text=f"{row['text']} ({i})"))
    profile.disable()
    pstats.Stats(profile).sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
