"""Dump what screening, drafting and the reply check decide, so a speed-up can be proven to
change nothing: run it before and after, then compare the two files (``--compare``).

Inputs are the screening training rows (``guardrails/input/training/{train,dev}``), the
retrieval rows and the labelled replies (all four languages). Per training or retrieval row:
the screening of ``screen_many`` in CLI-sized batches (with and without the language hint) and
of a full ``Pipeline.run`` (route, reasons, screening, draft text and citations, check verdict
and violations); per reply row: the checker's verdict and violations.

    .venv/bin/python benchmarks/equivalence_dump.py --out before.json [--data-dir PATH]
    .venv/bin/python benchmarks/equivalence_dump.py --compare before.json after.json

The comparison prints only ids and field names, never the rows' text.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from caredraft.domain import Ticket
from caredraft.evals.datasets import own_set, read_jsonl
from caredraft.evals.replies import passages_for

TRAINING = Path(__file__).resolve().parents[1] / "src/caredraft/guardrails/input/training"
BATCH = 32  # the CLI's default batch size order of magnitude: screen_many sees real batches


def _rows() -> list[dict]:
    rows = []
    for split in ("train", "dev"):
        for path in sorted((TRAINING / split).glob("*.jsonl")):
            rows += [{"key": f"{split}/{path.stem}/{r.get('id', i)}", "text": r["text"], "lang": r.get("lang")}
                     for i, r in enumerate(read_jsonl(path))]
    rows += [{"key": f"retrieval/{r.get('id', i)}", "text": r["text"], "lang": r.get("lang")}
             for i, r in enumerate(own_set("retrieval"))]
    return rows


def _replies() -> list[dict]:
    out = []
    for name in ("replies", "replies_fresh/dev", "replies_fresh/holdout"):
        out += [r | {"key": f"{name}/{r.get('id', i)}"} for i, r in enumerate(own_set(name))]
    return out


def dump(data_dir: Path | None, out: Path) -> None:
    from caredraft.knowledge_base.ingest import ingest_path
    from caredraft.pipeline import build_pipeline
    from caredraft.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=data_dir or Path(tmp))
        pipeline = build_pipeline(settings)
        if data_dir is None:
            ingest_path(settings, settings.kb_path, kb=pipeline.kb)
            pipeline.kb.refresh()
        rows = _rows()
        result: dict[str, dict] = {}
        for hinted in (True, False):
            for i in range(0, len(rows), BATCH):
                batch = rows[i:i + BATCH]
                langs = [r["lang"] if hinted else None for r in batch]
                for r, s in zip(batch, pipeline.screener.screen_many([r["text"] for r in batch], languages=langs)):
                    result.setdefault(r["key"], {})[f"screen_many[hint={hinted}]"] = s.model_dump(mode="json")
        for r in rows:
            run = pipeline.run(Ticket(text=r["text"], language=r["lang"]))
            result[r["key"]]["run"] = {
                "route": run.route.value, "reasons": run.reasons, "screening": run.screening.model_dump(mode="json"),
                "draft": run.draft.text, "citations": run.draft.citations, "flags": run.draft.flags,
                "ready": run.draft.ready_to_send, "check": run.check.model_dump(mode="json"),
            }
        for r in _replies():
            check = pipeline.checker.check(r["text"], language=r["lang"], passages=passages_for(r, pipeline.kb),
                                           customer_text=r.get("customer_text"))
            result[r["key"]] = {"check": check.model_dump(mode="json")}
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(rows)} screening/draft rows, {len(result) - len(rows)} reply rows -> {out}")


def compare(a: Path, b: Path) -> int:
    left, right = json.loads(a.read_text(encoding="utf-8")), json.loads(b.read_text(encoding="utf-8"))
    differences = 0
    for key in sorted(set(left) | set(right)):
        if key not in left or key not in right:
            print(f"{key}: only in {'first' if key in left else 'second'}")
            differences += 1
            continue
        for field in sorted(set(left[key]) | set(right[key])):
            if left[key].get(field) != right[key].get(field):
                print(f"{key}: {field} differs")
                differences += 1
    print(f"{len(set(left) | set(right))} rows compared, {differences} difference(s)")
    return 1 if differences else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path)
    parser.add_argument("--data-dir", type=Path, default=None, help="Reuse an ingested data folder.")
    parser.add_argument("--compare", nargs=2, type=Path)
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    dump(args.data_dir, args.out or Path("equivalence.json"))


if __name__ == "__main__":
    main()
