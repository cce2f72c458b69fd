"""The vector store on Chroma: a local folder by default, a Chroma server at scale.

Two rules from experience: Chroma's telemetry is off (``anonymized_telemetry=False``), and
every collection gets caredraft's own embedding function, because Chroma's default one
downloads a model at run time.
"""

from __future__ import annotations

from typing import Any, Sequence

from caredraft.errors import BackendUnavailable
from caredraft.knowledge_base.base import Chunk, Embedder, StoredHit
from caredraft.settings import Settings

_BATCH = 256


def _embedding_function(embedder: Embedder):
    """Wrap our Embedder for Chroma, keeping e5's passage/query prefixes apart."""
    from chromadb.api.types import EmbeddingFunction

    class CaredraftEmbeddingFunction(EmbeddingFunction):
        def __init__(self, inner: Embedder) -> None:
            self._inner = inner

        def __call__(self, input):  # noqa: A002 - Chroma's parameter name
            return [list(v) for v in self._inner.embed_passages(list(input))]

        def embed_query(self, input):  # noqa: A002
            return [list(v) for v in self._inner.embed_queries(list(input))]

        @staticmethod
        def name() -> str:
            return "caredraft"

        def get_config(self) -> dict[str, Any]:
            return {"embedder": getattr(self._inner, "name", "?")}

        @staticmethod
        def build_from_config(config: dict[str, Any]):
            # Chroma rebuilds the function when it reopens a collection; caredraft always passes
            # its own, so this is only reached for the in-process default.
            from caredraft.knowledge_base.embedders import E5Embedder

            return CaredraftEmbeddingFunction(E5Embedder())

        def default_space(self):
            return "cosine"

    return CaredraftEmbeddingFunction(embedder)


def chroma_client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.vector_store == "chroma-http":
        return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


def _metadata(chunk: Chunk) -> dict[str, Any]:
    return {
        "passage_id": chunk.passage_id, "doc_id": chunk.doc_id, "language": chunk.language, "title": chunk.title,
        "heading": chunk.heading, "tags": ",".join(chunk.tags), "effective_date": chunk.effective_date or "",
        "source_path": chunk.source_path, "content_hash": chunk.content_hash,
    }


def _chunk(key: str, document: str, meta: dict[str, Any]) -> Chunk:
    tags = tuple(t for t in str(meta.get("tags", "")).split(",") if t)
    return Chunk(
        key=key, passage_id=meta["passage_id"], doc_id=meta["doc_id"], language=meta["language"],
        title=meta.get("title", ""), heading=meta.get("heading", ""), text=document, tags=tags,
        effective_date=meta.get("effective_date") or None, source_path=meta.get("source_path", ""),
        content_hash=meta.get("content_hash", ""),
    )


class ChromaStore:
    """``VectorStore`` on one Chroma collection; cosine space, vectors supplied by us."""

    def __init__(self, settings: Settings, embedder: Embedder, client=None) -> None:
        try:
            self._client = client or chroma_client(settings)
            self._collection = self._client.get_or_create_collection(
                name=settings.collection,
                embedding_function=_embedding_function(embedder),
                metadata={"hnsw:space": "cosine"},
            )
        except Exception as exc:
            raise BackendUnavailable(f"Chroma is unavailable: {type(exc).__name__}: {exc}") from exc

    @property
    def collection(self):
        """The Chroma collection, for the LangChain adapter."""
        return self._collection

    def hashes(self) -> dict[str, str]:
        got = self._collection.get(include=["metadatas"])
        return {key: (meta or {}).get("content_hash", "") for key, meta in zip(got["ids"], got["metadatas"])}

    def upsert(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]]) -> None:
        for start in range(0, len(chunks), _BATCH):
            part = chunks[start:start + _BATCH]
            self._collection.upsert(
                ids=[c.key for c in part],
                documents=[c.text for c in part],
                metadatas=[_metadata(c) for c in part],
                embeddings=[list(v) for v in vectors[start:start + _BATCH]],
            )

    def delete(self, keys: Sequence[str]) -> None:
        keys = list(keys)
        for start in range(0, len(keys), _BATCH):
            self._collection.delete(ids=keys[start:start + _BATCH])

    def query(self, vector: Sequence[float], *, n: int, language: str | None = None) -> list[StoredHit]:
        total = self._collection.count()
        if total == 0:
            return []
        got = self._collection.query(
            query_embeddings=[list(vector)], n_results=min(n, total),
            where={"language": language} if language else None,
            include=["documents", "metadatas", "distances"],
        )
        hits = []
        for key, document, meta, distance in zip(got["ids"][0], got["documents"][0], got["metadatas"][0],
                                                  got["distances"][0]):
            hits.append(StoredHit(chunk=_chunk(key, document, meta), similarity=1.0 - float(distance)))
        return hits

    def all_chunks(self, *, language: str | None = None) -> list[Chunk]:
        got = self._collection.get(where={"language": language} if language else None,
                                   include=["documents", "metadatas"])
        return [_chunk(k, d, m) for k, d, m in zip(got["ids"], got["documents"], got["metadatas"])]

    def all_vectors(self) -> dict[str, list[float]]:
        """key -> stored vector, for exact in-memory search over a small knowledge base."""
        got = self._collection.get(include=["embeddings"])
        return {key: list(vector) for key, vector in zip(got["ids"], got["embeddings"])}

    def count(self) -> int:
        return self._collection.count()
