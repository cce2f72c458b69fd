"""The knowledge base as the rest of caredraft sees it: hybrid search that prefers the
customer's language, look-ups by citation, crisis resources by country.

Ranking = dense similarity (e5 through the Embedder protocol, stored in Chroma) blended
with BM25 over the same chunks. Dense scores from e5 are compressed (unrelated texts often
score 0.75-0.82), so they are rescaled before blending; the blend is also the relevance
score the drafter compares with ``settings.retrieval_min_score``.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import numpy as np

from caredraft.domain import Passage
from caredraft.knowledge_base.base import Chunk, Embedder, VectorStore
from caredraft.knowledge_base.lexical import BM25
from caredraft.settings import Settings

# Dense cosine rescaled from [floor, ceiling] to [0, 1]. These weights were chosen on the
# project's retrieval question set (caredraft eval retrieval); there is no separate held-out
# retrieval set yet, so treat its figures as optimistic.
DENSE_FLOOR, DENSE_CEILING = 0.78, 0.92
DENSE_WEIGHT = 0.8
# Weight of the customer's-language copy of a section against the mean over its translations.
OWN_VIEW_WEIGHT = 0.25
# BM25 saturates: score / (score + K) keeps one exact keyword from dominating.
BM25_K = 6.0
# A passage in another language than the customer's is used only for policies with no translation.
OTHER_LANGUAGE_PENALTY = 0.9
CRISIS_DOC = "crisis-resources"
COUNTRY_ALIASES = {"uk": "gb", "ir": "ir", "iran": "ir"}
INDEX_TTL = 30.0  # seconds: other workers may have ingested meanwhile
# Up to this many chunks, dense similarity is computed exactly from vectors cached in memory
# (a 384-d matrix product: well under a millisecond); beyond it, Chroma's ANN index answers.
EXACT_SEARCH_LIMIT = 20_000


def passage_from_chunk(chunk: Chunk, score: float = 0.0) -> Passage:
    return Passage(
        id=chunk.passage_id, doc_id=chunk.doc_id, language=chunk.language, title=chunk.title, heading=chunk.heading,
        text=chunk.text, tags=list(chunk.tags), effective_date=chunk.effective_date, score=round(score, 4),
    )


@dataclass
class _Index:
    chunks: list[Chunk]
    by_language: dict[str, list[int]]
    passages_by_language: dict[str, set[str]]  # passage ids per language
    bm25: dict[str, BM25]
    built_at: float
    count: int
    vectors: np.ndarray | None  # rows aligned with ``chunks``; None above EXACT_SEARCH_LIMIT


class KnowledgeBase:
    def __init__(self, settings: Settings, embedder: Embedder, store: VectorStore) -> None:
        self.settings = settings
        self.embedder = embedder
        self.store = store
        self._index: _Index | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> "KnowledgeBase":
        from caredraft.knowledge_base.chroma_store import ChromaStore
        from caredraft.knowledge_base.embedders import build_embedder

        embedder = build_embedder(settings)
        return cls(settings, embedder, ChromaStore(settings, embedder))

    # -- index of all chunks (for BM25, listings and look-ups) ---------------------------------
    def refresh(self) -> None:
        with self._lock:
            self._index = None

    def _current(self) -> _Index:
        with self._lock:
            index = self._index
            if index is not None and time.monotonic() - index.built_at < INDEX_TTL:
                return index
            count = self.store.count()
            if index is not None and index.count == count:
                index.built_at = time.monotonic()
                return index
            chunks = sorted(self.store.all_chunks(), key=lambda c: c.key)
            by_language: dict[str, list[int]] = {}
            docs: dict[str, set[str]] = {}
            for i, chunk in enumerate(chunks):
                by_language.setdefault(chunk.language, []).append(i)
                docs.setdefault(chunk.language, set()).add(chunk.passage_id)
            bm25 = {lang: BM25([chunks[i].embed_text for i in idx]) for lang, idx in by_language.items()}
            vectors = None
            if 0 < len(chunks) <= EXACT_SEARCH_LIMIT:
                stored = self.store.all_vectors()
                if all(c.key in stored for c in chunks):
                    vectors = np.asarray([stored[c.key] for c in chunks], dtype=np.float32)
            self._index = _Index(chunks, by_language, docs, bm25, time.monotonic(), len(chunks), vectors)
            return self._index

    @property
    def languages(self) -> list[str]:
        return sorted(self._current().by_language)

    def is_empty(self) -> bool:
        return self.store.count() == 0

    # -- search ---------------------------------------------------------------------------
    def search(self, query: str, *, language: str | None = None, k: int = 4) -> list[Passage]:
        """Best passages for a customer's message, in their language where the KB has it."""
        index = self._current()
        if not index.chunks or not query.strip():
            return []
        vector = self.embedder.embed_queries([query])[0]
        if index.vectors is not None:
            # Stored vectors are normalised, so cosine similarity is a dot product.
            sims = index.vectors @ np.asarray(vector, dtype=np.float32)
            similarity = {chunk.key: float(sim) for chunk, sim in zip(index.chunks, sims)}
        else:
            n = min(self.settings.retrieval_candidates * max(1, len(index.by_language)), len(index.chunks))
            similarity = {hit.chunk.key: hit.similarity for hit in self.store.query(vector, n=n)}
        # Translations of a section are parallel texts: their mean similarity is a steadier
        # estimate of relevance than one language's alone (e5-small is noisy on close policies).
        views: dict[str, list[float]] = {}
        for chunk in index.chunks:
            if chunk.key in similarity:
                views.setdefault(chunk.passage_id, []).append(similarity[chunk.key])

        def dense(chunk: Chunk) -> float:
            own = similarity.get(chunk.key, DENSE_FLOOR)
            pooled = sum(views[chunk.passage_id]) / len(views[chunk.passage_id]) if chunk.passage_id in views else own
            return _rescale(OWN_VIEW_WEIGHT * own + (1 - OWN_VIEW_WEIGHT) * pooled)

        targets = [language] if language in index.by_language else list(index.by_language)
        scored: dict[str, tuple[float, Chunk]] = {}
        for lang in targets:
            lexical = index.bm25[lang].scores(query)
            for pos, bm in zip(index.by_language[lang], lexical):
                chunk = index.chunks[pos]
                if chunk.key not in similarity and bm == 0:
                    continue
                score = DENSE_WEIGHT * dense(chunk) + (1 - DENSE_WEIGHT) * bm / (bm + BM25_K)
                if score > scored.get(chunk.passage_id, (-1.0, None))[0]:
                    scored[chunk.passage_id] = (score, chunk)
        if language in index.by_language:
            # Fall back across languages only for sections missing in the customer's language.
            for chunk in index.chunks:
                if chunk.passage_id not in index.passages_by_language[language] and chunk.key in similarity:
                    score = DENSE_WEIGHT * dense(chunk) * OTHER_LANGUAGE_PENALTY
                    if score > scored.get(chunk.passage_id, (-1.0, None))[0]:
                        scored[chunk.passage_id] = (score, chunk)

        ranked = sorted(scored.values(), key=lambda item: item[0], reverse=True)[:k]
        return [passage_from_chunk(chunk, score) for score, chunk in ranked]

    # -- look-ups -------------------------------------------------------------------------
    def passages(self, *, doc_id: str | None = None, language: str | None = None) -> list[Passage]:
        return [passage_from_chunk(c) for c in self._current().chunks
                if (doc_id is None or c.doc_id == doc_id) and (language is None or c.language == language)]

    def get(self, citation: str) -> Passage | None:
        """``en:refunds#double-charges``, or a bare ``refunds#double-charges`` (default language first)."""
        language, _, passage_id = citation.rpartition(":")
        preferences = [language] if language else [self.settings.default_language, "en"]
        chunks = [c for c in self._current().chunks if c.passage_id == passage_id]
        for preferred in preferences:
            for chunk in chunks:
                if chunk.language == preferred:
                    return passage_from_chunk(chunk)
        return passage_from_chunk(chunks[0]) if chunks and not language else None

    def crisis_texts(self) -> list[str]:
        """Every crisis-line section, all countries and languages: the words a holding message
        quotes, which a customer's e-mail reply may quote back (guardrails/quotes.py)."""
        return [c.text for c in self._current().chunks if c.doc_id == CRISIS_DOC]

    def crisis_resources(self, *, country: str | None, language: str) -> list[Passage]:
        """The crisis-line section for the customer's country (or the 'other countries' one),
        in their language where translated."""
        code = (country or "").strip().lower()
        code = COUNTRY_ALIASES.get(code, code)
        chunks = [c for c in self._current().chunks if c.doc_id == CRISIS_DOC]
        for anchor in ([code] if code else []) + ["default"]:
            candidates = [c for c in chunks if c.passage_id == f"{CRISIS_DOC}#{anchor}"]
            for preferred in (language, self.settings.default_language, "en"):
                for chunk in candidates:
                    if chunk.language == preferred:
                        return [passage_from_chunk(chunk)]
            if candidates:
                return [passage_from_chunk(candidates[0])]
        return []


def _rescale(similarity: float) -> float:
    return min(1.0, max(0.0, (similarity - DENSE_FLOOR) / (DENSE_CEILING - DENSE_FLOOR)))
