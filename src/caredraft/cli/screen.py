"""`caredraft screen [FILE|-]`: screen customer messages from JSON Lines.

Input lines: {"id", "text", "lang"?, "history"?}. Output: one line per input line, in order, with
the route, language, emotion, signals (exact evidence spans) and reasons; a bad line becomes an
error line naming its id or line number and the rest go on. Messages are screened in
batches so the embeddings are batched too. A line with a "history" (the conversation so far,
[{"role": "customer"|"agent", "text"}]) is read in its conversation (guardrails/thread.py): a
signal found in an earlier message names it with "turn", its index in the history.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

import click

from caredraft.cli._jsonl import error_line, iter_jsonl, write_line


def screening_line(record: dict, screening) -> dict[str, Any]:
    return {
        "id": record.get("id"),
        "route": screening.route.value,
        "language": screening.language,
        "emotion": screening.emotion.value,
        "emotion_confidence": screening.emotion_confidence,
        "signals": [
            {"category": s.category, "kind": s.kind.value, "severity": s.severity.value, "evidence": s.evidence,
             "start": s.start, "end": s.end, "source": s.source, **({"turn": s.turn} if s.turn is not None else {})}
            for s in screening.signals
        ],
        "reasons": screening.reasons,
        "follow_up": screening.follow_up,
        "priority": screening.priority,
        "degraded": screening.degraded,
    }


def _flush(screener, words, batch: list[tuple[int, dict]], out: TextIO) -> tuple[int, int]:
    from caredraft.guardrails.quotes import with_quote_note, without_support_quotes

    if not batch:
        return 0, 0
    masked = [without_support_quotes(r["text"], words) for _, r in batch]  # quoted holding messages
    texts = [text for text, _ in masked]
    langs = [r.get("lang") if isinstance(r.get("lang"), str) else None for _, r in batch]
    try:
        results = screener.screen_many(texts, languages=langs)
    except Exception as exc:  # never lose a batch silently: one error line per message
        for number, record in batch:
            write_line(out, error_line(number, record, f"screening failed: {type(exc).__name__}: {exc}"))
        return 0, len(batch)
    for (_, record), screening, (_, left_out) in zip(batch, results, masked):
        write_line(out, screening_line(record, with_quote_note(screening, left_out)))
    return len(batch), 0


def history_error(history) -> str | None:
    """Why a "history" field is not a conversation, or None."""
    if not isinstance(history, list):
        return "history must be a list of {\"role\", \"text\"} objects"
    for i, turn in enumerate(history):
        if not isinstance(turn, dict) or turn.get("role") not in ("customer", "agent") or not isinstance(turn.get("text"), str):
            return f"history[{i}] must be an object with role \"customer\" or \"agent\" and a string text"
    return None


def _conversation(screener, settings, support: list[str], number: int, record: dict, out: TextIO) -> tuple[int, int]:
    from caredraft.guardrails.thread import screen_in_conversation

    error = history_error(record["history"])
    if error:
        write_line(out, error_line(number, record, error))
        return 0, 1
    lang = record.get("lang") if isinstance(record.get("lang"), str) else None
    try:
        screening = screen_in_conversation(screener, record["text"], language=lang, history=record["history"],
                                           limit=settings.screening_history_messages, support=support)
    except Exception as exc:  # never lost silently: an error line names it
        write_line(out, error_line(number, record, f"screening failed: {type(exc).__name__}: {exc}"))
        return 0, 1
    write_line(out, screening_line(record, screening))
    return 1, 0


def support_side_texts(settings) -> list[str]:
    """The holding messages and the crisis lines of the knowledge base's source folder: what a
    customer's e-mail reply may quote back (guardrails/quotes.py). The command reads the folder,
    not the vector store, so it needs no embedder for this."""
    from caredraft.drafting.holding import CRISIS_DOC, holding_texts
    from caredraft.knowledge_base.loader import all_chunks, load_path

    try:
        documents, _ = load_path(settings.kb_path)
        crisis = [chunk.text for chunk in all_chunks(documents) if chunk.doc_id == CRISIS_DOC]
    except Exception as exc:  # screening goes on: unknown quoted lines are read as the customer's
        click.echo(f"warning: crisis lines unavailable for quote detection ({type(exc).__name__})", err=True)
        crisis = []
    return [*holding_texts(), *crisis]


def run_screen(settings, stream: TextIO, out: TextIO, batch_size: int) -> tuple[int, int]:
    from caredraft.guardrails.quotes import SupportWords
    from caredraft.guardrails.screening import build_screener
    from caredraft.knowledge_base.embedders import build_embedder, use_all_cores

    # A file of messages is a batch job: the e5 engine batches over every core. (Two
    # single-thread worker processes were measured too: no faster, as the cores share the
    # memory traffic of the model's weights.)
    use_all_cores(settings)

    embedder = None
    if settings.semantic_screening:
        try:
            embedder = build_embedder(settings)
        except Exception as exc:  # screen with the rules alone; every line says "semantic" is degraded
            click.echo(f"warning: embedder unavailable ({type(exc).__name__}); semantic screening degraded", err=True)
            embedder = _Unavailable(exc)
    screener = build_screener(settings, embedder)
    support = support_side_texts(settings)
    words = SupportWords(support)
    ok = errors = 0
    batch: list[tuple[int, dict]] = []
    for number, record, error in iter_jsonl(stream, required=("text",)):
        if error:
            # Keep output in input order: finish the pending batch before the error line.
            done, failed = _flush(screener, words, batch, out)
            ok, errors, batch = ok + done, errors + failed, []
            write_line(out, error_line(number, record, error))
            errors += 1
            continue
        if "history" in record:  # read in its conversation, on its own (after the pending batch, in order)
            done, failed = _flush(screener, words, batch, out)
            ok, errors, batch = ok + done, errors + failed, []
            done, failed = _conversation(screener, settings, support, number, record, out)
            ok, errors = ok + done, errors + failed
            continue
        batch.append((number, record))
        if len(batch) >= batch_size:
            done, failed = _flush(screener, words, batch, out)
            ok, errors, batch = ok + done, errors + failed, []
    done, failed = _flush(screener, words, batch, out)
    return ok + done, errors + failed


class _Unavailable:
    """Stands in for an embedder that could not load, so the screener records the failure."""

    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def embed_queries(self, texts):
        raise RuntimeError(f"embedder unavailable: {self.exc}")

    embed_passages = embed_queries


@click.command("screen")
@click.argument("source", type=click.File("r", encoding="utf-8"), default="-", required=False)
@click.option("--batch-size", type=click.IntRange(1, 1024), default=None, help="Messages per batch (default: settings).")
@click.pass_obj
def screen(settings, source: TextIO, batch_size: int | None) -> None:
    """Screen JSON Lines messages ({"id", "text", "lang"?, "history"?}) from FILE or stdin (-)."""
    ok, errors = run_screen(settings, source, sys.stdout, batch_size or settings.screening_batch_size)
    sys.stdout.flush()
    click.echo(f"screened {ok} message(s), {errors} error line(s)", err=True)


commands = [screen]
