"""Hostility toward staff on the probes of tests/data/hostility (written for session 29 and read
while its rules were written, so the figures flatter): hostile messages that reach a person, and
angry ordinary ones sent to review, per language (the language given, as a helpdesk gives it).

    .venv/bin/python benchmarks/hostility_probes.py
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path

from caredraft.domain import Route
from caredraft.guardrails.screening import build_screener, in_process_screening_embedder
from caredraft.settings import Settings

PROBES = Path(__file__).resolve().parents[1] / "tests" / "data" / "hostility" / "probes_s29.jsonl"


def main() -> None:
    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="caredraft-hostility-")))
    screener = build_screener(settings, in_process_screening_embedder(settings))
    rows = [json.loads(line) for line in PROBES.read_text("utf-8").splitlines() if line.strip()]
    results = screener.screen_many([r["text"] for r in rows], languages=[r["lang"] for r in rows])
    counts: Counter = Counter()
    for row, result in zip(rows, results):
        counts[row["lang"], row["label"], "n"] += 1
        counts[row["lang"], row["label"], "person"] += result.route != Route.AUTO
    print("| language | hostile to a person | ordinary to review |")
    print("|---|---|---|")
    for lang in ("en", "ru", "bg", "fa"):
        print(f"| {lang} | {counts[lang, 'hostile', 'person']}/{counts[lang, 'hostile', 'n']} "
              f"| {counts[lang, 'ordinary', 'person']}/{counts[lang, 'ordinary', 'n']} |")


if __name__ == "__main__":
    main()
