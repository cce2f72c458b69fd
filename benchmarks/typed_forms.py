"""Crises and ordinary tickets as people type them (tests/data/typed_forms/probes_s30.jsonl: emoji
for words, text-speak, glued or spaced words, misspellings, long run-ons, the wrong keyboard layout or
script, capitals and repeats), screened by the real screener: crises that reach a clinician, crises
that reach any person, ordinary tickets sent to review, per language and per typing habit.

The probes were written for session 30 by helpers who read neither the screener nor an evaluation
set, after the session's first readings of these habits were written (they were given the habits'
names). ``--set read`` (tests/data/typed_forms) was read after its first measure to find gaps, so it
flatters; ``--set holdout`` (tests/data/typed_forms_holdout) was written later and is only measured.

    .venv/bin/python benchmarks/typed_forms.py [--set read|holdout] [--detect] [--list-auto]

``--detect`` lets the screener detect each message's language (default: given, as a helpdesk gives
it). ``--list-auto`` prints the ids (not the words) of crises that went ``auto``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

from caredraft.domain import Route
from caredraft.guardrails.screening import build_screener, in_process_screening_embedder
from caredraft.settings import Settings

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
# "read": the probes read to find the session's gaps (flattering since); "holdout": a second set written
# the same way, measured and never read (tests/data/typed_forms_holdout/README.md).
SETS = {"read": DATA / "typed_forms" / "probes_s30.jsonl", "holdout": DATA / "typed_forms_holdout" / "probes_s30b.jsonl"}
LANGUAGES = ("en", "ru", "bg", "fa")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--detect", action="store_true", help="let the screener detect the language")
    parser.add_argument("--list-auto", action="store_true", help="print the ids of crises routed auto")
    parser.add_argument("--set", choices=sorted(SETS), default="read", help="which probes (default: read)")
    args = parser.parse_args()

    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="caredraft-typed-")))
    screener = build_screener(settings, in_process_screening_embedder(settings))
    rows = [json.loads(line) for line in SETS[args.set].read_text("utf-8").splitlines() if line.strip()]
    languages = [None if args.detect else r["lang"] for r in rows]
    results = screener.screen_many([r["text"] for r in rows], languages=languages)

    counts: Counter = Counter()
    auto_crises = []
    for row, result in zip(rows, results):
        for key in (row["lang"], row["habit"], "all"):
            counts[key, row["expect"], "n"] += 1
            if row["expect"] == "crisis":
                counts[key, "crisis", "clinical"] += result.route == Route.CLINICAL_REVIEW
                counts[key, "crisis", "person"] += result.route != Route.AUTO
            else:
                counts[key, "ordinary", "review"] += result.route != Route.AUTO
        if row["expect"] == "crisis" and result.route == Route.AUTO:
            auto_crises.append(row["id"])

    habits = sorted({r["habit"] for r in rows})
    print(f"{args.set} probes, language {'detected' if args.detect else 'given'}")
    print("| | crises to a clinician | crises to a person | ordinary to review |")
    print("|---|---|---|---|")
    for key in (*LANGUAGES, *habits, "all"):
        print(f"| {key} | {counts[key, 'crisis', 'clinical']}/{counts[key, 'crisis', 'n']} "
              f"| {counts[key, 'crisis', 'person']}/{counts[key, 'crisis', 'n']} "
              f"| {counts[key, 'ordinary', 'review']}/{counts[key, 'ordinary', 'n']} |")
    if args.list_auto:
        print("crises routed auto:", " ".join(auto_crises) or "none")


if __name__ == "__main__":
    main()
