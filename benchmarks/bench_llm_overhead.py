"""How much time caredraft adds around the LLM call (everything but the model's own time).

Runs the LLM drafter against the test suite's OpenAI-compatible server on 127.0.0.1, which
answers instantly, and compares:

* ``draft``: one whole ``LLMDrafter.draft`` (redaction, prompt, LangChain + openai client,
  HTTP, parsing, restoring, the reply checks);
* ``http floor``: the same request body posted with a bare httpx client (the part a model
  with zero thinking time would cost anyway);
* the pieces caredraft adds: redaction + prompt, the client stack, the reply checks.

    .venv/bin/python benchmarks/bench_llm_overhead.py [--n 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import httpx  # noqa: E402

from caredraft.domain import Emotion, Route, Screening, Ticket  # noqa: E402
from caredraft.drafting.llm import LLMDrafter  # noqa: E402
from caredraft.guardrails.output.checker import build_reply_checker  # noqa: E402
from caredraft.knowledge_base.loader import load_path  # noqa: E402
from caredraft.knowledge_base.store import passage_from_chunk  # noqa: E402
from caredraft.settings import SAMPLE_KB_DIR, Settings  # noqa: E402
from llm_server import LLMServer  # noqa: E402

MESSAGE = ("Hi, my name is Anna Petrova (anna.petrova@example.com, +44 20 7946 0958). I was charged twice "
           "this month and I'm really annoyed. How long until I get my money back?")
ANSWER = {
    "cited_passage_ids": ["en:refunds#double-charges"],
    "acknowledgement": "[NAME_1], I'm sorry you were charged twice, and I understand why that is annoying.",
    "explanation": ("Once support confirms the duplicate charge, we reverse it in full within 2 business days, "
                    "and your bank usually shows the money back within 5-10 business days."),
    "next_step": "I have asked our billing team to confirm the duplicate charge now, and I will update you here.",
}


def ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[int(0.95 * (len(values) - 1))]
    return f"median {statistics.median(values) * 1000:7.2f} ms   p95 {p95 * 1000:7.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200)
    n = parser.parse_args().n

    docs, _ = load_path(SAMPLE_KB_DIR)
    passages = [passage_from_chunk(c, score=0.9) for d in docs if d.language == "en" and d.doc_id == "refunds"
                for c in d.chunks]
    server = LLMServer().start()
    settings = Settings(data_dir=Path("/tmp/caredraft-bench-llm"), drafter="llm", llm_base_url=server.base_url,
                        llm_model="bench")
    checker = build_reply_checker(settings)
    drafter = LLMDrafter(settings, checker=checker)
    ticket = Ticket(text=MESSAGE, language="en")
    screening = Screening(language="en", route=Route.AUTO, emotion=Emotion.FRUSTRATED)

    # Warm up (imports, the Guard, connection pools).
    server.script(*[{"args": ANSWER}] * 5)
    for _ in range(5):
        assert drafter.draft(ticket, screening, passages).producer == "llm"

    total, prepare, checks, floor = [], [], [], []
    server.reset()
    server.script(*[{"args": ANSWER}] * n)
    for _ in range(n):
        t0 = time.perf_counter()
        draft = drafter.draft(ticket, screening, passages)
        total.append(time.perf_counter() - t0)
        assert draft.producer == "llm", draft.producer
    body = server.raw_bodies[-1]

    for _ in range(n):
        t0 = time.perf_counter()
        drafter._prepare(ticket, screening, passages)
        prepare.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        checker.check(draft.text, language="en", passages=passages[:1], customer_text=MESSAGE)
        checks.append(time.perf_counter() - t0)

    server.script(*[{"args": ANSWER}] * n)
    with httpx.Client() as client:
        for _ in range(n):
            t0 = time.perf_counter()
            r = client.post(f"{server.base_url}/chat/completions", content=body,
                            headers={"Content-Type": "application/json"})
            floor.append(time.perf_counter() - t0)
            assert r.status_code == 200
    server.stop()

    overhead = [t - f for t, f in zip(sorted(total), sorted(floor))]
    print(f"LLM drafter overhead, {n} drafts, instant test server on 127.0.0.1")
    print(f"  whole draft()                 {ms(total)}")
    print(f"  http floor (bare httpx)       {ms(floor)}")
    print(f"  caredraft adds (draft-floor)  {ms(overhead)}")
    print(f"    redaction + prompt          {ms(prepare)}")
    print(f"    reply checks                {ms(checks)}")
    client_stack = [t - f - p - c for t, f, p, c in zip(sorted(total), sorted(floor), sorted(prepare), sorted(checks))]
    print(f"    LangChain/openai client etc {ms(client_stack)}")


if __name__ == "__main__":
    main()
