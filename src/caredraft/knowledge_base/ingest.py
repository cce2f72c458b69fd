"""Ingestion: documents -> heading chunks -> embeddings -> Chroma, idempotently.

Each chunk carries a content hash; a re-run embeds only new or changed chunks and deletes
chunks whose documents are gone. A malformed file is reported and skipped, and its
previously ingested chunks are kept (a typo must not silently remove a policy).
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from caredraft.knowledge_base.loader import Document, all_chunks, load_path, parse_document
from caredraft.settings import Settings

_EMBED_BATCH = 32


@dataclass
class IngestReport:
    documents: int = 0
    chunks: int = 0
    embedded: int = 0
    unchanged: int = 0
    deleted: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"{self.documents} documents, {self.chunks} chunks: {self.embedded} embedded, "
                f"{self.unchanged} unchanged, {self.deleted} deleted, {len(self.errors)} errors "
                f"in {self.seconds:.1f} s")


def _kb(settings: Settings, kb):
    if kb is not None:
        return kb
    from caredraft.knowledge_base.store import KnowledgeBase

    return KnowledgeBase.from_settings(settings)


def _upsert(kb, documents: Sequence[Document], report: IngestReport, progress: bool) -> set[str]:
    from tqdm import tqdm

    chunks = all_chunks(documents)
    stored = kb.store.hashes()
    todo = [c for c in chunks if stored.get(c.key) != c.content_hash]
    report.documents += len(documents)
    report.chunks += len(chunks)
    report.unchanged += len(chunks) - len(todo)
    bar = tqdm(total=len(todo), desc="embedding", unit="chunk", file=sys.stderr,
               disable=not progress or not todo)
    for start in range(0, len(todo), _EMBED_BATCH):
        batch = todo[start:start + _EMBED_BATCH]
        vectors = kb.embedder.embed_passages([c.embed_text for c in batch])
        kb.store.upsert(batch, vectors)
        report.embedded += len(batch)
        bar.update(len(batch))
    bar.close()
    return {c.key for c in chunks}


def ingest_path(settings: Settings, path: Path, *, prune: bool = True, kb=None, progress: bool = False) -> IngestReport:
    """Make the store hold exactly the documents under ``path`` (with ``prune``)."""
    started = time.perf_counter()
    kb = _kb(settings, kb)
    documents, errors = load_path(Path(path))
    report = IngestReport(errors=errors)
    keep = _upsert(kb, documents, report, progress)
    if prune:
        failed = {e.split(":", 1)[0] for e in errors}
        stale = [c.key for c in kb.store.all_chunks() if c.key not in keep and c.source_path not in failed]
        kb.store.delete(stale)
        report.deleted = len(stale)
    kb.refresh()
    report.seconds = time.perf_counter() - started
    return report


def ingest_text(settings: Settings, text: str, *, name: str = "<upload>", kb=None) -> IngestReport:
    """Add or replace one document given as Markdown text (API uploads). Sections that the
    new version no longer has are removed."""
    started = time.perf_counter()
    kb = _kb(settings, kb)
    document = parse_document(text, name)  # raises KnowledgeBaseError with a clear message
    report = IngestReport()
    keep = _upsert(kb, [document], report, progress=False)
    old = [c.key for c in kb.store.all_chunks(language=document.language)
           if c.doc_id == document.doc_id and c.key not in keep]
    kb.store.delete(old)
    report.deleted = len(old)
    kb.refresh()
    report.seconds = time.perf_counter() - started
    return report


def delete_document(settings: Settings, doc_id: str, language: str | None = None, *, kb=None) -> int:
    """Remove a document (one language or all); returns how many chunks went."""
    kb = _kb(settings, kb)
    keys = [c.key for c in kb.store.all_chunks(language=language) if c.doc_id == doc_id]
    kb.store.delete(keys)
    kb.refresh()
    return len(keys)
