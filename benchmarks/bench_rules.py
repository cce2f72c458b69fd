"""The rule layer alone (lexicon rules and clearers, no embedding): milliseconds per text over the
classifier's training batches, and one 6,000-character message without sentence ends per
language, the shape that made clause-long look-aheads quadratic.

    .venv/bin/python benchmarks/bench_rules.py
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from caredraft.guardrails.input import crisis_rules

ROOT = Path(__file__).resolve().parents[1]
LONG = {"en": "my invoice is wrong and the app logs me out and " * 130,
        "ru": "счёт неправильный и приложение выкидывает и " * 140,
        "bg": "сметката е грешна и приложението ме изхвърля и " * 130,
        "fa": "صورتحساب اشتباه است و برنامه مرا بیرون می‌اندازد و " * 120}


def _cold() -> None:
    """Empty the per-text caches, so every text is read from scratch."""
    for cached in (crisis_rules._normalized, crisis_rules.latin_reading, crisis_rules._reading, crisis_rules._clearer_matches):
        cached.cache_clear()


def _screen(text: str, language: str) -> None:
    crisis_rules.match_rules(text, [language])
    crisis_rules.clearer_spans(text, [language])


def main() -> None:
    texts = []
    for path in sorted((ROOT / "src/caredraft/guardrails/input/training/classifier").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts.append((row.get("lang") or path.stem[:2], row["text"]))
    for language in LONG:  # compile every lexicon before timing
        _screen("warm", language)
    _cold()
    start = time.perf_counter()
    for language, text in texts:
        _screen(text, language)
    print(f"rules over {len(texts)} texts: {(time.perf_counter() - start) / len(texts) * 1000:.2f} ms per text")
    for language, text in LONG.items():
        _cold()
        start = time.perf_counter()
        _screen(text, language)
        print(f"{language}: one {len(text)}-character message without sentence ends: {(time.perf_counter() - start) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
