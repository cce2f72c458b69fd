"""LangChain views of the knowledge base, so LangChain code (and caredraft's LLM drafter)
can compose it: ``CaredraftEmbeddings`` is an ``Embeddings`` over any caredraft Embedder,
``CaredraftRetriever`` a ``BaseRetriever`` over the hybrid, language-preferring search, and
``chroma_vectorstore`` opens the same Chroma collection as a ``langchain_chroma.Chroma``."""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from caredraft.knowledge_base.base import Embedder


class CaredraftEmbeddings(Embeddings):
    """documents -> ``passage:`` vectors, queries -> ``query:`` vectors (e5 needs both)."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_passages(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_queries([text])[0]


class CaredraftRetriever(BaseRetriever):
    """Hybrid search of the knowledge base in the customer's language."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    knowledge_base: object
    language: str | None = None
    k: int = 4

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        passages = self.knowledge_base.search(query, language=self.language, k=self.k)
        return [
            Document(
                page_content=p.text,
                metadata={"citation": p.citation, "id": p.id, "doc_id": p.doc_id, "language": p.language,
                          "title": p.title, "heading": p.heading, "score": p.score},
            )
            for p in passages
        ]


def chroma_vectorstore(knowledge_base):
    """The same collection as a LangChain ``Chroma`` vector store (dense search only)."""
    from langchain_chroma import Chroma

    return Chroma(
        client=knowledge_base.store._client,
        collection_name=knowledge_base.settings.collection,
        embedding_function=CaredraftEmbeddings(knowledge_base.embedder),
    )
