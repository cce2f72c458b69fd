"""Shared JSON Lines plumbing for batch commands: one output line per input line, a bad
line becomes an error line naming its id or line number, and the rest go on."""

from __future__ import annotations

import json
from typing import Any, Callable, Iterator, TextIO


def iter_jsonl(stream: TextIO, required: tuple[str, ...] = ("text",)) -> Iterator[tuple[int, dict | None, str | None]]:
    """Yield (line_number, record, error). Blank lines are skipped."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, None, f"invalid JSON: {exc.msg} at column {exc.colno}"
            continue
        if not isinstance(record, dict):
            yield number, None, "each line must be a JSON object"
            continue
        missing = [k for k in required if not isinstance(record.get(k), str) or not record.get(k).strip()]
        if missing:
            yield number, record, f"missing or empty string field(s): {', '.join(missing)}"
            continue
        yield number, record, None


def error_line(number: int, record: dict | None, error: str) -> dict[str, Any]:
    out: dict[str, Any] = {"line": number, "error": error}
    if record is not None and "id" in record:
        out["id"] = record["id"]
    return out


def write_line(out: TextIO, obj: dict) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def process_jsonl(stream: TextIO, out: TextIO, handle: Callable[[dict], dict],
                  required: tuple[str, ...] = ("text",)) -> tuple[int, int]:
    """Run ``handle`` on each good record; return (ok, errors)."""
    ok = errors = 0
    for number, record, error in iter_jsonl(stream, required):
        if error:
            write_line(out, error_line(number, record, error))
            errors += 1
            continue
        try:
            write_line(out, handle(record))
            ok += 1
        except Exception as exc:  # one bad record never stops the batch
            write_line(out, error_line(number, record, f"{type(exc).__name__}: {exc}"))
            errors += 1
    return ok, errors
