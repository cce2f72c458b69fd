"""Crisis recall under typing slips, measured on the repository's readable rows: the crossed table's
crisis cells (tests/data/crossed) and fresh-dev's crisis rows. Never the held-out sets.

Each crisis message gets one slip in one of its words of four letters or more, chosen at random
(seeded): two neighbouring letters swapped ("lfie"), a letter doubled ("killl") or a letter
left out ("suicde"). Counted per language and kind of slip: messages routed to a clinician as
written and with the slip, and which layer read them with it (a rule, or e5 / the classifier only).
What matters: a slip should not move a crisis away from a clinician, and in a long message the
semantic layer alone is the weaker reader.

    .venv/bin/python benchmarks/typos.py [--per-language 200] [--seed 28]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
from collections import Counter
from pathlib import Path

from caredraft.domain import Route
from caredraft.evals.screening import SETS, load_rows
from caredraft.guardrails.screening import build_screener, in_process_screening_embedder
from caredraft.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "ru", "bg", "fa")
_WORD = re.compile(r"[^\W\d_]{4,}")


def crisis_messages(language: str) -> list[str]:
    data = json.loads((ROOT / "tests" / "data" / "crossed" / "crossed.json").read_text("utf-8"))
    crossed = [frame.format(c=core) for table in data["crises"] if table["lang"] == language
               for core in table["cores"] for frame in table["frames"]]
    fresh = [r["text"] for r in load_rows(SETS["fresh-dev"], language) if r["expect"] == "clinical_review"]
    return crossed + fresh


def slip(text: str, kind: str, rng: random.Random) -> str | None:
    words = list(_WORD.finditer(text))
    if not words:
        return None
    w = rng.choice(words)
    i = rng.randrange(w.start() + 1, w.end() - 1)  # never the first letter: slips rarely hit it
    if kind == "swap":
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    if kind == "double":
        return text[:i] + text[i] + text[i:]
    return text[:i] + text[i + 1:]  # "drop"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-language", type=int, default=200)
    parser.add_argument("--seed", type=int, default=28)
    args = parser.parse_args()
    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="caredraft-typos-")))
    screener = build_screener(settings, in_process_screening_embedder(settings))
    rng = random.Random(args.seed)
    print("| language | messages | to a clinician as written | swap: clinician (by a rule) | double | drop |")
    print("|---|---|---|---|---|---|")
    totals: Counter = Counter()
    for language in LANGUAGES:
        pool = crisis_messages(language)
        sample = rng.sample(pool, min(args.per_language, len(pool)))
        written = screener.screen_many(sample, languages=[language] * len(sample))
        kept = [t for t, s in zip(sample, written) if s.route == Route.CLINICAL_REVIEW]
        row = [language, str(len(sample)), str(len(kept))]
        for kind in ("swap", "double", "drop"):
            slipped = [s for s in (slip(t, kind, rng) for t in kept) if s is not None]
            read = screener.screen_many(slipped, languages=[language] * len(slipped))
            clinician = sum(r.route == Route.CLINICAL_REVIEW for r in read)
            by_rule = sum(r.route == Route.CLINICAL_REVIEW and any(s.source == "rule" for s in r.crisis_signals) for r in read)
            totals[kind, "n"] += len(slipped)
            totals[kind, "clinician"] += clinician
            totals[kind, "rule"] += by_rule
            row.append(f"{clinician}/{len(slipped)} ({by_rule})")
        print("| " + " | ".join(row) + " |")
    print("all: " + ", ".join(f"{k} {totals[k, 'clinician']}/{totals[k, 'n']} to a clinician ({totals[k, 'rule']} by a rule)"
                              for k in ("swap", "double", "drop")))


if __name__ == "__main__":
    main()
