"""``caredraft check-reply [FILE|-]``: check replies in JSON Lines, one result line per input line.

Input lines: ``{"id", "text", "lang"?, "citations"?: ["en:refunds#double-charges", ...],
"passages"?: ["inline policy text", ...], "customer_text"?}``. Citations are resolved to passages
through the knowledge base (opened only when some line has citations). An unknown citation does
not stop the line: it is reported as an ``ungrounded`` violation (medium), because the reply then
cites something the agent cannot check. A bad line becomes an error line; the rest go on.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from caredraft.domain import Passage, Severity, Verdict, Violation, ViolationKind


def _inline_passages(record: dict) -> list[Passage]:
    texts = record.get("passages") or []
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        raise ValueError("'passages' must be a list of strings")
    return [Passage(id=f"inline#{i}", doc_id="inline", language=record.get("lang") or "en", title="inline",
                    heading="", text=t) for i, t in enumerate(texts)]


class _Citations:
    """Resolves citations through the knowledge base, opened on first use."""

    def __init__(self, settings) -> None:
        self.settings = settings
        self._kb = None

    def resolve(self, citations: list[str]) -> tuple[list[Passage], list[str]]:
        if self._kb is None:
            from caredraft.knowledge_base.store import KnowledgeBase

            self._kb = KnowledgeBase.from_settings(self.settings)
        found, missing = [], []
        for citation in citations:
            passage = self._kb.get(citation)
            (found.append(passage) if passage is not None else missing.append(citation))
        return found, missing


def check_record(record: dict, checker, citations: _Citations) -> dict[str, Any]:
    cited = record.get("citations") or []
    if not isinstance(cited, list) or not all(isinstance(c, str) for c in cited):
        raise ValueError("'citations' must be a list of strings")
    language = record.get("lang")
    if language is not None and not isinstance(language, str):
        raise ValueError("'lang' must be a string")
    passages = _inline_passages(record)
    missing: list[str] = []
    if cited:
        found, missing = citations.resolve(cited)
        passages += found
    result = checker.check(record["text"], language=language, passages=passages,
                           customer_text=record.get("customer_text") if isinstance(record.get("customer_text"), str) else None)
    violations = list(result.violations) + [
        Violation(kind=ViolationKind.UNGROUNDED, evidence=c, severity=Severity.MEDIUM, message="unknown citation")
        for c in missing
    ]
    verdict = result.verdict
    if missing and verdict == Verdict.PASS:
        verdict = Verdict.REVISE
    out: dict[str, Any] = {
        "id": record.get("id"),
        "verdict": verdict.value,
        "violations": [{"kind": v.kind.value, "evidence": v.evidence, "severity": v.severity.value} for v in violations],
    }
    if result.errored:
        out["errored"] = list(result.errored)
    return out


@click.command("check-reply")
@click.argument("source", type=click.File("r", encoding="utf-8"), default="-")
@click.pass_obj
def check_reply(settings, source) -> None:
    """Check replies (JSON Lines from FILE or stdin) for therapeutic advice, tone, grounding,
    structure and PII; print one JSON line per reply with its verdict (pass | revise | block)."""
    from caredraft.cli._jsonl import process_jsonl
    from caredraft.guardrails.output.checker import build_reply_checker

    checker = build_reply_checker(settings)
    citations = _Citations(settings)
    ok, errors = process_jsonl(source, sys.stdout, lambda record: check_record(record, checker, citations))
    click.echo(f"checked {ok} replies, {errors} error line(s)", err=True)


commands = [check_reply]
