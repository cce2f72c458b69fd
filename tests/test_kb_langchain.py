"""The LangChain views of the knowledge base work with LangChain's own interfaces."""

from __future__ import annotations

import math

from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever

from caredraft.knowledge_base.langchain_adapters import CaredraftEmbeddings, CaredraftRetriever, chroma_vectorstore


def test_embeddings_adapter_uses_query_and_passage_prefixes(embedder):
    adapter = CaredraftEmbeddings(embedder)
    assert isinstance(adapter, Embeddings)
    query = adapter.embed_query("refund for a double charge")
    passage = adapter.embed_documents(["refund for a double charge"])[0]
    assert len(query) == len(passage) == 384
    assert math.isclose(sum(v * v for v in query), 1.0, rel_tol=1e-3)
    # e5 embeds the same words differently as "query: ..." and "passage: ...".
    assert query != passage


def test_retriever_returns_documents_with_citations(knowledge_base):
    retriever = CaredraftRetriever(knowledge_base=knowledge_base, language="ru", k=3)
    assert isinstance(retriever, BaseRetriever)
    documents = retriever.invoke("с меня дважды списали деньги за подписку")
    assert len(documents) == 3
    assert documents[0].metadata["citation"].startswith("ru:")
    assert documents[0].metadata["doc_id"] == "refunds"


def test_chroma_vectorstore_opens_the_same_collection(knowledge_base):
    store = chroma_vectorstore(knowledge_base)
    hits = store.similarity_search("password reset link expired", k=3, filter={"language": "en"})
    assert hits and all(h.metadata["language"] == "en" for h in hits)
    assert any(h.metadata["doc_id"] == "login-app" for h in hits)
