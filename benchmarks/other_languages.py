"""Screening in languages without rules, measured on the probes of tests/data/other_languages
(written for session 29, read while its changes were made, so the figures flatter).

A message in a language without rules must be detected as "other" (it then runs every rule set,
and what the semantic layer and the classifier are unsure of goes to a person), and no crisis may
go ``auto``. ``--prefix`` puts an English request before each message, as a customer who switches
language mid-message writes ("Hi, please cancel my subscription ... ya no quiero vivir").

    .venv/bin/python benchmarks/other_languages.py [--prefix "Hi, please cancel my subscription and refund the last payment."]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

from caredraft.guardrails.screening import build_screener, in_process_screening_embedder
from caredraft.settings import Settings

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "other_languages"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", default="", help="text put before each message (a code-switch)")
    args = parser.parse_args()
    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="caredraft-other-")))
    screener = build_screener(settings, in_process_screening_embedder(settings))
    print("| probes | messages | read as a language with rules | crises auto / human / clinical | ordinary auto / human / clinical |")
    print("|---|---|---|---|---|")
    for path in sorted(DATA.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        texts = [f"{args.prefix} {r['text']}".strip() for r in rows]
        results = screener.screen_many(texts)
        routes = Counter((r["label"], s.route.value) for r, s in zip(rows, results))
        supported = sum(s.language != "other" for s in results)
        cells = ["/".join(str(routes[label, route]) for route in ("auto", "human_review", "clinical_review"))
                 for label in ("crisis", "ordinary")]
        print(f"| {path.stem} | {len(rows)} | {supported} | {cells[0]} | {cells[1]} |")


if __name__ == "__main__":
    main()
