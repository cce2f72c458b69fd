"""Where evaluation data lives and how it is read.

* The project's own labelled sets ship inside the package: ``caredraft/evals/data/<eval>/<lang>.jsonl``.
* The public sets of ``shared/evalsets`` are found through ``CAREDRAFT_EVALSETS_DIR`` or by
  looking for ``shared/evalsets`` beside or above the working folder; they are optional.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterator

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: invalid JSON ({exc.msg})") from exc
    return rows


def own_set(name: str, language: str | None = None) -> list[dict]:
    """Rows of the project's own set ``name`` (all languages, or one)."""
    folder = DATA_DIR / name
    files = sorted(folder.glob("*.jsonl")) if language is None else [folder / f"{language}.jsonl"]
    rows: list[dict] = []
    for path in files:
        if path.exists():
            rows.extend(read_jsonl(path))
    return rows


def public_evalsets_dir() -> Path | None:
    """The shared public evaluation sets, when this checkout has them beside it."""
    env = os.environ.get("CAREDRAFT_EVALSETS_DIR")
    if env:
        path = Path(env)
        return path if path.is_dir() else None
    here = Path.cwd().resolve()
    for base in (here, *here.parents):
        for candidate in (base / "shared" / "evalsets", base.parent / "shared" / "evalsets"):
            if candidate.is_dir():
                return candidate
    return None


def public_set(pattern: str) -> Iterator[tuple[str, list[dict]]]:
    """(file stem, rows) for each public file matching ``pattern`` (e.g. ``messages_*.jsonl``)."""
    folder = public_evalsets_dir()
    if folder is None:
        return
    for path in sorted(folder.glob(pattern)):
        yield path.stem, read_jsonl(path)
