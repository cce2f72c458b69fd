"""k-fold cross-validation of the whole screener over the classifier's training rows.

The gate sets are held out and the dev split is small (about 65 rows a language) and was used
to pick thresholds, so neither can guide tuning. Here every training row (``train`` and ``dev``)
is screened exactly once, by a screener whose classifier was trained without the row's fold
(the exemplars always stay in training). Rules, semantic layer, router and emotion run as in
production, so the figures are the gate set's figures on rows no classifier saw.

    python -m caredraft.evals.screening_cv [--folds 5] [--set classifier_crisis_threshold=0.7 ...]

Embeddings are memoised on disk (``.caredraft/cache/cv-embeddings.npz``), so after the first
run (a few minutes) a rerun with other settings takes seconds per fold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from caredraft.evals.datasets import read_jsonl
from caredraft.evals.screening import evaluate_own, load_rows, run_screener
from caredraft.guardrails.input.classifier import (CRISIS, TRAINING_DIR, UNTRAINED_KINDS, CrisisClassifier, TrainingRow,
                                                   training_set)
from caredraft.settings import Settings


class MemoEmbedder:
    """Wraps an embedder and remembers every vector (queries and passages apart), on disk too."""

    def __init__(self, inner: Any, path: Path | None) -> None:
        self.inner = inner
        self.name = getattr(inner, "name", "")
        self.path = path
        self.memo: dict[str, np.ndarray] = {}
        if path is not None and path.exists():
            with np.load(path, allow_pickle=False) as data:
                self.memo = dict(zip(data["keys"].tolist(), data["vectors"]))
        self._dirty = False

    def _embed(self, kind: str, texts: Sequence[str]) -> list[list[float]]:
        keys = [f"{kind}\x1f{t}" for t in texts]
        missing = [k for k in dict.fromkeys(keys) if k not in self.memo]
        if missing:
            embed = self.inner.embed_queries if kind == "q" else self.inner.embed_passages
            vectors = np.asarray(embed([k.split("\x1f", 1)[1] for k in missing]), dtype=np.float32)
            self.memo.update(zip(missing, vectors))
            self._dirty = True
        return [self.memo[k] for k in keys]

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        return self._embed("q", texts)

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        return self._embed("p", texts)

    def save(self) -> None:
        if self.path is None or not self._dirty:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = list(self.memo)
        np.savez(self.path, keys=np.array(keys), vectors=np.stack([self.memo[k] for k in keys]))
        self._dirty = False


def training_rows() -> list[dict]:
    """Every labelled training row (train and dev), in the eval's row format."""
    return [*load_rows(TRAINING_DIR / "train"), *load_rows(TRAINING_DIR / "dev")]


def written_rows(folder: Path = TRAINING_DIR / "classifier") -> list[dict]:
    """The rows written for the classifier alone (``training/classifier``), in the eval's row
    format: written apart from the rest, so folding them in asks how the screener does on text
    written by someone else (``--with-written``)."""
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, data in enumerate(read_jsonl(path), start=1):
            category = data["category"]
            expect = "clinical_review" if category in CRISIS else "human_review" if category == "hostility" else "auto"
            rows.append({"id": f"written-{path.stem}-{number}", "lang": data["lang"], "text": data["text"],
                         "category": category, "kind": "hostility" if category == "hostility" else data["kind"],
                         "expect": expect, "emotion": "neutral",
                         **({"pair": f"{path.stem}-{data['pair']}"} if data.get("pair") is not None else {})})
    return rows


def written_batch(row_id: str) -> str | None:
    """Which batch of written rows a row id comes from: the file name after the language
    ("en-pairs.jsonl" -> "pairs"; "en.jsonl", the first batch, -> "s7"), None for a training row."""
    if not row_id.startswith("written-"):
        return None
    stem = row_id.removeprefix("written-").rsplit("-", 1)[0]
    return stem.partition("-")[2] or "s7"


def folds_of(rows: Sequence[dict], k: int) -> list[int]:
    """A fold per row, stratified by language and category, stable across runs (hash of the id).
    The two halves of a pair (an implied crisis and its harmless twin, ``pair`` in the row) share
    the crisis half's fold: with the twin in training, its crisis would be scored against its own
    near-copy labelled ordinary, a test no real message sets."""
    order = sorted(range(len(rows)), key=lambda i: hashlib.sha256(rows[i]["id"].encode()).hexdigest())
    seen: Counter = Counter()
    fold = [0] * len(rows)
    by_pair: dict[str, int] = {}
    twins = [i for i in order if rows[i].get("pair") is not None and rows[i]["category"] == "ordinary"]
    twin_set = set(twins)
    for i in order:
        if i in twin_set:
            continue  # placed with its crisis below
        group = (rows[i]["lang"], rows[i]["category"])
        fold[i] = seen[group] % k
        seen[group] += 1
        if rows[i].get("pair") is not None:
            by_pair[rows[i]["pair"]] = fold[i]
    for i in twins:
        fold[i] = by_pair.get(rows[i]["pair"], seen[(rows[i]["lang"], "ordinary")] % k)
    return fold


def cross_validate(settings: Settings, embedder: Any, k: int = 5,
                   with_written: bool = False) -> tuple[dict[str, dict], list[dict], list[dict]]:
    """(per-language results as ``evaluate_own`` gives them, rows, predictions). The rows written
    for the classifier alone stay in every fold's training, like the exemplars, unless
    ``with_written`` folds them in too."""
    from caredraft.guardrails.screening import RulesSemanticScreener

    rows = training_rows() + (written_rows() if with_written else [])
    fold = folds_of(rows, k)
    texts = {row["text"] for row in rows}
    extra = [r for r in training_set() if r.text not in texts]  # the exemplars (and the written rows)
    predictions: list[dict | None] = [None] * len(rows)
    for f in range(k):
        train = [TrainingRow(r["text"], r["category"], r["lang"]) for r, g in zip(rows, fold)
                 if g != f and r["kind"] not in UNTRAINED_KINDS]  # twins are only ever screened
        screener = RulesSemanticScreener(settings, embedder)
        if screener.classifier is not None:
            screener.classifier = CrisisClassifier(embedder, rows=[*train, *extra], packaged=None)
        held = [i for i, g in enumerate(fold) if g == f]
        preds = run_screener(screener, [rows[i]["text"] for i in held], [rows[i]["lang"] for i in held])
        for i, p in zip(held, preds):
            predictions[i] = p
    return evaluate_own(rows, predictions), rows, predictions  # type: ignore[arg-type]


def _source(reasons: Sequence[str]) -> str:
    """Which layer sent a message to review, from the router's reasons (for the FP breakdown)."""
    for prefix, name in (("classifier", "classifier"), ("semantic", "semantic"), ("past ", "past"),
                         ("hostility toward staff (classifier", "classifier-hostility")):
        if any(r.startswith(prefix) for r in reasons):
            return name
    if any("— rule " in r and not r.startswith(("not a current", "vulnerability")) for r in reasons):
        return "rule"
    return "other"


def _cell(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"  # a batch without rows of that kind


def summary(results: dict[str, dict], rows: Sequence[dict], predictions: Sequence[dict]) -> list[str]:
    # No emotion column: the emotion model is trained on these rows, so its score here would flatter it.
    lines = ["lang  explicit  implied  ord->rev  hostility  ordinary-FP-by-source"]
    for lang, r in results.items():
        fps = Counter(_source(p["reasons"]) for row, p in zip(rows, predictions)
                      if row["lang"] == lang and row["expect"] == "auto" and p["route"] != "auto")
        cells = [_cell(r[key]) for key in ("recall_explicit", "recall_implied", "ordinary_review_rate", "hostility_review_recall")]
        lines.append(f"{lang:4}  {cells[0]}     {cells[1]}    {cells[2]}     {cells[3]}      {dict(fps)}")
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--set", action="append", default=[], metavar="FIELD=JSON",
                        help="a Settings override, e.g. classifier_crisis_threshold=0.7")
    parser.add_argument("--misses", type=Path, help="write the rows CV got wrong here (JSON Lines)")
    parser.add_argument("--with-written", action="store_true",
                        help="fold in the rows written for the classifier alone (training/classifier) and report them apart")
    args = parser.parse_args(argv)
    overrides = {}
    for item in args.set:
        field, _, value = item.partition("=")
        overrides[field] = json.loads(value)
    settings = Settings(**overrides)
    from caredraft.knowledge_base.embedders import build_embedder, use_all_cores

    use_all_cores(settings)
    embedder = MemoEmbedder(build_embedder(settings), settings.data_dir / "cache" / "cv-embeddings.npz")
    try:
        results, rows, predictions = cross_validate(settings, embedder, args.folds, args.with_written)
    finally:
        embedder.save()
    if args.with_written:
        for title, batch in (("training rows (train and dev)", None), *((f"rows written for the classifier, batch '{b}'", b)
                                                                           for b in sorted({written_batch(r["id"]) for r in rows} - {None}))):
            part = [(r, p) for r, p in zip(rows, predictions) if written_batch(r["id"]) == batch]
            subset, preds = [r for r, _ in part], [p for _, p in part]
            print(f"{title}:")
            print("\n".join(summary(evaluate_own(subset, preds), subset, preds)))
    else:
        print("\n".join(summary(results, rows, predictions)))
    if args.misses:
        with args.misses.open("w", encoding="utf-8") as out:
            for row, p in zip(rows, predictions):
                wrong = (p["route"] != "clinical_review" if row["expect"] == "clinical_review"
                         else p["route"] == "auto" if row["expect"] == "human_review" else p["route"] != "auto")
                if wrong:
                    out.write(json.dumps({"id": row["id"], "lang": row["lang"], "category": row["category"],
                                          "kind": row["kind"], "text": row["text"], "got": p["route"],
                                          "reasons": p["reasons"]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
