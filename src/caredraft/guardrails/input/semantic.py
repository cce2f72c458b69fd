"""The semantic layer: how close a message is to curated crisis exemplars (and to safe
look-alikes), with the multilingual e5 embeddings. It catches what the rules miss (new
phrasings, typos, languages without rules); it never decides a route by itself.

The exemplars (``exemplars/<lang>.yaml``) are embedded once per process with
``embed_passages``; a message is embedded with ``embed_queries``. Long messages are also
scored sentence by sentence, so one crisis sentence in a long ticket is not diluted.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np
import yaml

from caredraft.domain import CrisisCategory
from caredraft.knowledge_base.base import Embedder

EXEMPLARS_DIR = Path(__file__).resolve().parent / "exemplars"
log = logging.getLogger(__name__)

_SENTENCES = re.compile(r"[^.!?\n؟]+[.!?\n؟]*")
LONG_MESSAGE_CHARS = 160  # above this, sentences are scored too
MAX_WINDOWS = 12  # per message, to bound the cost of very long tickets


@dataclass(frozen=True)
class Exemplars:
    texts: tuple[str, ...]
    labels: tuple[str, ...]  # crisis category, or "safe"
    languages: tuple[str, ...]


def load_exemplars(folder: Path = EXEMPLARS_DIR) -> Exemplars:
    texts: list[str] = []
    labels: list[str] = []
    languages: list[str] = []
    valid = {c.value for c in CrisisCategory}
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for category, rows in (data.get("crisis") or {}).items():
            if category not in valid:
                raise ValueError(f"{path.name}: unknown crisis category {category!r}")
            for row in rows:
                texts.append(str(row)); labels.append(category); languages.append(path.stem)
        for row in data.get("safe") or []:
            texts.append(str(row)); labels.append("safe"); languages.append(path.stem)
    if not texts:
        raise ValueError(f"no exemplars in {folder}")
    return Exemplars(tuple(texts), tuple(labels), tuple(languages))


@dataclass(frozen=True)
class Window:
    start: int
    end: int
    category: str  # the nearest crisis category
    crisis: float  # max cosine to that category's exemplars
    safe: float  # max cosine to a safe look-alike
    nearest: str  # the nearest crisis exemplar, for the reviewer
    # The trained classifier's view of this window (``classifier.py``), when it ran:
    p_crisis: float = 0.0  # probability of any crisis category
    p_category: str = ""  # the most probable crisis category
    p_hostility: float = 0.0
    neighbour_margin: float = 0.0  # nearer to written crises (> 0) or to written look-alikes (< 0)
    hostility_margin: float = 0.0  # nearer to written hostility (> 0) or to written ordinary rows (< 0)
    # The classifier on this window with its idiom / look-alike spans cut out, when one overlaps a
    # flagged window (screening.py): a clearer explains the flag only if the rest is not a crisis.
    p_crisis_without_clearers: float | None = None
    # The writer's own clause after someone else's inside a flagged window ("My friend died last year
    # and | soon nobody will have to worry about me"), and the classifier on it alone (screening.py):
    # the time of a crisis the clause holds is read from the clause, not from the other person's year.
    own_clause: tuple[int, int] | None = None
    p_crisis_own_clause: float | None = None

    @property
    def margin(self) -> float:
        return self.crisis - self.safe


@dataclass(frozen=True)
class SemanticResult:
    best: Window  # the window nearest to a crisis
    windows: tuple[Window, ...]
    vector: np.ndarray = field(repr=False)  # the whole message's embedding (reused for emotion)
    window_vectors: np.ndarray | None = field(default=None, repr=False)  # one row per window (reused by the classifier)


def windows_of(text: str) -> list[tuple[int, int]]:
    """The whole message, plus its sentences (and neighbour pairs) when it is long."""
    spans = [(0, len(text))]
    if len(text) <= LONG_MESSAGE_CHARS:
        return spans
    sentences = [(m.start(), m.end()) for m in _SENTENCES.finditer(text) if m.group().strip()]
    for s, e in sentences:
        if (s, e) != (0, len(text)) and len(text[s:e].strip()) >= 12:
            spans.append((s, e))
    if len(spans) > MAX_WINDOWS:
        # Too many sentences: score pairs of neighbours instead, evenly spread.
        pairs = [(sentences[i][0], sentences[min(i + 1, len(sentences) - 1)][1]) for i in range(0, len(sentences), 2)]
        spans = [(0, len(text))] + pairs[: MAX_WINDOWS - 1]
    return spans


def embedder_identity(embedder: Embedder) -> list[str]:
    """What makes one embedder's vectors differ from another's, for the keys of cached vectors
    and trained models: its class, name, model (API embedders; the in-process e5 has one) and URL."""
    model = getattr(embedder, "_model", "")
    client = getattr(embedder, "_client", None)
    return [type(embedder).__name__, str(getattr(embedder, "name", "")), model if isinstance(model, str) else "",
            str(getattr(client, "base_url", ""))]


def embed_passages_cached(embedder: Embedder, texts: Sequence[str], cache_dir: Path | None) -> np.ndarray:
    """``embed_passages`` with an on-disk cache keyed by the embedder and the exact texts, so a
    new process (each `caredraft screen` run) does not re-embed a few hundred exemplars.
    A missing or unreadable cache is simply recomputed."""
    key = hashlib.sha256("\x1f".join([*embedder_identity(embedder), *texts]).encode()).hexdigest()[:24]
    path = cache_dir / f"passages-{key}.npy" if cache_dir else None
    if path is not None and path.exists():
        try:
            matrix = np.load(path)
            if matrix.shape[0] == len(texts):
                return matrix
        except Exception:  # a corrupt cache is not an error: embed again
            log.warning("ignoring unreadable embedding cache %s", path)
    matrix = np.asarray(embedder.embed_passages(list(texts)), dtype=np.float32)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp.npy")  # per process and thread
            np.save(tmp, matrix)
            tmp.replace(path)  # atomic: concurrent processes never read half a file
        except OSError:
            log.warning("could not write embedding cache %s", path)
    return matrix


class SemanticScorer:
    """Embeds the exemplars once (lazily, thread-safe; cached on disk when ``cache_dir`` is
    given) and scores messages in batches."""

    def __init__(self, embedder: Embedder, exemplars: Exemplars | None = None, *, cache_dir: Path | None = None) -> None:
        self.embedder = embedder
        self.cache_dir = cache_dir
        self.exemplars = exemplars or load_exemplars()
        self._matrix: np.ndarray | None = None
        self._lock = threading.Lock()
        labels = np.array(self.exemplars.labels)
        self._safe_mask = labels == "safe"
        self._categories = [c.value for c in CrisisCategory]
        self._category_masks = {c: labels == c for c in self._categories}
        # Categories with exemplars, in CrisisCategory order (ties go to the first, as before).
        self._present = [c for c, m in self._category_masks.items() if m.any()]

    def matrix(self) -> np.ndarray:
        with self._lock:
            if self._matrix is None:
                self._matrix = embed_passages_cached(self.embedder, self.exemplars.texts, self.cache_dir)
            return self._matrix

    def score_many(self, texts: Sequence[str]) -> list[SemanticResult]:
        matrix = self.matrix()
        spans_per_text = [windows_of(t) for t in texts]
        flat = [t[s:e].strip() or t for t, spans in zip(texts, spans_per_text) for s, e in spans]
        vectors = np.asarray(self.embedder.embed_queries(flat), dtype=np.float32)
        if vectors.shape != (len(flat), matrix.shape[1]):
            raise ValueError(f"embedder returned shape {vectors.shape}, expected ({len(flat)}, {matrix.shape[1]})")
        sims = vectors @ matrix.T
        # Per-category and safe maxima for every window at once (one numpy call per category
        # rather than per window and category); the same maxima, so the same windows.
        per_category = np.stack([sims[:, self._category_masks[c]].max(axis=1) for c in self._present], axis=1)
        best_category = per_category.argmax(axis=1)  # the first of equal maxima, like max() on a dict
        safe_max = sims[:, self._safe_mask].max(axis=1) if self._safe_mask.any() else np.zeros(len(sims))
        results: list[SemanticResult] = []
        row = 0
        for spans in spans_per_text:
            windows = []
            for start, end in spans:
                index = int(best_category[row])
                category = self._present[index]
                masked = np.where(self._category_masks[category], sims[row], -1.0)
                nearest = self.exemplars.texts[int(masked.argmax())]
                windows.append(Window(start, end, category, float(per_category[row, index]), float(safe_max[row]), nearest))
                row += 1
            best = max(windows, key=lambda w: (w.crisis, w.margin))
            results.append(SemanticResult(best=best, windows=tuple(windows), vector=vectors[row - len(spans)],
                                          window_vectors=vectors[row - len(spans):row]))
        return results
