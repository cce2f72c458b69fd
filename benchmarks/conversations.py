"""Screening a message in its conversation (guardrails/thread.py), measured on conversations built
from the repository's readable rows: the crossed table (tests/data/crossed) and the fresh dev rows.
Never the held-out sets.

1. A crisis in an earlier message: a crossed crisis cell as the customer's earlier message, the
   agent's reply, then an ordinary fresh-dev row the screener answers alone as the newest message.
   Counted: conversations routed to a clinician, beside the earlier message alone (the newest message
   alone is answered in every one).
2. Ordinary conversations: three crossed look-alike cells or fresh-dev ordinary rows (two earlier
   messages and the newest). Counted: each route; conversations stricter than their strictest single
   message (what the joined reading alone added; its rule-only design should keep this at 0).

    .venv/bin/python benchmarks/conversations.py [--per-language 150]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from collections import Counter
from pathlib import Path

from caredraft.domain import ROUTE_ORDER, Route
from caredraft.evals.datasets import own_set
from caredraft.guardrails.screening import build_screener, in_process_screening_embedder
from caredraft.guardrails.thread import screen_in_conversation
from caredraft.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
AGENT = {"role": "agent", "text": "Thank you for writing, we are looking into it."}


def crossed(kind: str, language: str) -> list[str]:
    data = json.loads((ROOT / "tests" / "data" / "crossed" / "crossed.json").read_text("utf-8"))
    return [frame.format(c=core) for table in data[kind] if table["lang"] == language
            for core in table["cores"] for frame in table["frames"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-language", type=int, default=150, help="conversations of each kind per language")
    parser.add_argument("--verbose", action="store_true", help="print each conversation stricter than its messages")
    args = parser.parse_args()
    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="caredraft-conv-")))
    screener = build_screener(settings, in_process_screening_embedder(settings))
    rng = random.Random(27)
    cache: dict[tuple[str, str], Route] = {}

    def alone(text: str, language: str) -> Route:
        if (text, language) not in cache:
            cache[text, language] = screener.screen(text, language=language).route
        return cache[text, language]

    def converse(history: list[str], newest: str, language: str) -> Route:
        turns = []
        for text in history:
            turns += [{"role": "customer", "text": text}, AGENT]
        return screen_in_conversation(screener, newest, language=language, history=turns,
                                      limit=settings.screening_history_messages).route

    print("| language | crisis earlier: to a clinician | ordinary: auto / human / clinical | "
          "ordinary: stricter than every message alone |")
    print("|---|---|---|---|")
    for language in ("en", "ru", "bg", "fa"):
        ordinary_rows = [r["text"] for r in own_set("screening_fresh/dev", language) if r["expect"] == "auto"]
        answered = [t for t in ordinary_rows if alone(t, language) == Route.AUTO]
        crises = crossed("crises", language)
        n = args.per_language
        clinical = alone_clinical = 0
        for crisis in rng.sample(crises, min(n, len(crises))):
            clinical += converse([crisis], rng.choice(answered), language) == Route.CLINICAL_REVIEW
            alone_clinical += alone(crisis, language) == Route.CLINICAL_REVIEW
        pool = crossed("look_alikes", language) + ordinary_rows
        routes, stricter = Counter(), 0
        for _ in range(n):
            a, b, newest = rng.sample(pool, 3)
            route = converse([a, b], newest, language)
            routes[route] += 1
            if ROUTE_ORDER[route] > max(ROUTE_ORDER[alone(t, language)] for t in (a, b, newest)):
                stricter += 1
                if args.verbose:
                    print(f"  stricter ({route.value}): {a!r} / {b!r} / {newest!r}")
        print(f"| {language} | {clinical} (the crisis message alone: {alone_clinical}) of {min(n, len(crises))} | {routes[Route.AUTO]} / {routes[Route.HUMAN_REVIEW]} / "
              f"{routes[Route.CLINICAL_REVIEW]} of {n} | {stricter} |")


if __name__ == "__main__":
    main()
