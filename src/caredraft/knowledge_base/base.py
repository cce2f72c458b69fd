"""Protocols of the knowledge base: one per pluggable part, implementations beside them.

* ``Embedder``: text -> normalised vectors. e5 models need different prefixes for
  queries ("query: ") and documents ("passage: "), so the protocol keeps the two apart.
* ``VectorStore``: upsert/delete/query chunks with their metadata.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, Sequence, runtime_checkable


@runtime_checkable
class Embedder(Protocol):
    name: str
    dim: int

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        """Vectors for search queries and customer messages."""
        ...

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        """Vectors for documents, chunks and exemplars that queries are compared with."""
        ...


@dataclass(frozen=True)
class Chunk:
    """One heading-sized piece of a policy document, ready to embed and store."""

    key: str  # store key: "<language>:<doc_id>#<slug>"
    passage_id: str  # "<doc_id>#<slug>", shared by translations
    doc_id: str
    language: str
    title: str
    heading: str
    text: str
    tags: tuple[str, ...] = ()
    effective_date: str | None = None
    source_path: str = ""
    content_hash: str = ""

    @property
    def embed_text(self) -> str:
        # The heading names the topic, the body carries the figures. The document title is left
        # out: it is shared by every section and blurred sections of one policy together.
        return f"{self.heading}. {self.text}"


@dataclass
class StoredHit:
    chunk: Chunk
    similarity: float  # cosine similarity in [-1, 1]


@dataclass
class StoreStats:
    count: int = 0
    languages: dict[str, int] = field(default_factory=dict)


@runtime_checkable
class VectorStore(Protocol):
    def hashes(self) -> dict[str, str]:
        """key -> content hash of everything stored (for idempotent ingestion)."""
        ...

    def upsert(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]]) -> None: ...

    def delete(self, keys: Sequence[str]) -> None: ...

    def query(self, vector: Sequence[float], *, n: int, language: str | None = None) -> list[StoredHit]: ...

    def all_chunks(self, *, language: str | None = None) -> list[Chunk]: ...

    def all_vectors(self) -> dict[str, list[float]]:
        """key -> stored vector (used for exact search while the KB is small)."""
        ...

    def count(self) -> int: ...
